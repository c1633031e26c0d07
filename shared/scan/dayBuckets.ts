// Runtime: any. Items and own-text measures per day, plus the undated ones.

import type { DayHistogram, TextTotals } from './scanTypes';

/** Days the window grows by at least, on either side, when a day falls outside it. */
const MIN_GROWTH_DAYS = 366;

/**
 * Per day, in arrays indexed by the day's distance from the window's first day: a large file's
 * rows (messages jump between days row after row) cost an index, where a Map cost a lookup of
 * 0.2-0.3 µs. Days come from parsed dates (years 1900-2200), so the window stays under 110,000 days.
 */
export class DayBuckets {
  readonly undated: TextTotals = { items: 0, words: 0, chars: 0 };
  /** Day number of the windows' slot 0. */
  private first = 0;
  private items = new Float64Array(0);
  private words = new Float64Array(0);
  private chars = new Float64Array(0);

  add(day: number | null, words: number, chars: number): void {
    if (day === null) {
      this.undated.items++;
      this.undated.words += words;
      this.undated.chars += chars;
      return;
    }
    let slot = day - this.first;
    if (slot < 0 || slot >= this.items.length) slot = this.grow(day);
    this.items[slot]!++;
    this.words[slot]! += words;
    this.chars[slot]! += chars;
  }

  /** Widens the window to hold `day` (and room around it); returns the day's slot. */
  private grow(day: number): number {
    const length = this.items.length;
    const first = length === 0 ? day - MIN_GROWTH_DAYS : Math.min(this.first, day - Math.max(MIN_GROWTH_DAYS, length));
    const end = length === 0 ? day + MIN_GROWTH_DAYS : Math.max(this.first + length, day + 1 + Math.max(MIN_GROWTH_DAYS, length));
    const widen = (old: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> => {
      const wider = new Float64Array(end - first);
      if (length > 0) wider.set(old, this.first - first);
      return wider;
    };
    this.items = widen(this.items);
    this.words = widen(this.words);
    this.chars = widen(this.chars);
    this.first = first;
    return day - first;
  }

  histogram(): DayHistogram {
    const histogram: DayHistogram = { days: [], items: [], words: [], chars: [] };
    for (let slot = 0; slot < this.items.length; slot++) {
      if (this.items[slot] === 0) continue;
      histogram.days.push(this.first + slot);
      histogram.items.push(this.items[slot]!);
      histogram.words.push(this.words[slot]!);
      histogram.chars.push(this.chars[slot]!);
    }
    return histogram;
  }
}
