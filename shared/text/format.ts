// Runtime: any. How numbers and dates are written for people, in the app, its charts and the
// reports: thousands separators, and dates as "18 Sep 2024".

import { isoFromDay } from './dates';

/** "12,345": grouped with commas, without Intl (toLocaleString costs ~0.06 ms a call). */
export function formatCount(n: number): string {
  const rounded = Math.round(n);
  if (!Number.isFinite(rounded)) return String(rounded);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return rounded < 0 ? `-${digits}` : digits;
}

/** "about 12,300" — word counts are measured, token counts estimated: both rounded. */
export function approx(n: number): string {
  if (n < 1000) return formatCount(n);
  const magnitude = 10 ** (Math.floor(Math.log10(n)) - 1);
  return formatCount(Math.round(n / magnitude) * magnitude);
}


const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * How a region writes a day: "3 Nov 2025" (most of the world) or "Nov 3, 2025" (the United
 * States, Canada). The month is always a word, so no reader can take 03/11 for 11/03.
 */
/** Monday first, as the scan's weekday-hour counts are indexed. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export type DateStyle = 'day-month-year' | 'month-day-year';

/**
 * The one date formatter for people: `2024-09-18…` → "18 Sep 2024" or "Sep 18, 2024";
 * `2024-09` → "Sep 2024"; `2024` → "2024". As precise as the date is.
 */
export function formatDate(iso: string | null, style: DateStyle): string {
  if (iso === null) return '—';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  if (month === undefined) return year!;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  if (day === undefined) return `${monthName} ${year}`;
  return style === 'month-day-year' ? `${monthName} ${Number(day)}, ${year}` : `${Number(day)} ${monthName} ${year}`;
}

export function formatDay(day: number | null, style: DateStyle): string {
  return day === null ? 'No date' : formatDate(isoFromDay(day), style);
}

/** `2024-09` → "Sep 2024" (the same in every style). */
export function formatMonth(month: string): string {
  return formatDate(month.slice(0, 7), 'day-month-year');
}

export function formatDateRange(first: string | null, last: string | null, style: DateStyle): string {
  if (first === null && last === null) return 'No dates';
  const a = formatDate(first ?? last, style);
  const b = formatDate(last ?? first, style);
  return a === b ? a : `${a} – ${b}`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatCount(bytes)} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = value < 10 ? (Math.round(value * 10) / 10).toFixed(1).replace(/\.0$/, '') : formatCount(value);
  return `${shown} ${units[unit]}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

export function percent(part: number, whole: number): string {
  if (whole <= 0) return '0%';
  return `${Math.round((part / whole) * 100)}%`;
}

/** Today's ISO day (UTC), as the command line takes it. */
export function isoToday(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
