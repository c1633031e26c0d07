// What members really give the app, on generated exports: copies of a file whose rows differ (the
// legacy UTF-16 endorsements beside the current ones), two members' exports, single CSV files,
// a re-zipped export under a dated top folder, and operating-system clutter. Every entry ends in
// the scan with its outcome; every record is counted once.

import JSZip from 'jszip';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildAnalysis } from '../../shared/analysis/buildAnalysis';
import type { ExportInput } from '../../shared/archive/types';
import { DifferentMembersError, ExportUnreadableError } from '../../shared/scan/scanExport';
import { generateExport, writeCsv, type GeneratedExport } from '../../shared/sample';
import { fileAt, inEveryInputKind, scan, zipInput } from '../support/scanGenerated';

const decoder = new TextDecoder();
const encoder = new TextEncoder();
const LEGACY = 'Endorsement Received Info.csv';
const CURRENT = 'Endorsement_Received_Info.csv';

function rowsOf(exp: GeneratedExport, path: string): string[][] {
  return Papa.parse<string[]>(decoder.decode(exp.files.find((f) => f.path === path)!.bytes), { skipEmptyLines: true }).data;
}

/**
 * A 2022 export whose legacy UTF-16 copy holds 29 older endorsements the current copy lacks, its
 * rows in another order and its dates in the same slash shape (as the real one did).
 */
function withLongerLegacyCopy(exp: GeneratedExport): { exp: GeneratedExport; extra: string[][] } {
  const [header, ...rows] = rowsOf(exp, CURRENT);
  const extra = Array.from({ length: 29 }, (_, i) => [`2020/${String((i % 12) + 1).padStart(2, '0')}/0${(i % 9) + 1} 10:00:00 UTC`, `Skill ${i}`, 'Ori', `Vale${i}`, `https://www.linkedin.com/in/ori-vale-${i}`, 'ACCEPTED']);
  const legacy = writeCsv(header!, [...extra, ...rows.reverse()], { encoding: 'utf-16le', delimiter: '\t', quoteAll: true, lineEnding: '\r\n' });
  return { exp: { ...exp, files: exp.files.map((f) => (f.path === LEGACY ? { ...f, bytes: legacy } : f)) }, extra };
}

describe('copies of one file', () => {
  const exp2022 = generateExport({ era: 2022 });
  const current = exp2022.expected.files.find((f) => f.path === CURRENT)!;

  it('reads a legacy copy with rows of its own: rows both hold count once, its own rows once, and it says so', async () => {
    const { exp, extra } = withLongerLegacyCopy(exp2022);
    await inEveryInputKind(exp, async (input, kind) => {
      const result = await scan([input]);
      expect(fileAt(result, CURRENT), kind).toMatchObject({ status: 'parsed', rows: current.rows });
      const legacy = fileAt(result, LEGACY);
      expect({ kind, status: legacy.status, rows: legacy.rows, encoding: legacy.encoding, delimiter: legacy.delimiter }).toEqual({
        kind,
        status: 'parsed',
        rows: extra.length,
        encoding: 'utf-16le',
        delimiter: '\t',
      });
      expect(legacy.duplicateOf).toEqual({ path: CURRENT, input: 0, identical: false, sharedRows: current.rows });
      expect(legacy.problems.map((p) => p.message)).toEqual([
        `Another copy of this file in the export holds ${current.rows} rows of this one, counted once, from that copy; the other 29 rows only this copy has are counted here.`,
      ]);
      expect(legacy.firstDate?.slice(0, 7)).toBe('2020-01');
      const analysis = buildAnalysis(result, { region: 'us', optedOut: null, adultFrom: null, asOf: '2026-11-29' });
      expect(analysis.categories.find((c) => c.id === 'profile')!.items).toBe(exp2022.expected.categories.profile + extra.length);
    });
  });

  it('counts an identical legacy copy once and lists it as identical', async () => {
    await inEveryInputKind(exp2022, async (input, kind) => {
      const legacy = fileAt(await scan([input]), LEGACY);
      expect({ kind, status: legacy.status, rows: legacy.rows, duplicateOf: legacy.duplicateOf }).toEqual({
        kind,
        status: 'duplicate',
        rows: 0,
        duplicateOf: { path: CURRENT, input: 0, identical: true, sharedRows: current.rows },
      });
    });
  });

  it('counts the rows two exports of one member share once, the rows only the later one has once', async () => {
    const complete = generateExport({ era: 2024, archive: 'complete' });
    const total = complete.expected.files.find((f) => f.path === 'Connections.csv')!.rows;
    // The same member's earlier export, before the last 3 connections were written: it holds no row the later lacks.
    const lines = decoder.decode(complete.files.find((f) => f.path === 'Connections.csv')!.bytes).split('\n');
    const earlierText = [...lines.slice(0, lines.length - 4), ''].join('\n');
    const files = complete.files.map((f) => (f.path === 'Connections.csv' ? { ...f, bytes: encoder.encode(earlierText) } : f));
    const result = await scan([await zipInput({ ...complete, files }, undefined, 'Complete_LinkedInDataExport_01-02-2024.zip'), await zipInput(complete)]);
    expect(fileAt(result, 'Connections.csv', 0)).toMatchObject({
      status: 'duplicate',
      rows: 0,
      duplicateOf: { path: 'Connections.csv', input: 1, identical: false, sharedRows: total - 3 },
    });
    expect(fileAt(result, 'Connections.csv', 1)).toMatchObject({ status: 'parsed', rows: total });
  });
});

describe('two members', () => {
  it('refuses Complete exports whose files carry different member ids, naming both', async () => {
    const a = generateExport({ era: 2024, seed: 1 });
    const b = generateExport({ era: 2024, seed: 2 });
    const error = await scan([await zipInput(a), await zipInput(b, undefined, 'Complete_LinkedInDataExport_04-18-2024 (1).zip')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DifferentMembersError);
    expect((error as Error).message).toBe(
      `${a.name} and Complete_LinkedInDataExport_04-18-2024 (1).zip are exports of two different members (their files carry different member ids), so they were not read together. Open one member's export at a time.`,
    );
  });

  it('refuses Basic archives whose profiles name different people, in every input kind', async () => {
    const a = generateExport({ era: 2024, archive: 'basic', seed: 1 });
    const b = generateExport({ era: 2024, archive: 'basic', seed: 2 });
    await inEveryInputKind(b, async (other, kind) => {
      const error = await scan([await zipInput(a), other]).catch((e: unknown) => e);
      expect(error, kind).toBeInstanceOf(DifferentMembersError);
      expect((error as DifferentMembersError).by).toBe('profile-name');
      const message = (error as Error).message;
      expect([`${a.name} and ${other.name}`, `${other.name} and ${a.name}`].some((both) => message.startsWith(`${both} are exports of two different members (the names on their profiles differ)`)), message).toBe(true);
    });
  });
});

function looseFile(exp: GeneratedExport, path: string): ExportInput {
  const file = exp.files.find((f) => f.path === path)!;
  return { kind: 'zip', name: path.slice(path.lastIndexOf('/') + 1), bytes: file.bytes };
}

describe('single CSV files', () => {
  const exp = generateExport({ era: 2024 });
  const expectedRows = (path: string) => exp.expected.files.find((f) => f.path === path)!.rows;
  const shares = exp.files.find((f) => f.path.startsWith('Shares_'))!.path;

  it('reads one CSV taken out of an export as a partial export, and says so', async () => {
    const result = await scan([looseFile(exp, shares)]);
    expect(result.inputs).toMatchObject([{ name: shares, kind: 'file', files: 1, error: null }]);
    expect(fileAt(result, shares)).toMatchObject({ catalogId: 'shares', status: 'parsed', rows: expectedRows(shares) });
    expect(result.problems.map((p) => p.code)).toEqual(['partial-export']);
    expect(result.problems[0]!.message).toMatch(/^You opened a single file rather than a whole export/);
  });

  it('reads several CSVs together, an unknown one listed as unknown', async () => {
    const unknown = exp.files.find((f) => exp.expected.files.find((e) => e.path === f.path)!.catalogId === null && f.path.endsWith('.csv'))!.path;
    const result = await scan([looseFile(exp, shares), looseFile(exp, 'Connections.csv'), looseFile(exp, unknown)]);
    expect(result.files.map((f) => [f.path, f.status])).toEqual([
      [shares, 'parsed'],
      ['Connections.csv', 'parsed'],
      [unknown, 'unknown'],
    ]);
    expect(fileAt(result, 'Connections.csv').rows).toBe(expectedRows('Connections.csv'));
    expect(result.problems[0]!.message).toMatch(/^You opened 3 single files rather than a whole export/);
  });

  it('refuses a CSV LinkedIn does not export, alone, with one sentence', async () => {
    const error = await scan([{ kind: 'zip', name: 'budget.csv', bytes: encoder.encode('Month,Amount\nJan,3\n') }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportUnreadableError);
    expect((error as ExportUnreadableError).errors.map((e) => e.message)).toEqual([
      'budget.csv is not a file LinkedIn exports (such as Profile.csv or Connections.csv). Open the zip LinkedIn e-mailed you, the folder you unpacked it into, or files from it.',
    ]);
  });
});

describe('a re-zipped export', () => {
  it("keeps the export's kind and date from its top folder when the zip's name has neither", async () => {
    const exp = generateExport({ era: 2022 });
    const result = await scan([await zipInput(exp, { topFolder: 'Complete_LinkedInDataExport_09-12-2022 (1)' }, 'my export.zip')]);
    expect(result.inputs[0]).toMatchObject({ topFolder: 'Complete_LinkedInDataExport_09-12-2022 (1)', exportDate: '2022-09-12', archiveKind: 'complete' });
    expect(result.exportDate).toBe('2022-09-12');
  });
});

describe('operating-system clutter', () => {
  it('lists every entry the zip holds, the clutter as not read, and reads the rest', async () => {
    const exp = generateExport({ era: 2026, archive: 'basic' });
    const zip = new JSZip();
    for (const file of exp.files) zip.file(`LinkedInDataExport/${file.path}`, file.bytes);
    zip.file('__MACOSX/LinkedInDataExport/._Profile.csv', 'AppleDouble');
    zip.file('LinkedInDataExport/.DS_Store', 'Bud1');
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const result = await scan([{ kind: 'zip', name: exp.name, bytes }]);
    expect(result.files).toHaveLength(exp.files.length + 2);
    expect(result.files.filter((f) => f.status === 'skipped').map((f) => [f.path, f.problems.map((p) => p.code)])).toEqual([
      ['__MACOSX/LinkedInDataExport/._Profile.csv', ['skipped-entry']],
      ['LinkedInDataExport/.DS_Store', ['skipped-entry']],
    ]);
    expect(result.inputs[0]).toMatchObject({ topFolder: 'LinkedInDataExport', files: exp.files.length + 2 });
    expect(fileAt(result, 'Profile.csv').status).toBe('parsed');
  });
});
