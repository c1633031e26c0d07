// `analyze --each --jobs N` as a researcher runs it: the built command line in a child process
// (its exports on worker threads), over generated exports of distinct seeds and eras with an
// unreadable file among them. NDJSON holds one schema-valid report per readable export with the
// figures of a `--jobs 1` run and of each export analyzed alone; JSON and CSV read as with one job;
// a closed standard output and Ctrl-C end the threads; --jobs N starts N threads of analysis, no
// more (`--jobs 1` no file worker either); a bad --jobs is one sentence.

import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LABELS_HINT } from '../../node/cli/analyzeExport';
import { generateExport, zipExport, type Era } from '../../shared/sample';
import { MIN_OFFLOAD_BYTES } from '../../shared/scan/transferredTask';
import { BUILT_CLI, buildCli } from '../support/builtCli';
import { validateReport } from '../support/reportSchemaValidator';
import { runCli } from '../support/runCli';

const STACK_TRACE = /\n\s+at |Error:|node:internal/;
/** The day every run counts to, so runs on different clocks agree. */
const AS_OF = ['--as-of', '2026-11-29'];
const EXPORTS: readonly { era: Era; seed: number }[] = [
  { era: 2026, seed: 11 },
  { era: 2024, seed: 12 },
  { era: 2026, seed: 13 },
  { era: 2018, seed: 14 },
  { era: 2026, seed: 15 },
];
/** Where the unreadable file stands among the paths. */
const BAD_AT = 2;

let dir: string;
let paths: string[];
let readable: string[];

type Json = Record<string, unknown>;

beforeAll(async () => {
  buildCli();
  dir = await mkdtemp(join(tmpdir(), 'lae-each-'));
  readable = [];
  // Each export under LinkedIn's own name, in a folder of its own.
  for (const { era, seed } of EXPORTS) {
    const generated = generateExport({ era, seed });
    await mkdir(join(dir, String(seed)));
    const path = join(dir, String(seed), generated.name);
    await writeFile(path, await zipExport(generated));
    readable.push(path);
  }
  const bad = join(dir, 'notes.zip');
  await writeFile(bad, 'just some text');
  paths = [...readable.slice(0, BAD_AT), bad, ...readable.slice(BAD_AT)];
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function runBuilt(args: readonly string[]) {
  const run = spawnSync(process.execPath, [BUILT_CLI, ...args], { encoding: 'utf8', timeout: 180_000, maxBuffer: 1 << 28 });
  return { status: run.status, stdout: run.stdout, stderrLines: run.stderr.trimEnd().split('\n') };
}

/** The figures, whatever the clock and the export's place in a batch. */
function figures(report: Json): string {
  const { analyzedAt: _analyzedAt, batchIndex: _batchIndex, ...rest } = report;
  return JSON.stringify(rest);
}

function ndjsonRecords(stdout: string): Json[] {
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as Json);
}

const SKIPPED_LINES = [expect.stringMatching(new RegExp(`^Skipped: \\[input ${BAD_AT + 1}\\] is not a zip archive`)), LABELS_HINT];

describe('analyze --each --jobs', () => {
  it('NDJSON: one schema-valid report per readable export, the unreadable one skipped in its sentence; the figures of --jobs 1 and of each export alone', async () => {
    const two = runBuilt(['analyze', '--each', ...paths, '--format', 'ndjson', '--jobs', '2', ...AS_OF]);
    expect(two.status, two.stderrLines.join('\n')).toBe(0);
    expect(two.stderrLines).toEqual(SKIPPED_LINES);
    const records = ndjsonRecords(two.stdout);
    expect(records).toHaveLength(readable.length);
    for (const record of records) expect(validateReport(record), JSON.stringify(validateReport.errors?.slice(0, 3))).toBe(true);
    // Each record says which path it is, whatever order the exports finished in.
    const byIndex = new Map(records.map((r) => [r.batchIndex as number, r]));
    expect([...byIndex.keys()].sort()).toEqual(paths.map((_, i) => i).filter((i) => i !== BAD_AT));

    const one = runBuilt(['analyze', '--each', ...paths, '--format', 'ndjson', '--jobs', '1', ...AS_OF]);
    expect(one.status).toBe(0);
    expect(one.stderrLines).toEqual(SKIPPED_LINES);
    const inOrder = ndjsonRecords(one.stdout);
    expect(inOrder.map((r) => r.batchIndex)).toEqual([...byIndex.keys()].sort());
    for (const record of inOrder) expect(figures(byIndex.get(record.batchIndex as number)!)).toBe(figures(record));

    for (const [i, path] of paths.entries()) {
      if (i === BAD_AT) continue;
      const alone = await runCli(['analyze', path, '--format', 'json', ...AS_OF]);
      expect(alone.code).toBe(0);
      const report = JSON.parse(alone.stdout) as Json;
      expect((report.totals as Json).items).toBeGreaterThan(0);
      expect(figures(byIndex.get(i)!)).toBe(figures(report));
    }
  }, 600_000);

  it('JSON and CSV: in the order of the paths, as with one job; --out is written whole, nothing left beside it', async () => {
    for (const format of ['json', 'csv']) {
      const [one, two] = ['1', '2'].map((jobs) => runBuilt(['analyze', '--each', ...paths, '--format', format, '--jobs', jobs, ...AS_OF]));
      expect(two!.status).toBe(0);
      expect(two!.stderrLines).toEqual(SKIPPED_LINES);
      const clockless = (text: string) => text.replace(/"analyzedAt": "[^"]+"/g, '').replace(/analysed \d{4}-\d{2}-\d{2}/g, '');
      expect(clockless(two!.stdout)).toBe(clockless(one!.stdout));
    }
    const reports = JSON.parse(runBuilt(['analyze', '--each', ...paths, '--format', 'json', '--jobs', '2', ...AS_OF]).stdout) as Json[];
    expect(reports.map((r) => r.batchIndex)).toEqual(paths.map((_, i) => i).filter((i) => i !== BAD_AT));

    const outDir = join(dir, 'out');
    await mkdir(outDir);
    const out = join(outDir, 'batch.ndjson');
    const written = runBuilt(['analyze', '--each', ...paths, '--format', 'ndjson', '--jobs', '2', '--out', out, ...AS_OF]);
    expect(written.status).toBe(0);
    expect(written.stdout).toBe('');
    expect(written.stderrLines).toEqual([...SKIPPED_LINES, `Wrote ${out} (ndjson, redaction: counts).`]);
    expect(ndjsonRecords(await readFile(out, 'utf8'))).toHaveLength(readable.length);
    expect(await readdir(outDir)).toEqual(['batch.ndjson']);
  }, 600_000);

  it('a closed standard output ends the threads: one sentence, exit 1, no hang', async () => {
    const child = spawn(process.execPath, [BUILT_CLI, 'analyze', '--each', ...readable, ...readable, '--format', 'ndjson', '--jobs', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(stderr.trimEnd().split('\n')).toEqual(['The report was not printed to the end: standard output was closed (EPIPE). Save it with --out FILE instead.']);
    expect(stderr).not.toMatch(STACK_TRACE);
  }, 120_000);

  it('Ctrl-C ends the threads at once: one sentence, exit 130, and no half-written --out file', async () => {
    const outDir = join(dir, 'interrupted');
    await mkdir(outDir);
    const many = Array.from({ length: 8 }, () => readable).flat();
    // To standard output: interrupted after the first record.
    const printing = spawn(process.execPath, [BUILT_CLI, 'analyze', '--each', ...many, '--format', 'ndjson', '--jobs', '2'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const firstRecord = new Promise<void>((resolve) => printing.stdout.once('data', () => resolve()));
    // To a file: interrupted once the first record is in its temporary file.
    const out = join(outDir, 'batch.ndjson');
    const writing = spawn(process.execPath, [BUILT_CLI, 'analyze', '--each', ...many, '--format', 'ndjson', '--jobs', '2', '--out', out], { stdio: ['ignore', 'ignore', 'pipe'] });
    const temporaryFilled = (async () => {
      for (;;) {
        const part = (await readdir(outDir)).find((name) => name.endsWith('.part'));
        if (part && (await stat(join(outDir, part)).catch(() => null))?.size) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    for (const [child, started] of [
      [printing, firstRecord],
      [writing, temporaryFilled],
    ] as const) {
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += String(chunk)));
      const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
      await started;
      child.kill('SIGINT');
      expect(await closed).toBe(130);
      expect(stderr.trimEnd().split('\n')).toEqual(['Stopped (SIGINT): the analysis was interrupted, and no report file was left half written.']);
    }
    expect(await readdir(outDir)).toEqual([]);
  }, 300_000);

  it('--jobs N is N threads of analysis: --jobs 1 reads even a large file on its one thread, where a single analyze starts a file worker', async () => {
    // Logins.csv grown past the size a single analysis hands to a file worker thread (MIN_OFFLOAD_BYTES).
    const generated = generateExport({ era: 2026, seed: 16 });
    const files = generated.files.map((file) => {
      if (file.path !== 'Logins.csv') return file;
      const [header, ...rows] = new TextDecoder().decode(file.bytes).trimEnd().split('\n');
      const body = `${rows.join('\n')}\n`;
      return { ...file, bytes: new TextEncoder().encode(`${header}\n${body.repeat(Math.ceil((MIN_OFFLOAD_BYTES + 1) / body.length))}`) };
    });
    expect(files.find((file) => file.path === 'Logins.csv')!.bytes.length).toBeGreaterThan(MIN_OFFLOAD_BYTES);
    const large = join(dir, 'large.zip');
    await writeFile(large, await zipExport({ ...generated, files }));
    // Node writes one CPU profile per thread when the thread ends: the threads the command started.
    const threads = async (args: readonly string[]) => {
      const profiles = await mkdtemp(join(dir, 'profiles-'));
      const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profiles, BUILT_CLI, ...args, ...AS_OF], { encoding: 'utf8', timeout: 180_000, maxBuffer: 1 << 28 });
      expect(run.status, run.stderr).toBe(0);
      return (await readdir(profiles)).filter((name) => name.endsWith('.cpuprofile')).length;
    };
    expect(await threads(['analyze', large, '--format', 'json'])).toBe(2);
    expect(await threads(['analyze', '--each', large, large, '--format', 'ndjson', '--jobs', '1'])).toBe(1);
    expect(await threads(['analyze', '--each', large, large, '--format', 'ndjson', '--jobs', '2'])).toBe(3);
  }, 300_000);

  it.each([
    [['--each', '--format', 'ndjson', '--jobs', '0'], /^--jobs takes a whole number of exports to analyze at once, at least 1; got "0"\.$/],
    [['--each', '--format', 'ndjson', '--jobs', 'x'], /^--jobs takes a whole number of exports to analyze at once, at least 1; got "x"\.$/],
    [['--each', '--format', 'json', '--jobs', '1.5'], /^--jobs takes a whole number .* got "1\.5"\.$/],
    [['--format', 'json', '--jobs', '2'], /^--jobs goes with --each: it says how many exports are analyzed at once\.$/],
    [['--format', 'ndjson'], /^--format ndjson is written for a batch only: add --each\.$/],
  ])('%j is refused in one sentence (exit 2)', async (args, sentence) => {
    const run = await runCli(['analyze', ...args]);
    expect(run.code).toBe(2);
    const [first, ...rest] = run.stderr.trimEnd().split('\n');
    expect(first).toMatch(sentence);
    expect(rest).toEqual(['Run "linkedin-ai-exposure --help" for usage.']);
  });

  it('--help lists --jobs and ndjson', async () => {
    const help = (await runCli(['--help'])).stdout;
    expect(help).toMatch(/--jobs N\s+with --each: N threads of analysis/);
    expect(help).toMatch(/--format F\s+.*ndjson/);
  });
});
