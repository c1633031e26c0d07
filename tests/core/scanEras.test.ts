import { describe, expect, it } from 'vitest';
import { buildAnalysis } from '../../shared/analysis/buildAnalysis';
import { CATEGORY_IDS } from '../../shared/policy/policyModel';
import type { ExportScan } from '../../shared/scan/scanTypes';
import { generateExport, type Era, type GeneratedExport } from '../../shared/sample';
import { fileAt, firstDayOf, scan, withFolder, zipInput } from '../support/scanGenerated';

const ERAS: Era[] = [2018, 2022, 2024, 2026];

function itemsByCategory(result: ExportScan): Record<string, number> {
  const analysis = buildAnalysis(result, { region: 'us', optedOut: null, adultFrom: null, asOf: '2026-11-29' });
  return Object.fromEntries(analysis.categories.map((c) => [c.id, c.items]));
}

/**
 * Every file the generator wrote is found, in the input at `input`, with its exact rows and date
 * range (a second copy as an identical duplicate); categories sum exactly.
 */
function expectMatchesManifest(result: ExportScan, exp: GeneratedExport, input = 0): void {
  for (const expected of exp.expected.files) {
    const file = fileAt(result, expected.path, input);
    if (expected.duplicateOf) {
      expect({ path: file.path, status: file.status, rows: file.rows }).toEqual({ path: expected.path, status: 'duplicate', rows: 0 });
      expect(file.duplicateOf).toEqual({ path: expected.duplicateOf, input, identical: true, sharedRows: expected.rows });
      continue;
    }
    expect({ path: file.path, rows: file.rows }).toEqual({ path: expected.path, rows: expected.rows });
    expect(file.catalogId, expected.path).toBe(expected.catalogId);
    expect(firstDayOf(file.firstDate), `${expected.path} first date`).toBe(expected.firstDay);
    expect(firstDayOf(file.lastDate), `${expected.path} last date`).toBe(expected.lastDay);
  }
  expect(result.files.filter((f) => f.input === input)).toHaveLength(exp.expected.files.length);
  expect(itemsByCategory(result)).toEqual(exp.expected.categories);
}

describe.each(ERAS)('a generated %s export', (era) => {
  const complete = generateExport({ era, archive: 'complete' });
  const basic = generateExport({ era, archive: 'basic' });

  it('reads every file with its exact rows and dates, and every category with its exact items', async () => {
    const result = await scan([await zipInput(complete)]);
    expectMatchesManifest(result, complete);
    expect(result.files.filter((f) => f.status === 'error')).toEqual([]);
  });

  it('reads the same from a re-zipped folder (every path under one top folder)', async () => {
    const result = await scan([await zipInput(complete, { topFolder: 'LinkedInDataExport' })]);
    expectMatchesManifest(result, complete);
    expect(result.inputs[0]?.topFolder).toBe('LinkedInDataExport');
  });

  it('reads the same from an unpacked folder', async () => {
    const result = await withFolder(complete, (input) => scan([input]));
    expectMatchesManifest(result, complete);
  });

  it('counts each record once from the Basic and Complete archives together, taking the Complete copy, and lists the Basic copies', async () => {
    for (const order of [[basic, complete], [complete, basic]]) {
      const result = await scan(await Promise.all(order.map((e) => zipInput(e))));
      const completeIndex = order.indexOf(complete);
      const basicIndex = order.indexOf(basic);
      expectMatchesManifest(result, complete, completeIndex);
      const basicFiles = result.files.filter((f) => f.input === basicIndex);
      expect(basicFiles.map((f) => f.path).sort()).toEqual(basic.files.map((f) => f.path).sort());
      for (const file of basicFiles) {
        // The Basic archive holds nothing the Complete one lacks; where its file is the same, it is identical.
        const sameBytes = Buffer.from(basic.files.find((f) => f.path === file.path)!.bytes).equals(Buffer.from(complete.files.find((f) => f.path === file.path)!.bytes));
        expect({ path: file.path, status: file.status, rows: file.rows }).toEqual({ path: file.path, status: 'duplicate', rows: 0 });
        expect(file.duplicateOf).toMatchObject({ path: file.path, input: completeIndex, identical: sameBytes });
      }
      expect(basicFiles.filter((f) => f.duplicateOf?.identical).length).toBeGreaterThan(basicFiles.length / 2);
      // The inbox is in both archives: its messages count once.
      const inbox = complete.expected.files.find((f) => f.catalogId === 'messages')!;
      expect(result.insights.messages.total).toBe(inbox.rows);
    }
  });

  it('reads the Basic archive alone and says the Complete one is coming', async () => {
    const result = await scan([await zipInput(basic)]);
    expectMatchesManifest(result, basic);
    expect(result.problems.map((p) => p.code)).toContain('basic-only');
  });

  it('reports the unknown file with its name, header and rows', async () => {
    const result = await scan([await zipInput(complete)]);
    const unknown = complete.expected.files.filter((f) => f.catalogId === null);
    expect(unknown.length).toBeGreaterThan(0);
    for (const expected of unknown) {
      const file = fileAt(result, expected.path);
      expect(file.status).toBe('unknown');
      expect(file.columns.length).toBeGreaterThan(0);
      expect(file.rows).toBe(expected.rows);
    }
  });
});

/** Files and date columns real exports have that were once reported as unknown or undated. */
const NEWLY_KNOWN: Record<Era, { path: string; catalogId: string; dated: boolean }[]> = {
  2018: [
    { path: 'Videos.csv', catalogId: 'videos', dated: false },
    { path: 'Courses.csv', catalogId: 'courses', dated: false },
    { path: 'Registration.csv', catalogId: 'registration', dated: true },
    { path: 'Imported Contacts.csv', catalogId: 'contacts', dated: true },
    { path: 'Projects.csv', catalogId: 'projects', dated: true },
    { path: 'Ad Targeting.csv', catalogId: 'ad-targeting', dated: false },
  ],
  2022: [
    { path: 'Courses.csv', catalogId: 'courses', dated: false },
    { path: 'Organizations.csv', catalogId: 'organizations', dated: true },
    { path: 'Member Hashtags.csv', catalogId: 'member-hashtags', dated: false },
    { path: 'Calendar.csv', catalogId: 'calendar', dated: true },
    { path: 'Receipts.csv', catalogId: 'receipts-v1', dated: true },
  ],
  2024: [
    { path: 'Honors.csv', catalogId: 'honors', dated: true },
    { path: 'Organizations.csv', catalogId: 'organizations', dated: true },
    { path: 'Member Hashtags.csv', catalogId: 'member-hashtags', dated: false },
    { path: 'Online Job Postings.csv', catalogId: 'online-job-postings', dated: true },
    { path: 'Calendar.csv', catalogId: 'calendar', dated: true },
  ],
  2026: [{ path: 'Verifications/Verifications.csv', catalogId: 'verifications', dated: true }],
};

describe.each(ERAS)('files once unknown or undated, in the %s export', (era) => {
  it('are read as LinkedIn files, with their dates and no unknown column', async () => {
    const result = await scan([await zipInput(generateExport({ era }))]);
    for (const { path, catalogId, dated } of NEWLY_KNOWN[era]) {
      const file = fileAt(result, path);
      expect({ path, catalogId: file.catalogId, status: file.status, unknownColumns: file.unknownColumns }).toEqual({ path, catalogId, status: 'parsed', unknownColumns: [] });
      expect(file.firstDate !== null, `${path} dated`).toBe(dated);
    }
  });
});

describe('the 2018 Ad Targeting.csv', () => {
  it('names the interface language as a language preference', async () => {
    const result = await scan([await zipInput(generateExport({ era: 2018 }))]);
    expect(result.insights.languages.interfaceLocales).toEqual(['English']);
  });
});

describe('categories', () => {
  it('reports all eleven, in the order the issue gives', async () => {
    const result = await scan([await zipInput(generateExport({ era: 2026 }))]);
    const analysis = buildAnalysis(result, { region: 'eu', optedOut: null, adultFrom: null, asOf: '2026-11-29' });
    expect(analysis.categories.map((c) => c.id)).toEqual([...CATEGORY_IDS]);
    expect(CATEGORY_IDS.slice(0, 4)).toEqual(['posts', 'language', 'logins', 'responses']);
  });

  it('takes the Complete copy when the Complete zip was renamed', async () => {
    const complete = generateExport({ era: 2024, archive: 'complete' });
    const basic = generateExport({ era: 2024, archive: 'basic' });
    const result = await scan([await zipInput(basic), await zipInput(complete, undefined, 'my linkedin data (1).zip')]);
    expectMatchesManifest(result, complete, 1);
  });
});
