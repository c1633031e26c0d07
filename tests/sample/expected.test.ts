import { describe, expect, it } from 'vitest';
import { matchFile } from '../../shared/catalog/matchFile';
import { CATEGORY_IDS, type CategoryId } from '../../shared/policy/policyModel';
import { generateExport, type Era, type GeneratedExport } from '../../shared/sample';
import { countRecords, dayRange, parseCsv, textOf } from './readBack';

const CASES: { era: Era; archive: 'basic' | 'complete'; seed: number }[] = [];
for (const era of [2018, 2022, 2024, 2026] as const) {
  for (const archive of ['complete', 'basic'] as const) for (const seed of [1, 99]) CASES.push({ era, archive, seed });
}

/** Items per category as an independent reader counts them (duplicates found by content). */
function countCategories(exp: GeneratedExport): Record<CategoryId, number> {
  const counts = Object.fromEntries(CATEGORY_IDS.map((id) => [id, 0])) as Record<CategoryId, number>;
  const seenRecords = new Map<string, string>();
  for (const file of exp.files) {
    const match = matchFile(file.path);
    if (!match) continue;
    if (match.entry.format === 'csv') {
      const records = JSON.stringify(parseCsv(file).records);
      if (seenRecords.get(match.key) === records) continue;
      seenRecords.set(match.key, records);
    }
    counts[match.entry.category] += countRecords(file);
    if (match.entry.id === 'ad-targeting') {
      const { header, records } = parseCsv(file);
      const cell = (name: string): string => records[0]?.[header.indexOf(name)] ?? '';
      if (cell('interfaceLocale') || cell('Interface Locales') || cell('Interface Language')) counts.language += 1;
    }
  }
  return counts;
}

describe.each(CASES)('expected content of $era $archive (seed $seed)', ({ era, archive, seed }) => {
  const exp = generateExport({ era, archive, seed });

  it('lists every file once, in order, with its catalog entry', () => {
    expect(exp.expected.files.map((f) => f.path)).toEqual(exp.files.map((f) => f.path));
    expect(new Set(exp.files.map((f) => f.path)).size).toBe(exp.files.length);
    for (const f of exp.expected.files) expect(f.catalogId, f.path).toBe(matchFile(f.path)?.entry.id ?? null);
  });

  it('counts the records a CSV parser finds', () => {
    exp.files.forEach((file, i) => expect(exp.expected.files[i]!.rows, file.path).toBe(countRecords(file)));
  });

  it('gives every record as many cells as its header', () => {
    for (const file of exp.files.filter((f) => f.path.endsWith('.csv'))) {
      const { header, records } = parseCsv(file);
      for (const r of records) expect(r.length, file.path).toBe(header.length);
    }
  });

  it('dates each file with the first and last day its date column holds', () => {
    exp.files.forEach((file, i) => {
      const { first, last } = dayRange(file);
      expect({ path: file.path, first: exp.expected.files[i]!.firstDay, last: exp.expected.files[i]!.lastDay }).toEqual({ path: file.path, first, last });
    });
  });

  it('counts categories by the app rule', () => {
    expect(exp.expected.categories).toEqual(countCategories(exp));
    expect(Object.keys(exp.expected.categories).sort()).toEqual([...CATEGORY_IDS].sort());
  });

  it('writes every sensitive value somewhere, the member name among them', () => {
    const texts = exp.files.map((f) => textOf(f.bytes));
    for (const value of exp.expected.sensitive) {
      expect(value.length, value).toBeGreaterThanOrEqual(12);
      expect(texts.some((t) => t.includes(value)), value).toBe(true);
    }
    expect(exp.expected.sensitive).toContain(exp.expected.memberName);
    expect(exp.expected.sensitive.length).toBeGreaterThanOrEqual(archive === 'basic' ? 6 : 12);
  });

  it('names the member as Profile.csv does', () => {
    const profile = parseCsv(exp.files.find((f) => f.path === 'Profile.csv')!);
    const row = profile.records[0]!;
    expect(`${row[profile.header.indexOf('First Name')]} ${row[profile.header.indexOf('Last Name')]}`).toBe(exp.expected.memberName);
  });

  it('never dates anything after the export, except upcoming events', () => {
    for (const f of exp.expected.files) {
      if (f.catalogId === 'events' || f.lastDay === null) continue;
      expect(f.lastDay <= exp.exportDate, f.path).toBe(true);
    }
  });
});

it('a duplicate file is marked and counted once', () => {
  const exp = generateExport({ era: 2022 });
  const copy = exp.expected.files.find((f) => f.path === 'Endorsement Received Info.csv')!;
  expect(copy.duplicateOf).toBe('Endorsement_Received_Info.csv');
  expect(exp.expected.files.filter((f) => f.duplicateOf !== undefined)).toHaveLength(1);
  const main = exp.expected.files.find((f) => f.path === 'Endorsement_Received_Info.csv')!;
  const profileWithoutCopy = exp.expected.files
    .filter((f) => f.duplicateOf === undefined && matchFile(f.path)?.entry.category === 'profile')
    .reduce((sum, f) => sum + f.rows, 0);
  expect(exp.expected.categories.profile).toBe(profileWithoutCopy);
  expect(copy.rows).toBe(main.rows);
});
