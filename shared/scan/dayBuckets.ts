// Runtime: any. Items and own-text measures per day, plus the undated ones.

import type { DayHistogram, TextTotals } from './scanTypes';

export class DayBuckets {
  private readonly byDay = new Map<number, TextTotals>();
  readonly undated: TextTotals = { items: 0, words: 0, chars: 0 };

  add(day: number | null, words: number, chars: number): void {
    let bucket: TextTotals | undefined;
    if (day === null) bucket = this.undated;
    else {
      bucket = this.byDay.get(day);
      if (bucket === undefined) {
        bucket = { items: 0, words: 0, chars: 0 };
        this.byDay.set(day, bucket);
      }
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
