// How the UI writes numbers and dates: thousands separators, and dates as "18 Sep 2024".

import { formatCount } from '../../shared/report/wording';
import { isoFromDay } from '../../shared/text/dates';

/** "12,345": one formatter for the app and the reports. */
export { formatCount };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2024-09-18…` → "18 Sep 2024"; `2024-09` → "Sep 2024"; `2024` → "2024". As precise as the date is. */
export function formatDate(iso: string | null): string {
  if (iso === null) return '—';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  const [, year, month, day] = m;
  if (month === undefined) return year!;
  const monthName = MONTHS[Number(month) - 1] ?? month;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

export function formatDay(day: number | null): string {
  return day === null ? 'No date' : formatDate(isoFromDay(day));
}

/** `2024-09` → "Sep 2024". */
export function formatMonth(month: string): string {
  return formatDate(month.slice(0, 7));
}

export function formatDateRange(first: string | null, last: string | null): string {
  if (first === null && last === null) return 'No dates';
  const a = formatDate(first ?? last);
  const b = formatDate(last ?? first);
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
