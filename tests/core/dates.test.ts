import { describe, expect, it } from 'vitest';
import { parseDate } from '../../shared/text/dates';
import { isoOf } from '../../shared/scan/dateRange';

function iso(text: string): string | null {
  const parsed = parseDate(text);
  return parsed && isoOf(parsed);
}

describe('parseDate: every shape in the format doc', () => {
  it.each([
    ['05 Sep 2026', '2026-09-05'],
    ['9/5/26, 1:12 AM', '2026-09-05T01:12:00Z'],
    ['9/5/26, 12:12 AM', '2026-09-05T00:12:00Z'],
    ['9/5/26, 12:05 PM', '2026-09-05T12:05:00Z'],
    ['08/19/24 11:04 PM UTC', '2024-08-19T23:04:00Z'],
    ['08/19/24, 11:04 PM', '2024-08-19T23:04:00Z'],
    ['2024-05-01 12:34:56 UTC', '2024-05-01T12:34:56Z'],
    ['2024-05-01 12:34:56', '2024-05-01T12:34:56Z'],
    ['2024-05-01 12:34 UTC', '2024-05-01T12:34:00Z'],
    ['2024/05/01 12:34:56 UTC', '2024-05-01T12:34:56Z'],
    ['Mon Mar 04 12:34:56 UTC 2024', '2024-03-04T12:34:56Z'],
    ['2019-11-06T02:08:20', '2019-11-06T02:08:20Z'],
    ['2019-11-06T02:08:20.123Z', '2019-11-06T02:08:20Z'],
    ['Jan 2020', '2020-01'],
    ['2020', '2020'],
    ['May 12, 2024', '2024-05-12'],
    ['Mar 12, 2026 05:30 PM - Mar 12, 2026 06:30 PM', '2026-03-12T17:30:00Z'],
    ['You uploaded a profile photo on March 9, 2025 at 9:41 AM (GMT)', '2025-03-09T09:41:00Z'],
    ['9-Sep-99', '1999-09-09'],
    ['2024-05-01', '2024-05-01'],
    ['  2024-05-01 12:34:56  ', '2024-05-01T12:34:56Z'],
  ])('%s → %s', (text, expected) => {
    expect(iso(text)).toBe(expected);
  });

  it.each(['Mar 9', 'N/A', '---', '', 'Not published yet', 'soon', '2024-02-30', '13/01/24, 1:00 AM', '2024-05-01 25:00:00', '9/5/26, 13:12 PM'])(
    '%s is not a date',
    (text) => {
      expect(parseDate(text)).toBeNull();
    },
  );

  it('keeps the precision the file gives', () => {
    expect(parseDate('Jan 2020')?.precision).toBe('month');
    expect(parseDate('2020')?.precision).toBe('year');
    expect(parseDate('05 Sep 2026')?.precision).toBe('day');
    expect(parseDate('2024-05-01 12:34:56')?.precision).toBe('instant');
  });

  it('accepts 29 February only in leap years', () => {
    expect(iso('2024-02-29 10:00:00')).toBe('2024-02-29T10:00:00Z');
    expect(parseDate('2023-02-29 10:00:00')).toBeNull();
  });
});

describe('day numbers', () => {
  it('round-trip every day from 1900 to 2200 through ISO dates and months', async () => {
    const { dayFromIso, isoFromDay, monthOfDay } = await import('../../shared/text/dates');
    for (let day = dayFromIso('1900-01-01'); day <= dayFromIso('2200-12-31'); day++) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      if (isoFromDay(day) !== iso || dayFromIso(iso) !== day || monthOfDay(day) !== iso.slice(0, 7)) {
        throw new Error(`day ${day}: ${isoFromDay(day)} / ${monthOfDay(day)} / ${iso}`);
      }
    }
  });
});
