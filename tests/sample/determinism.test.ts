import { describe, expect, it } from 'vitest';
import { generateExport, type Era } from '../../shared/sample';

const ERAS: Era[] = [2018, 2022, 2024, 2026];

describe('determinism', () => {
  it.each(ERAS)('era %i: the same options give byte-identical files and expectations', (era) => {
    const a = generateExport({ era, seed: 7 });
    const b = generateExport({ era, seed: 7 });
    expect(a.files.map((f) => f.path)).toEqual(b.files.map((f) => f.path));
    a.files.forEach((f, i) => expect(Buffer.from(f.bytes).equals(Buffer.from(b.files[i]!.bytes)), f.path).toBe(true));
    expect(a.expected).toEqual(b.expected);
  });

  it.each(ERAS)('era %i: another seed gives another member and other bytes', (era) => {
    const a = generateExport({ era, seed: 7 });
    const b = generateExport({ era, seed: 8 });
    expect(a.expected.memberName).not.toBe(b.expected.memberName);
    const differing = a.files.filter((f) => {
      const other = b.files.find((g) => g.path === f.path);
      return !other || !Buffer.from(other.bytes).equals(Buffer.from(f.bytes));
    });
    // Everything personal changes; only fixed-content files (Duolingo, Inferences…) may not.
    expect(differing.length).toBeGreaterThan(a.files.length / 2);
  });

  it('the default seed is stable and the export date comes from the era', () => {
    expect(generateExport({ era: 2026 }).expected).toEqual(generateExport({ era: 2026 }).expected);
    expect(generateExport({ era: 2018 }).exportDate).toBe('2018-06-14');
    expect(generateExport({ era: 2026 }).name).toBe('Complete_LinkedInDataExport_09-05-2026.zip');
  });
});
