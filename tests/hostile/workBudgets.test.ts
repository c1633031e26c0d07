// The reader's work budgets (ReadLimits: rows, columns, header characters, distinct values per
// insight), run as a member runs it: the built command line in a child process, its peak memory
// measured by /usr/bin/time. Each case ends under 30 s (the test's timeout) and 300 MB, says one
// sentence on the file that reached a limit, and reads every other file exactly.

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../shared/archive/types';
import { distinctLoginsCase, distinctMessagesCase, longHeaderCase, manyColumnsCase, manyRowsCase, type BudgetCase } from './budgetCorpus';
import { buildCli, runMeasured } from '../support/builtCli';
import { inTempDir } from './hostileSupport';

const MEMORY_BOUND_MB = 300;

interface ReportFile {
  readonly path: string;
  readonly rows: number;
  readonly status: string;
  readonly problems: readonly { readonly code: string; readonly severity: string; readonly message: string }[];
}

interface BudgetRun {
  readonly rssMb: number;
  readonly files: readonly ReportFile[];
  readonly hostile: ReportFile;
}

beforeAll(buildCli, 120_000);

/** The case as an unpacked folder, analyzed by the built command line (names in full, to find each file); its peak memory measured. */
async function analyzeCase(hostile: BudgetCase, extraArgs: string[] = []): Promise<BudgetRun> {
  return inTempDir(async (dir) => {
    const root = join(dir, 'Complete_LinkedInDataExport_09-05-2026');
    for (const file of [...hostile.exp.files.filter((f) => f.path !== hostile.path), { path: hostile.path, bytes: hostile.bytes }]) {
      const full = join(root, ...file.path.split('/'));
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, file.bytes);
    }
    const out = join(dir, 'report.json');
    const run = runMeasured(['analyze', root, '--format', 'json', '--redact', 'full', '--out', out, ...extraArgs]);
    expect(run.status, run.stderrLines.join('\n')).toBe(0);
    // One line of our own: no stack trace, no other word.
    expect(run.stderrLines).toEqual([expect.stringMatching(/^Wrote /)]);
    const files = (JSON.parse(await readFile(out, 'utf8')) as { files: ReportFile[] }).files;
    return { rssMb: run.peakMb, files, hostile: files.find((f) => f.path === hostile.path)! };
  });
}

/** Every file but the hostile one read with its true record count, and without a problem it did not have. */
function expectOthersExact(run: BudgetRun, hostile: BudgetCase): void {
  for (const expected of hostile.exp.expected.files) {
    if (expected.path === hostile.path || expected.catalogId === null) continue;
    const file = run.files.find((f) => f.path === expected.path);
    expect(file?.rows, expected.path).toBe(expected.rows);
    expect(file?.problems.some((p) => /^too-|header-too-long/.test(p.code)), expected.path).toBe(false);
  }
}

function report(label: string, run: BudgetRun): void {
  console.info(`${label}: peak ${Math.round(run.rssMb)} MB`);
  expect(run.rssMb).toBeLessThan(MEMORY_BOUND_MB);
}

describe('work budgets of the reader', () => {
  it('a header of 7.5 million columns (1.4 GB and "Invalid string length" before): the first 10,000 read, one sentence, its rows counted', async () => {
    const hostile = manyColumnsCase();
    const run = await analyzeCase(hostile);
    report('7.5 million columns', run);
    expect(run.hostile.rows).toBe(3);
    expect(run.hostile.problems.filter((p) => p.severity !== 'info')).toEqual([
      {
        severity: 'warning',
        code: 'too-many-columns',
        message: "The header has 7,500,000 columns, far more than any real export file; only the first 10,000 are read (the command line's --limit columns= reads more).",
      },
    ]);
    expectOthersExact(run, hostile);
  }, 30_000);

  it('a header of 2 MB of cells: the columns within 64 Ki characters read, one sentence', async () => {
    const hostile = longHeaderCase();
    const run = await analyzeCase(hostile);
    report('2 MB header', run);
    expect(run.hostile.rows).toBe(2);
    expect(run.hostile.problems.filter((p) => p.code === 'header-too-long').map((p) => p.message)).toEqual([
      "The header is longer than 65,536 characters, far more than any real export file; only the columns within them are read (the command line's --limit header-chars= reads more).",
    ]);
    expectOthersExact(run, hostile);
  }, 30_000);

  it('more records than the limit: reading that file stops there, those counted; --limit rows= reads them all', async () => {
    const hostile = manyRowsCase(DEFAULT_LIMITS.maxRows + 5);
    const run = await analyzeCase(hostile);
    report('10 million and 5 rows', run);
    expect(run.hostile).toMatchObject({ status: 'error', rows: DEFAULT_LIMITS.maxRows });
    expect(run.hostile.problems.map((p) => p.message)).toEqual([
      "Reading stopped after 10,000,000 records, far more than any real export file holds; those records are counted (the command line's --limit rows= reads more).",
    ]);
    expectOthersExact(run, hostile);
    const raised = await analyzeCase(hostile, ['--limit', 'rows=20000000']);
    expect(raised.hostile).toMatchObject({ status: 'parsed', rows: DEFAULT_LIMITS.maxRows + 5, problems: [] });
  }, 60_000);

  // 757 MB before for one map entry per distinct sender (the senders map is gone: ownership is never guessed).
  it.each([
    ['messages: a new conversation and folder', distinctMessagesCase, 'conversations, folders'],
    ['logins: a new address and device', distinctLoginsCase, 'IP addresses, devices'],
  ] as const)('%s on each of 150,000 rows: every row counted, values told apart up to the limit, one sentence', async (label, make, what) => {
    const hostile = make(150_000);
    const run = await analyzeCase(hostile);
    report(label, run);
    expect(run.hostile.rows).toBe(150_000);
    expect(run.hostile.problems.filter((p) => p.code === 'too-many-distinct').map((p) => p.message)).toEqual([
      `More than 100,000 different ${what}, far more than any real export holds: every record is counted, but new ones were no longer told apart (the command line's --limit distinct-values= keeps more).`,
    ]);
    expectOthersExact(run, hostile);
  }, 30_000);
});
