// The per-row aggregates of large files (in KeyWindow arrays), against the plain definitions they replace for speed:
// days counted in arrays (shared/scan/dayBuckets.ts) equal days counted in a Map, and the login
// heatmap computed by arithmetic equals the one read from a Date per login, in any row order,
// over 1900-2200 (the years a parsed date may hold), one file or several merged.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DayBuckets } from '../../shared/scan/dayBuckets';
import { logins } from '../../shared/scan/insights/logins';
import { dayOf, parseDate } from '../../shared/text/dates';

const FIRST_MS = Date.UTC(1900, 0, 1);
const LAST_MS = Date.UTC(2200, 11, 31, 23, 59, 59);
const LIMITS = { maxDistinctKeys: 1000 };
const HEADER = ['Login Date', 'IP Address', 'User Agent', 'Login Type'];
const FACTS = { rows: 0, own: { items: 0, words: 0, chars: 0 }, firstDate: null, lastDate: null, memberIdentifiedBy: 'none' } as const;

/** Whole seconds, as parsed dates are; runs of one hour and one day, as sorted login files have. */
const instant = fc.oneof(
  fc.integer({ min: FIRST_MS / 1000, max: LAST_MS / 1000 }).map((s) => s * 1000),
  fc.integer({ min: -50, max: 50 }).map((h) => h * 3_600_000),
  fc.integer({ min: 0, max: 3 }).map((s) => Date.UTC(2024, 4, 1, 12, 0, s)),
);

describe('DayBuckets', () => {
  it('counts as a Map of days does, whatever the order and spread of the days', () => {
    // Mostly days of a few years (a real file), sometimes any day a date may name (the window grows both ways).
    const day = fc.oneof({ arbitrary: fc.integer({ min: 19_000, max: 20_500 }), weight: 9 }, { arbitrary: fc.integer({ min: dayOf(FIRST_MS), max: dayOf(LAST_MS) }), weight: 1 });
    const entry = fc.record({ day: fc.option(day, { nil: null }), words: fc.nat(500), chars: fc.nat(5000) });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 300 }), (entries) => {
        const buckets = new DayBuckets();
        const expected = new Map<number, { items: number; words: number; chars: number }>();
        const undated = { items: 0, words: 0, chars: 0 };
        for (const { day, words, chars } of entries) {
          buckets.add(day, words, chars);
          const bucket = day === null ? undated : (expected.get(day) ?? expected.set(day, { items: 0, words: 0, chars: 0 }).get(day)!);
          bucket.items++;
          bucket.words += words;
          bucket.chars += chars;
        }
        const days = [...expected.keys()].sort((a, b) => a - b);
        expect(buckets.histogram()).toEqual({
          days,
          items: days.map((d) => expected.get(d)!.items),
          words: days.map((d) => expected.get(d)!.words),
          chars: days.map((d) => expected.get(d)!.chars),
        });
        expect(buckets.undated).toEqual(undated);
      }),
      { numRuns: 200 },
    );
  });
});

describe('logins', () => {
  it('puts each login in the weekday and hour its Date says, and counts it in its UTC hour', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.option(instant, { nil: null }), { maxLength: 80 }), { minLength: 1, maxLength: 3 }), (files) => {
        const parts = files.map((instants) => {
          const reader = logins.start(HEADER, LIMITS);
          for (const ms of instants) reader.row(['', '192.0.2.1', 'agent', 'web'], ms);
          return reader.finish(FACTS);
        });
        const merged = logins.merge(parts);
        const weekdayHour = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
        const hourly = new Map<number, number>();
        for (const ms of files.flat()) {
          if (ms === null) continue;
          const date = new Date(ms);
          weekdayHour[(date.getUTCDay() + 6) % 7]![date.getUTCHours()]!++;
          const hour = Math.floor(ms / 3_600_000);
          hourly.set(hour, (hourly.get(hour) ?? 0) + 1);
        }
        const hours = [...hourly.keys()].sort((a, b) => a - b);
        expect(merged.weekdayHour).toEqual(weekdayHour);
        expect(merged.hourly).toEqual({ hours, counts: hours.map((h) => hourly.get(h)!) });
        expect(merged.total).toBe(files.flat().length);
      }),
      { numRuns: 300 },
    );
  });

  it('reads the Java-style dates of a Logins file into their weekday and hour', () => {
    const reader = logins.start(HEADER, LIMITS);
    // Both Mondays: 4 March 2024 at 23:59:59, and 1 January 1900 (the first year a date may hold) at midnight.
    for (const text of ['Mon Mar 04 23:59:59 UTC 2024', 'Mon Jan 01 00:00:00 UTC 1900']) reader.row(['', '', '', ''], parseDate(text)!.ms);
    const { weekdayHour } = logins.merge([reader.finish(FACTS)]);
    expect(weekdayHour[0]![23]).toBe(1);
    expect(weekdayHour[0]![0]).toBe(1);
    expect(weekdayHour.flat().reduce((a, b) => a + b)).toBe(2);
  });
});
