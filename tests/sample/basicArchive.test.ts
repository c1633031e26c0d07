import { describe, expect, it } from 'vitest';
import { generateExport, type Era } from '../../shared/sample';
import { parseCsv, stemOf } from './readBack';

const BASIC_STEMS = ['Profile', 'Positions', 'Education', 'Skills', 'Languages', 'Connections', 'Invitations', 'messages', 'Email Addresses', 'PhoneNumbers', 'Registration'];
const RENAMED_2018: Record<string, string> = { messages: 'Messages', PhoneNumbers: 'Phone Numbers' };

describe.each([2018, 2022, 2024, 2026] as Era[])('Basic archive of %i', (era) => {
  const basic = generateExport({ era, archive: 'basic', seed: 31 });
  const complete = generateExport({ era, archive: 'complete', seed: 31 });

  it('holds only the Basic files, under the Basic name', () => {
    const expected = BASIC_STEMS.map((s) => (era === 2018 ? RENAMED_2018[s] ?? s : s));
    if (era >= 2024) expected.push('Profile Summary');
    expect(basic.files.map((f) => stemOf(f.path)).sort()).toEqual(expected.sort());
    expect(basic.name).toBe(complete.name.replace('Complete_', 'Basic_'));
    expect(basic.name).toMatch(/^Basic_LinkedInDataExport_\d{2}-\d{2}-\d{4}\.zip$/);
  });

  it('shares the member and the records of the Complete archive', () => {
    expect(basic.expected.memberName).toBe(complete.expected.memberName);
    for (const file of basic.files) {
      const twin = complete.files.find((f) => f.path === file.path);
      expect(twin, file.path).toBeDefined();
      const stem = stemOf(file.path).toLowerCase();
      if (stem === 'connections' || stem === 'messages') continue;
      expect(Buffer.from(file.bytes).equals(Buffer.from(twin!.bytes)), file.path).toBe(true);
    }
  });

  it('lacks the two newest connections and messages, which the Complete copy has', () => {
    for (const stem of ['connections', 'messages']) {
      const b = basic.files.find((f) => stemOf(f.path).toLowerCase() === stem)!;
      const c = complete.files.find((f) => f.path === b.path)!;
      const basicRecords = parseCsv(b).records.map((r) => JSON.stringify(r));
      const completeRecords = parseCsv(c).records.map((r) => JSON.stringify(r));
      expect(basicRecords.length).toBe(completeRecords.length - 2);
      // Every Basic record is in the Complete copy; the Complete one has two more.
      const completeSet = new Set(completeRecords);
      expect(basicRecords.every((r) => completeSet.has(r))).toBe(true);
      const bExpected = basic.expected.files.find((f) => f.path === b.path)!;
      const cExpected = complete.expected.files.find((f) => f.path === c.path)!;
      expect(bExpected.rows).toBe(cExpected.rows - 2);
      expect(bExpected.lastDay! <= cExpected.lastDay!).toBe(true);
    }
  });
});
