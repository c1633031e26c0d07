// Inputs built to exhaust time or memory: each read ends within 300 MB of resident growth and
// within its test's 30 s timeout (a hang guard, not a benchmark: no wall-clock threshold here),
// reports the hostile file, and reads every other file with its true record count. Measured
// figures are printed for the record.

import { describe, expect, it } from 'vitest';
import type { ExportScan, FileScan } from '../../shared/scan/scanTypes';
import { longLineCase, manyCompressibleFilesCase, manyTinyEntriesCase, zipBombCase, type DamagedExportCase } from './corpus';
import { scan } from '../support/scanGenerated';
import { analyzeFile, expectOthersIntact, measured, zipInputOf } from './hostileSupport';

/** The hang guard: each test's timeout. */
const HANG_GUARD_MS = 30_000;
const MEMORY_BOUND_MB = 300;

async function measuredScan(label: string, hostile: { readonly name: string; readonly bytes: Uint8Array }, limits = {}): Promise<ExportScan> {
  const { value: result, ms, peakRssGrowthMb } = await measured(() => scan([zipInputOf(hostile)], { limits }));
  console.info(`${label}: ${Math.round(ms)} ms, resident growth ${Math.round(peakRssGrowthMb)} MB`);
  expect(peakRssGrowthMb).toBeLessThan(MEMORY_BOUND_MB);
  return result;
}

async function boundedRead(label: string, hostile: DamagedExportCase, limits = {}): Promise<{ result: ExportScan; damaged: FileScan }> {
  const result = await measuredScan(label, hostile, limits);
  expectOthersIntact(result, hostile.base, hostile.damagedPath);
  return { result, damaged: result.files.find((f) => f.path === hostile.damagedPath)! };
}

const errorOf = (file: FileScan) => file.problems.find((p) => p.severity === 'error');

describe('bounded time and memory', () => {
  it('a zip bomb hiding its size (4 MB inflating to 4 GiB of zeros) stops a megabyte past the size it claims', async () => {
    const hostile = await zipBombCase();
    expect(hostile.bytes.length).toBeLessThan(8 * 1024 ** 2);
    const { damaged } = await boundedRead('zip bomb hiding its size, 4 GiB', hostile);
    expect(damaged).toMatchObject({ status: 'error', rows: hostile.damagedRows });
    expect(errorOf(damaged)?.code).toBe('size-mismatch');
    expect(errorOf(damaged)?.message).toBe(
      `Reading stopped: the file inflates past the size the zip records for it, so the zip is damaged or built to mislead. The ${hostile.damagedRows} records before that point are counted.`,
    );
  }, HANG_GUARD_MS);

  it('a zip bomb claiming its size (4 MB inflating to 4 GiB of zeros) stops at the zip-bomb ratio, the records before it counted', async () => {
    const hostile = await zipBombCase(4 * 1024 ** 3, true);
    const { damaged } = await boundedRead('zip bomb claiming its size, 4 GiB', hostile);
    expect(damaged).toMatchObject({ status: 'error', rows: hostile.damagedRows });
    expect(errorOf(damaged)?.code).toBe('compression-bomb');
    expect(errorOf(damaged)?.message).toBe(
      `Reading stopped: the file inflates more than 200 times its compressed size, which real exports never do (a "zip bomb"). The ${hostile.damagedRows} records before that point are counted.`,
    );
  }, HANG_GUARD_MS);

  it('an entry past the size cap stops there (the cap lowered to 64 MB to keep the test short)', async () => {
    const hostile = await zipBombCase(256 * 1024 ** 2, true);
    const { damaged } = await boundedRead('size cap, 64 MB', hostile, { maxEntryBytes: 64 * 1024 ** 2, maxCompressionRatio: 1e9 });
    expect(damaged).toMatchObject({ status: 'error', rows: hostile.damagedRows });
    expect(errorOf(damaged)?.code).toBe('entry-too-large');
    expect(errorOf(damaged)?.message).toMatch(/^Reading stopped: the file inflates past the 64 MB limit/);
  });

  it("the archive's budget: files that each pass every limit but together inflate past it stop where it is reached, the rest kept", async () => {
    const hostile = await manyCompressibleFilesCase(6, 1_500_000);
    const budget = 64 * 1024 ** 2;
    const result = await measuredScan('archive budget, 64 MB of 6 × 27 MB', hostile, { maxArchiveBytes: budget, maxCompressionRatio: 1e9 });
    const read = result.files.filter((f) => !f.problems.some((p) => p.code === 'not-read'));
    expect(read.reduce((sum, f) => sum + f.bytes, 0)).toBeLessThanOrEqual(budget);
    const stopped = result.files.filter((f) => errorOf(f)?.code === 'archive-too-large');
    expect(stopped.length).toBeGreaterThan(0);
    // Where it was reached, the records before it are counted, and the sentence says so.
    const reached = stopped.find((f) => f.rows > 0)!;
    expect(errorOf(reached)?.message).toBe(
      `Reading stopped: the zip's files together inflate past the 64 MB limit for one archive, far beyond any real export (a "zip bomb"). The ${reached.rows} records before that point are counted.`,
    );
    // Every other file was read whole, or stopped by the budget: none half-read without a word.
    for (const expected of hostile.base.expected.files) {
      const file = result.files.find((f) => f.path === expected.path)!;
      if (errorOf(file)?.code !== 'archive-too-large') expect(file.rows, file.path).toBe(expected.rows);
    }
    for (const path of hostile.extraPaths) {
      const file = result.files.find((f) => f.path === path)!;
      if (errorOf(file)?.code !== 'archive-too-large') expect(file.rows, path).toBe(1_500_000);
    }
  }, HANG_GUARD_MS);

  it('the same budget at its default (16 GiB) leaves a real-sized export alone', async () => {
    const hostile = await manyCompressibleFilesCase(6, 1_500_000);
    const result = await measuredScan('archive budget at its default', hostile, { maxCompressionRatio: 1e9 });
    expect(result.files.filter((f) => f.status === 'error')).toEqual([]);
    expectOthersIntact(result, hostile.base, []);
  }, HANG_GUARD_MS);

  it('entries past the limit of one archive are not listed, and the input says how many were read', async () => {
    const hostile = await manyTinyEntriesCase(300);
    const result = await measuredScan('entry limit, 100 of 364', hostile, { maxEntries: 100 });
    expect(result.inputs[0]!.files).toBe(100);
    expectOthersIntact(result, hostile.base, []);
    expect(result.problems.find((p) => p.code === 'too-many-entries')?.message).toBe(
      `${hostile.name} lists ${hostile.base.files.length + 300} entries, more than the 100 this app reads from one archive (real exports hold fewer than 200); the first 100 were read.`,
    );
  });

  it('100,000 entries at the default limits: the first 20,000 read, within the memory bound', async () => {
    const hostile = await manyTinyEntriesCase(100_000);
    const result = await measuredScan('100,000 tiny entries', hostile);
    expect(result.inputs[0]!.files).toBe(20_000);
    expect(result.problems.map((p) => p.code)).toContain('too-many-entries');
    expectOthersIntact(result, hostile.base, []);
  }, HANG_GUARD_MS);

  it('10,000 tiny entries are each read once', async () => {
    const hostile = await manyTinyEntriesCase(10_000);
    const { result } = await boundedRead('10,000 tiny entries', hostile);
    const notes = result.files.filter((f) => f.path.startsWith('Articles/Articles/note-'));
    expect(notes).toHaveLength(10_000);
    expect(notes.every((f) => f.status === 'parsed' && f.rows === 1)).toBe(true);
    expect(result.inputs[0]!.files).toBe(hostile.base.files.length + 10_000);
  });

  it('a 50 MB line with no newline stops at the 16 MB record cap, the records before it counted', async () => {
    const hostile = await longLineCase();
    const { damaged } = await boundedRead('50 MB line', hostile);
    expect(damaged).toMatchObject({ status: 'error', rows: hostile.damagedRows });
    expect(errorOf(damaged)?.code).toBe('record-too-long');
    expect(errorOf(damaged)?.message).toBe(
      `Reading stopped: one record is longer than 16 MB (a broken quote or a damaged file). The ${hostile.damagedRows} records before that point are counted.`,
    );
  });

  it('on the command line: the zip bomb is reported, the rest of the export summarized, exit 0', async () => {
    const hostile = await zipBombCase();
    const { value: run, ms, peakRssGrowthMb } = await measured(() => analyzeFile(hostile, ['--format', 'json']));
    console.info(`zip bomb through the command line: ${Math.round(ms)} ms, resident growth ${Math.round(peakRssGrowthMb)} MB`);
    expect(peakRssGrowthMb).toBeLessThan(MEMORY_BOUND_MB);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { totals: { errors: number; items: number }; files: { path: string; status: string; problems: { code: string }[] }[] };
    expect(report.totals.errors).toBe(1);
    expect(report.files.find((f) => f.path === hostile.damagedPath)?.problems.map((p) => p.code)).toContain('size-mismatch');
    // Every record of the export, the 8 comments before the bomb included.
    const expectedItems = Object.values(hostile.base.expected.categories).reduce((sum, n) => sum + n, 0);
    expect(report.totals.items).toBe(expectedItems);
  }, HANG_GUARD_MS);

  it('on the command line: the 50 MB line is reported in the Markdown summary, exit 0', async () => {
    const hostile = await longLineCase();
    const run = await analyzeFile(hostile);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('one record is longer than 16 MB');
    expect(run.stderr).toBe('');
  });
});
