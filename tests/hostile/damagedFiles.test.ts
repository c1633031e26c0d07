// One damaged file in an otherwise intact export: that file's problem is reported in plain words,
// and every other file is read with its true record count.

import { describe, expect, it } from 'vitest';
import { scanExport } from '../../shared/scan/scanExport';
import { loadedSource } from '../../shared/archive/types';
import type { ExportScan, FileScan } from '../../shared/scan/scanTypes';
import {
  changedColumnsCase,
  claimedHugeSizeCase,
  cutEntryCase,
  emptyEntryCase,
  headerOnlyCase,
  invalidUtf8Case,
  nulBytesCase,
  unterminatedQuoteCase,
  type DamagedExportCase,
} from './corpus';
import { scan } from '../support/scanGenerated';
import { analyzeFile, expectOthersIntact, zipInputOf } from './hostileSupport';

async function read(hostile: DamagedExportCase, run: typeof scan = scan): Promise<{ result: ExportScan; damaged: FileScan }> {
  const result = await run([zipInputOf(hostile)]);
  expectOthersIntact(result, hostile.base, hostile.damagedPath);
  const damaged = result.files.find((f) => f.path === hostile.damagedPath);
  expect(damaged, hostile.damagedPath).toBeDefined();
  return { result, damaged: damaged! };
}

const codes = (file: FileScan) => file.problems.map((p) => p.code);

describe('a damaged file among intact ones', () => {
  it('invalid UTF-8: the bytes are replaced and counted, every record read', async () => {
    const hostile = await invalidUtf8Case();
    const { damaged } = await read(hostile);
    expect(damaged).toMatchObject({ status: 'parsed', rows: hostile.damagedRows, encoding: 'utf-8' });
    const problem = damaged.problems.find((p) => p.code === 'invalid-encoding');
    expect(problem?.severity).toBe('warning');
    expect(problem?.message).toMatch(/^\d+ byte sequences are not valid UTF-8; they were replaced by "�" and the rest of the file was read\.$/);
  });

  it('NUL bytes: removed and counted, every record read', async () => {
    const hostile = await nulBytesCase();
    const { damaged } = await read(hostile);
    expect(damaged).toMatchObject({ status: 'parsed', rows: hostile.damagedRows });
    expect(damaged.firstDate).not.toBeNull();
    expect(damaged.problems.find((p) => p.code === 'nul-bytes')?.message).toMatch(/^The file contains \d+ NUL bytes, which were removed/);
  });

  it('an unterminated quote: the last record runs to the end, and the file says so', async () => {
    const hostile = await unterminatedQuoteCase();
    const { damaged } = await read(hostile);
    expect(damaged).toMatchObject({ status: 'parsed', rows: hostile.damagedRows });
    expect(codes(damaged)).toContain('unterminated-quote');
  });

  it('a header with no rows: an empty file, not an error', async () => {
    const hostile = await headerOnlyCase();
    const { damaged } = await read(hostile);
    expect(damaged).toMatchObject({ status: 'empty', rows: 0, columns: ['Name'], problems: [] });
  });

  it('a 0-byte entry: an empty file, and the zip still opens', async () => {
    const hostile = await emptyEntryCase();
    for (const inflate of [undefined, null]) {
      const { damaged } = await read(hostile, async (inputs) => (await scanExport(inputs.map(loadedSource), { inflate })).scan);
      expect(damaged).toMatchObject({ status: 'empty', rows: 0, bytes: 0, problems: [] });
    }
    const run = await analyzeFile(hostile, ['--format', 'json']);
    expect(run.code).toBe(0);
  });

  it('changed columns: the new ones are named, the rows counted without dates', async () => {
    const hostile = await changedColumnsCase();
    const { damaged } = await read(hostile);
    expect(damaged).toMatchObject({ status: 'parsed', rows: hostile.damagedRows, firstDate: null });
    expect(damaged.unknownColumns).toEqual(['Posted At', 'Reach', 'Audience Language']);
    expect(codes(damaged)).toEqual(['unknown-columns', 'date-column-missing']);
    expect(damaged.undated.items).toBe(hostile.damagedRows);
  });

  it('a size claim of almost 4 GiB in the headers: the true content is read, nothing reserved for the claim', async () => {
    const hostile = await claimedHugeSizeCase();
    const before = process.memoryUsage().rss;
    const { damaged } = await read(hostile);
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1024 ** 2);
    expect(damaged).toMatchObject({ status: 'parsed', rows: hostile.damagedRows, problems: [] });
  });

  it('an entry cut short inside the zip: reported, and the records before the cut are counted', async () => {
    const hostile = await cutEntryCase();
    // The browser's and Electron's inflate (DecompressionStream).
    const { damaged } = await read(hostile, async (inputs) => (await scanExport(inputs.map(loadedSource))).scan);
    expect(damaged.status).toBe('error');
    expect(damaged.rows).toBeGreaterThan(0);
    expect(damaged.rows).toBeLessThan(hostile.damagedRows);
    const problem = damaged.problems.find((p) => p.severity === 'error');
    expect(problem?.code).toBe('damaged-entry');
    expect(problem?.message).toBe(
      `The file is damaged inside the zip and could not be decompressed to the end. The ${damaged.rows} records before that point are counted. Download the export again to read it whole.`,
    );
  });

  it("an entry cut short, read with Node's inflate: an error on that file, the records before it counted", async () => {
    const hostile = await cutEntryCase();
    const { damaged } = await read(hostile);
    expect(damaged.status).toBe('error');
    expect(damaged.rows).toBeGreaterThan(0);
    expect(damaged.problems.find((p) => p.severity === 'error')?.message).toContain(`The ${damaged.rows} records before that point are counted.`);
  });

  it('on the command line: exit 0, and the report lists the damaged file and why', async () => {
    const hostile = await unterminatedQuoteCase();
    const run = await analyzeFile(hostile, ['--format', 'json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { files: { path: string; rows: number; problems: { code: string }[] }[] };
    const file = report.files.find((f) => f.path === hostile.damagedPath);
    expect(file?.rows).toBe(hostile.damagedRows);
    expect(file?.problems.map((p) => p.code)).toContain('unterminated-quote');
    const markdown = await analyzeFile(hostile);
    expect(markdown.stdout).toContain('A quoted field is never closed');
  });
});
