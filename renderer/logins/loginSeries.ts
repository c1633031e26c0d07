// Logins per week (Monday first) or per month, from the Logins file's daily histogram, with
// empty periods filled in so the time axis is even.

import type { ExportScan } from '../../shared/scan/scanTypes';
import { isoFromDay } from '../../shared/text/dates';
import { formatDate, formatMonth, type DateStyle } from '../../shared/text/format';

export type LoginPeriod = 'week' | 'month';

export interface PeriodCount {
  /** Week: the Monday's ISO day; month: `YYYY-MM`. */
  readonly period: string;
  readonly label: string;
  readonly count: number;
}

/** 1970-01-01 was a Thursday: day 4 is the first Monday. */
function mondayOf(day: number): number {
  return day - ((day - 4 + 7 * 1e6) % 7);
}

export function loginDays(scan: ExportScan): { days: readonly number[]; items: readonly number[] } {
  const days: number[] = [];
  const items: number[] = [];
  for (const file of scan.files) {
    if (file.catalogId !== 'logins') continue;
    days.push(...file.histogram.days);
    items.push(...file.histogram.items);
  }
  return { days, items };
}

export function loginsPerPeriod(scan: ExportScan, period: LoginPeriod, style: DateStyle): PeriodCount[] {
  const { days, items } = loginDays(scan);
  if (days.length === 0) return [];
  const counts = new Map<string, number>();
  const keyOf = (day: number) => (period === 'week' ? isoFromDay(mondayOf(day)) : isoFromDay(day).slice(0, 7));
  days.forEach((day, i) => counts.set(keyOf(day), (counts.get(keyOf(day)) ?? 0) + items[i]!));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const result: PeriodCount[] = [];
  if (period === 'week') {
    for (let d = mondayOf(first); d <= last; d += 7) {
      const key = isoFromDay(d);
      result.push({ period: key, label: formatDate(key, style), count: counts.get(key) ?? 0 });
    }
  } else {
    let key = isoFromDay(first).slice(0, 7);
    const end = isoFromDay(last).slice(0, 7);
    while (key <= end) {
      result.push({ period: key, label: formatMonth(key), count: counts.get(key) ?? 0 });
      const [y, m] = [Number(key.slice(0, 4)), Number(key.slice(5, 7))];
      key = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    }
  }
  return result;
}
