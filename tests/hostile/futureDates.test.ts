// Dates after the export was made (2200-01-01 used to pass silently) are one warning on their file:
// counted as written, the warning saying what that does to exposure. Without the export's date
// (a zip renamed by the member) the day of the analysis is the bound. Files whose dates may lie
// ahead (an event still to come) are not flagged.

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildAnalysis } from '../../shared/analysis/buildAnalysis';
import { csvText, generateExport, type GeneratedExport } from '../../shared/sample';
import { scan, zipInput } from '../support/scanGenerated';

const LATE_DATES = ['2200-01-01 10:00:00', '2026-12-25 09:30:00'];

/** The 2026 export (made 2026-09-05) with two posts dated after it, and an event still to come. */
function lateExport(): GeneratedExport {
  const base = generateExport({ era: 2026, seed: 5 });
  const files = base.files.map((file) => {
    if (!file.path.startsWith('Shares_') && file.path !== 'Events.csv') return file;
    const [header, ...rows] = Papa.parse<string[]>(new TextDecoder().decode(file.bytes), { skipEmptyLines: true }).data;
    const added = file.path === 'Events.csv'
      ? [['Invented meetup', 'Mar 12, 2027 05:30 PM - Mar 12, 2027 06:30 PM', 'Attending', '']]
      : LATE_DATES.map((date) => [date, 'https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7', 'A post from the future, invented', '', '', 'PUBLIC']);
    return { path: file.path, bytes: new TextEncoder().encode(csvText(header!, [...rows, ...added])) };
  });
  return { ...base, files };
}

const lateProblems = (files: readonly { path: string; problems: readonly { code: string; message: string }[] }[]) =>
  files.flatMap((f) => f.problems.filter((p) => p.code === 'dates-after-export').map((p) => ({ path: f.path, message: p.message })));

describe('dates after the export', () => {
  it('are one warning on their file, counted as written, not exposed; an event to come is not flagged', async () => {
    const exp = lateExport();
    const result = await scan([await zipInput(exp)]);
    const shares = result.files.find((f) => f.path.startsWith('Shares_'))!;
    const expected = exp.expected.files.find((f) => f.path === shares.path)!;
    expect(shares.rows).toBe(expected.rows + 2);
    expect(shares.lastDate).toBe('2200-01-01T10:00:00Z');
    expect(lateProblems(result.files)).toEqual([
      {
        path: shares.path,
        message:
          '2 items are dated after the export was made (2026-09-05), which cannot be right: the file may be damaged or edited. They are counted with those dates, after the period counted, so as not exposed; if they are older, more may be exposed.',
      },
    ]);
    const analysis = buildAnalysis(result, { region: 'us', optedOut: null, adultFrom: null, asOf: '2026-11-29' });
    const sharesExposure = analysis.files[result.files.indexOf(shares)]!.exposure;
    expect(sharesExposure.exposed + sharesExposure.possiblyExposed + sharesExposure.notExposed).toBe(shares.rows);
    expect(sharesExposure.notExposed).toBeGreaterThanOrEqual(2);
  });

  it('without the export’s date, the day of the analysis is the bound', async () => {
    const exp = lateExport();
    const result = await scan([await zipInput(exp, {}, 'my linkedin.zip')], { now: new Date('2026-11-29T12:00:00Z') });
    expect(result.exportDate).toBeNull();
    expect(lateProblems(result.files).map((p) => p.message)).toEqual([
      "2 items are dated after today (2026-11-29), and the export's own date is unknown, which cannot be right: the file may be damaged or edited. They are counted with those dates, after the period counted, so as not exposed; if they are older, more may be exposed.",
    ]);
  });

  it('an intact export of every era has none', async () => {
    for (const era of [2018, 2022, 2024, 2026] as const) {
      const result = await scan([await zipInput(generateExport({ era, seed: 5, size: 'sample' }))]);
      expect(lateProblems(result.files), String(era)).toEqual([]);
    }
  });
});
