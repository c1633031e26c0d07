// Runtime: any. Items and own-text measures per day, plus the undated ones.

import { KeyWindow } from './keyWindow';
import type { DayHistogram, TextTotals } from './scanTypes';

const ITEMS = 0;
const WORDS = 1;
const CHARS = 2;
/** Days the window grows by at least: a year either side of the first date. */
const MARGIN_DAYS = 366;

export class DayBuckets {
  readonly undated: TextTotals = { items: 0, words: 0, chars: 0 };
  /** Per day (the messages' days jump row after row: an index each, not a Map lookup). */
  private readonly days = new KeyWindow(3, MARGIN_DAYS);

  add(day: number | null, words: number, chars: number): void {
    if (day === null) {
      this.undated.items++;
      this.undated.words += words;
      this.undated.chars += chars;
      return;
    }
    const slot = this.days.slot(day);
    this.days.column(ITEMS)[slot]!++;
    this.days.column(WORDS)[slot]! += words;
    this.days.column(CHARS)[slot]! += chars;
  }

  histogram(): DayHistogram {
    const histogram: DayHistogram = { days: [], items: [], words: [], chars: [] };
    const [items, words, chars] = [ITEMS, WORDS, CHARS].map((column) => this.days.column(column));
    this.days.forEachFilled((day, slot) => {
      histogram.days.push(day);
      histogram.items.push(items![slot]!);
      histogram.words.push(words![slot]!);
      histogram.chars.push(chars![slot]!);
    });
    return histogram;
  }
}
