// Runtime: any. The first and last date of a file, as precise as the file states them.

import type { ParsedDate } from '../text/dates';

export function isoOf(date: ParsedDate): string {
  const iso = new Date(date.ms).toISOString();
  switch (date.precision) {
    case 'instant':
      return `${iso.slice(0, 19)}Z`;
    case 'day':
      return iso.slice(0, 10);
    case 'month':
      return iso.slice(0, 7);
    case 'year':
      return iso.slice(0, 4);
  }
}

export class DateRange {
  private first: ParsedDate | null = null;
  private last: ParsedDate | null = null;

  add(date: ParsedDate): void {
    if (this.first === null || date.ms < this.first.ms) this.first = date;
    if (this.last === null || date.ms > this.last.ms) this.last = date;
  }

  get firstIso(): string | null {
    return this.first && isoOf(this.first);
  }

  get lastIso(): string | null {
    return this.last && isoOf(this.last);
  }
}
