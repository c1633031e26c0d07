// Zips whose structure is hostile or damaged: our own bounded reader checks end records, the
// directory's place, counts, offsets and slots before anything is inflated. What fails is one
// clear sentence on that entry (or the input, when no directory is usable), never a hang, and
// every other file of the export is read with its true record count. Figures are printed.

import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { ExportUnreadableError } from '../../shared/scan/scanExport';
import type { ExportScan, FileScan } from '../../shared/scan/scanTypes';
import {
  badCrcCase,
  bzip2EntryCase,
  directoryPastEndCase,
  encryptedEntryCase,
  entryCountLieCase,
  overlappingEntriesCase,
  selfExtractingCase,
  sizePastEndCase,
  storedWrongSizeCase,
  zip64HangCase,
  type StructureCase,
} from './corpus';
import { scan } from '../support/scanGenerated';
import { analyzeFile, expectOthersIntact, measured, zipInputOf } from './hostileSupport';

const MEMORY_BOUND_MB = 300;
/** A sentence for a member: no stack trace, no line break, no internal error name. */
const PLAIN = /^[^\n]+$/;
const NOT_INTERNAL = /\bat .*:\d+:\d+|Error:|TypeError|undefined/;

const errorOf = (file: FileScan) => file.problems.find((p) => p.severity === 'error');

function expectPlainSentence(message: string | undefined): void {
  expect(message).toMatch(PLAIN);
  expect(message).not.toMatch(NOT_INTERNAL);
}

/** Reads the case, checks every damaged entry's problem and that the rest is intact. */
async function readCase(label: string, hostile: StructureCase, inflate?: null): Promise<ExportScan> {
  const { value: result, ms, peakRssGrowthMb } = await measured(() => scan([zipInputOf(hostile)], inflate === null ? { inflate: null } : {}));
  console.info(`${label}: ${Math.round(ms)} ms, resident growth ${Math.round(peakRssGrowthMb)} MB`);
  expect(peakRssGrowthMb).toBeLessThan(MEMORY_BOUND_MB);
  expectOthersIntact(result, hostile.base, hostile.damaged.map((d) => d.path));
  for (const damaged of hostile.damaged) {
    const file = result.files.find((f) => f.path === damaged.path);
    expect(file, damaged.path).toBeDefined();
    expect(file!.status).toBe(file!.catalogId === null ? 'unknown' : 'error');
    expect(errorOf(file!)?.code, damaged.path).toBe(damaged.code);
    expectPlainSentence(errorOf(file!)?.message);
    if (typeof damaged.rows === 'number') {
      expect(file!.rows).toBe(damaged.rows);
    } else {
      expect(file!.rows).toBeGreaterThan(0);
      expect(file!.rows).toBeLessThan(damaged.rows.below);
    }
  }
  const inputNotes = result.problems.filter((p) => p.code !== 'basic-only').map((p) => p.code);
  expect(inputNotes).toEqual(hostile.notes);
  for (const note of result.problems) expectPlainSentence(note.message);
  return result;
}

describe('a hostile zip structure', () => {
  it('the 243-byte zip64 end record that hangs jszip reads at once: its one file, every record', async () => {
    const hostile = zip64HangCase();
    expect(hostile.bytes.length).toBeLessThan(256);
    const result = await scan([zipInputOf(hostile)]);
    expect(result.files.map((f) => [f.path, f.status, f.rows])).toEqual([['Skills.csv', 'parsed', hostile.skills]]);
    expect(result.problems.map((p) => p.code)).toEqual(['zip64-extra-ignored']);
    expectPlainSentence(result.problems[0]!.message);
    const run = await analyzeFile(hostile, ['--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('is a real upstream defect: jszip 3.10 itself does not return on that zip (checked in a worker, then stopped)', async () => {
    const hostile = zip64HangCase();
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       require(workerData.jszip).loadAsync(workerData.bytes).then(() => parentPort.postMessage('returned'), () => parentPort.postMessage('threw'));`,
      { eval: true, workerData: { jszip: require.resolve('jszip'), bytes: hostile.bytes } },
    );
    const outcome = await new Promise<string>((resolve) => {
      worker.once('message', resolve);
      setTimeout(() => resolve('still looping'), 3_000);
    });
    await worker.terminate();
    // If this fails, jszip was fixed: the comment in shared/archive/jszipInflater.ts can say so.
    expect(outcome).toBe('still looping');
  });

  it('many directory entries pointing into one 640 KB kernel (about 100 GB if each were inflated) are each reported, nothing inflated', async () => {
    const hostile = await overlappingEntriesCase();
    expect(hostile.bytes.length).toBeLessThan(1024 * 1024);
    expect(hostile.claimedBytes).toBeGreaterThan(100 * 1000 ** 3);
    const result = await readCase('overlapping entries, 850 aliases', hostile);
    expect(result.files.filter((f) => errorOf(f)?.code === 'overlapping-entries')).toHaveLength(850);
    expect(errorOf(result.files.find((f) => f.path === hostile.damaged[0]!.path)!)?.message).toBe(
      'The file\'s data overlaps another file\'s inside the zip, which no real archive does (a damaged zip, or a "zip bomb" that reuses the same data many times); the file was not read. Download the export again from LinkedIn.',
    );
    // Not one byte inflated for them.
    expect(result.files.filter((f) => f.path.startsWith('Bomb/part-')).every((f) => f.bytes === 0 && f.rows === 0)).toBe(true);
  });

  it('a self-extracting zip (a 40 KB program before the archive) reads as unzip reads it, and says so', async () => {
    const result = await readCase('self-extracting', await selfExtractingCase());
    expect(result.problems.find((p) => p.code === 'data-before-zip')?.message).toBe(
      'Complete_LinkedInDataExport_09-05-2026.exe starts with 40 KB that are not part of the zip (a self-extracting program or other data); the zip after them was read.',
    );
  });

  it('a self-extracting zip whose offsets count the stub (zip -A) reads with nothing to say', async () => {
    await readCase('self-extracting, adjusted', await selfExtractingCase(true));
  });

  it('an end record claiming 100 entries more than the directory lists: every listed entry read, the lie said', async () => {
    const hostile = await entryCountLieCase();
    const result = await readCase('entry count lie', hostile);
    const listed = hostile.base.files.length;
    expect(result.problems.find((p) => p.code === 'entry-count-mismatch')?.message).toBe(
      `${hostile.name}'s table of contents says it holds ${listed + 100} entries but lists ${listed}; the ${listed} listed were read.`,
    );
  });

  it('an end record claiming fewer entries than listed: every listed entry still read', async () => {
    await readCase('entry count lie, fewer', await entryCountLieCase(3));
  });

  it('a central directory placed past the end of the file: the whole zip is refused in one sentence', async () => {
    const hostile = await directoryPastEndCase();
    const error = await scan([zipInputOf(hostile)]).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ExportUnreadableError);
    const [problem] = (error as ExportUnreadableError).errors;
    expect(problem!.code).toBe('damaged');
    expect(problem!.message).toBe(
      `${hostile.name} is damaged or incomplete (the zip's table of contents is missing or broken), often from an interrupted download. Download the export again from LinkedIn.`,
    );
    const run = await analyzeFile(hostile);
    expect(run.code).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toEqual([problem!.message]);
  });

  it('a bzip2 entry among deflated ones: that file reported, every other read', async () => {
    const result = await readCase('bzip2 entry', await bzip2EntryCase());
    expect(errorOf(result.files.find((f) => f.path === 'Connections.csv')!)?.message).toBe(
      "The file is compressed with bzip2 (method 12), which this app cannot decompress; LinkedIn's exports use only the standard method, so another tool repacked this zip. Unzip it with your system's tool and open the folder instead.",
    );
  });

  it('an encrypted entry among plain ones: that file reported, every other read', async () => {
    const result = await readCase('encrypted entry', await encryptedEntryCase());
    expect(errorOf(result.files.find((f) => f.path === 'messages.csv')!)?.message).toBe(
      "The file is encrypted (password-protected) inside the zip, so it could not be read. LinkedIn's export is not encrypted: open the original download, or unzip it with the password and open the folder.",
    );
  });

  it('a wrong CRC-32: every record read, then the mismatch reported on that file', async () => {
    const hostile = await badCrcCase();
    for (const inflate of [undefined, null] as const) {
      const result = await readCase(`bad CRC (${inflate === null ? 'jszip' : 'zlib'} inflate)`, hostile, inflate);
      const rows = hostile.damaged[0]!.rows;
      expect(errorOf(result.files.find((f) => f.path === 'Logins.csv')!)?.message).toBe(
        `The file's contents do not match the checksum the zip records for them, so the file is damaged. The ${rows} records before that point are counted. Download the export again to read it whole.`,
      );
    }
  });

  it('a stored entry whose recorded size is 1% of its bytes: the few records read are counted, and the CRC says the file is damaged', async () => {
    const result = await readCase('stored entry, wrong size', await storedWrongSizeCase());
    const file = result.files.find((f) => f.path === 'Connections.csv')!;
    console.info(`stored entry, wrong size: ${file.rows} of 700 records read before the CRC mismatch`);
    expect(errorOf(file)?.message).toBe(
      `The file's contents do not match the checksum the zip records for them, so the file is damaged. The ${file.rows} records before that point are counted. Download the export again to read it whole.`,
    );
  });

  it('an entry recorded as running 10 MB past the end of the archive: that file reported, every other read', async () => {
    const result = await readCase('size past the end', await sizePastEndCase());
    expect(errorOf(result.files.find((f) => f.path === 'Invitations.csv')!)?.message).toBe(
      'The zip records this file as running past the end of the archive, so the archive is cut short or damaged; the file was not read. Download the export again to read it whole.',
    );
  });

  it('on the command line: the damaged entries are in the report, exit 0, nothing on stderr', async () => {
    const hostile = await bzip2EntryCase();
    const run = await analyzeFile(hostile, ['--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as { files: { path: string; status: string; problems: { code: string }[] }[] };
    expect(report.files.find((f) => f.path === 'Connections.csv')).toMatchObject({ status: 'error', problems: [{ code: 'unsupported-method' }] });
  });
});
