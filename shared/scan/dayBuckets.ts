// Runtime: any. Items and own-text measures per day, plus the undated ones.

import type { DayHistogram, TextTotals } from './scanTypes';

export class DayBuckets {
  private readonly byDay = new Map<number, TextTotals>();
  readonly undated: TextTotals = { items: 0, words: 0, chars: 0 };

  private lastDay = NaN;
  private lastBucket: TextTotals = this.undated;

  add(day: number | null, words: number, chars: number): void {
    let bucket: TextTotals | undefined;
    if (day === null) bucket = this.undated;
    else if (day === this.lastDay) bucket = this.lastBucket;
    else {
      // Files are often sorted by date: consecutive rows share a day and skip the lookup.
      bucket = this.byDay.get(day);
      if (bucket === undefined) {
        bucket = { items: 0, words: 0, chars: 0 };
        this.byDay.set(day, bucket);
      }
      this.lastDay = day;
      this.lastBucket = bucket;
    }
    bucket.items++;
    bucket.words += words;
    bucket.chars += chars;
  }

  histogram(): DayHistogram {
    const days = [...this.byDay.keys()].sort((a, b) => a - b);
    return {
      days,
      items: days.map((d) => this.byDay.get(d)!.items),
      words: days.map((d) => this.byDay.get(d)!.words),
      chars: days.map((d) => this.byDay.get(d)!.chars),
    };
  }
}
