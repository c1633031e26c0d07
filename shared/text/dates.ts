// Runtime: any. Every date shape seen in LinkedIn exports, to a UTC instant (or a month or a year
// where that is all the file says). Exports carry no zone except "UTC"/"GMT", so times are UTC.

export type DatePrecision = 'instant' | 'day' | 'month' | 'year';

export interface ParsedDate {
  /** Milliseconds since the epoch (UTC) of the start of what the text names. */
  readonly ms: number;
  readonly precision: DatePrecision;
}

export const MS_PER_DAY = 86_400_000;

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
};

const PLACEHOLDERS = new Set(['', 'n/a', '---', '-', 'null', 'none']);

function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase()];
}

/** Two-digit years: LinkedIn began in 2003; Excel re-saves may show `99` for 1999. */
function fullYear(year: string): number {
  const n = Number(year);
  if (year.length > 2) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

function hour24(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toUpperCase() === 'PM';
  if (hour === 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (integer arithmetic; no Date object). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;
/** Day number of the first of each month, computed once per month seen (hot in large files). */
const monthStarts = new Float64Array((LAST_YEAR - FIRST_YEAR + 1) * 12).fill(NaN);

function dayNumber(year: number, month: number, day: number): number {
  const slot = (year - FIRST_YEAR) * 12 + month - 1;
  let start = monthStarts[slot]!;
  if (Number.isNaN(start)) start = monthStarts[slot] = daysFromCivil(year, month, 1);
  return start + day - 1;
}

function build(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  precision: DatePrecision,
): ParsedDate | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  if (day > daysInMonth(year, month)) return null;
  return { ms: dayNumber(year, month, day) * MS_PER_DAY + hour * 3_600_000 + minute * 60_000 + second * 1000, precision };
}

// `2024-05-01 12:34:56`, `2024-05-01 12:34:56 UTC`, `2024-05-01 12:34 UTC`, `2024/05/01 12:34:56 UTC`,
// `2019-11-06T02:08:20`, `2019-11-06T02:08:20.123Z`, `2024-05-01`
const ISO_LIKE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(?:Z|UTC|GMT)?$/i;
// `Mon Mar 04 12:34:56 UTC 2024`
const JAVA = /^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d{1,2}):(\d{2}):(\d{2}) [A-Z]{2,5} (\d{4})$/;
// `9/5/26, 1:12 AM`, `08/19/24 11:04 PM UTC`, `8/19/2024 11:04`
const US_NUMERIC = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?\s*(?:UTC|GMT)?$/;
// `05 Sep 2026`, `9-Sep-99`
const DAY_MONTH_YEAR = /^(\d{1,2})[ -]([A-Za-z]{3,9})[ -](\d{2}|\d{4})$/;
// `May 12, 2024`, `March 9, 2025 at 9:41 AM (GMT)`, `Mar 12, 2026 05:30 PM`
const MONTH_DAY_YEAR = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})(?:,? (?:at )?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?\s*(?:\(?(?:UTC|GMT)\)?)?$/;
// `Jan 2020`
const MONTH_YEAR = /^([A-Za-z]{3,9})\.? (\d{4})$/;
// `2020`
const YEAR = /^(\d{4})$/;
// `Mar 9`: a birthday, no year; not an instant.
const SENTENCE_DATE = / on ([A-Za-z]{3,9} \d{1,2}, \d{4}(?: at \d{1,2}:\d{2}(?::\d{2})?\s*[AaPp][Mm])?)/;

/** The decimal value of `count` digits at `from`, or -1. */
function digitsAt(t: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const d = t.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** Month number of a capitalised three-letter English month (`Mar`), or 0. */
const SHORT_MONTHS: Record<string, number> = {
  Jan: 1, Feb: 2, Mar: 3, Apr: 4, May: 5, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Oct: 10, Nov: 11, Dec: 12,
};

/**
 * The hot shapes of large files, without a regex: `YYYY-MM-DD HH:MM:SS` (optionally ` UTC`,
 * or a `T`), Java's `Mon Mar 04 12:34:56 UTC 2024` (logins) and `05 Sep 2026` (connections).
 * Returns undefined when the text has another shape.
 */
function parseFast(t: string): ParsedDate | null | undefined {
  const length = t.length;
  const utcSuffix = length === 23 && t.charCodeAt(19) === 32 && t.charCodeAt(20) === 85 && t.charCodeAt(21) === 84 && t.charCodeAt(22) === 67;
  if ((length === 19 || utcSuffix) && t.charCodeAt(4) === 45 && t.charCodeAt(7) === 45) {
    const separator = t.charCodeAt(10);
    if ((separator !== 32 && separator !== 84) || t.charCodeAt(13) !== 58 || t.charCodeAt(16) !== 58) return undefined;
    const year = digitsAt(t, 0, 4);
    const month = digitsAt(t, 5, 2);
    const day = digitsAt(t, 8, 2);
    const hour = digitsAt(t, 11, 2);
    const minute = digitsAt(t, 14, 2);
    const second = digitsAt(t, 17, 2);
    if ((year | month | day | hour | minute | second) < 0) return undefined;
    return build(year, month, day, hour, minute, second, 'instant');
  }
  if (length === 28 && t.charCodeAt(3) === 32 && t.charCodeAt(7) === 32 && t.charCodeAt(13) === 58 && t.charCodeAt(16) === 58 && t.charCodeAt(23) === 32) {
    const month = SHORT_MONTHS[t.slice(4, 7)];
    const day = digitsAt(t, 8, 2);
    const hour = digitsAt(t, 11, 2);
    const minute = digitsAt(t, 14, 2);
    const second = digitsAt(t, 17, 2);
    const year = digitsAt(t, 24, 4);
    if (month === undefined || (year | day | hour | minute | second) < 0) return undefined;
    return build(year, month, day, hour, minute, second, 'instant');
  }
  if (length === 11 && t.charCodeAt(2) === 32 && t.charCodeAt(6) === 32) {
    const month = SHORT_MONTHS[t.slice(3, 6)];
    const day = digitsAt(t, 0, 2);
    const year = digitsAt(t, 7, 4);
    if (month === undefined || (year | day) < 0) return undefined;
    return build(year, month, day, 0, 0, 0, 'day');
  }
  return undefined;
}

/** Parses one date cell; null for placeholders, yearless birthdays and anything unrecognised. */
export function parseDate(text: string): ParsedDate | null {
  const t = text.trim();
  const fast = parseFast(t);
  if (fast !== undefined) return fast;
  if (t.length <= 4 && PLACEHOLDERS.has(t.toLowerCase())) return null;

  let m = ISO_LIKE.exec(t);
  if (m) {
    const hasTime = m[4] !== undefined;
    return build(+m[1]!, +m[2]!, +m[3]!, hasTime ? +m[4]! : 0, hasTime ? +m[5]! : 0, m[6] ? +m[6] : 0, hasTime ? 'instant' : 'day');
  }
  m = JAVA.exec(t);
  if (m) {
    const month = monthNumber(m[1]!);
    return month ? build(+m[6]!, month, +m[2]!, +m[3]!, +m[4]!, +m[5]!, 'instant') : null;
  }
  m = US_NUMERIC.exec(t);
  if (m) {
    const hasTime = m[4] !== undefined;
    const hour = hasTime ? +m[4]! : 0;
    if (m[7] && (hour < 1 || hour > 12)) return null;
    return build(fullYear(m[3]!), +m[1]!, +m[2]!, hour24(hour, m[7]), hasTime ? +m[5]! : 0, m[6] ? +m[6] : 0, hasTime ? 'instant' : 'day');
  }
  m = DAY_MONTH_YEAR.exec(t);
  if (m) {
    const month = monthNumber(m[2]!);
    return month ? build(fullYear(m[3]!), month, +m[1]!, 0, 0, 0, 'day') : null;
  }
  // A range (`Mar 12, 2026 05:30 PM - Mar 12, 2026 06:30 PM`): its start.
  const dash = t.indexOf(' - ');
  if (dash > 0) return parseDate(t.slice(0, dash));
  m = MONTH_DAY_YEAR.exec(t);
  if (m) {
    const month = monthNumber(m[1]!);
    if (!month) return null;
    const hasTime = m[4] !== undefined;
    const hour = hasTime ? +m[4]! : 0;
    if (m[7] && (hour < 1 || hour > 12)) return null;
    return build(+m[3]!, month, +m[2]!, hour24(hour, m[7]), hasTime ? +m[5]! : 0, m[6] ? +m[6] : 0, hasTime ? 'instant' : 'day');
  }
  m = MONTH_YEAR.exec(t);
  if (m) {
    const month = monthNumber(m[1]!);
    return month ? build(+m[2]!, month, 1, 0, 0, 0, 'month') : null;
  }
  m = YEAR.exec(t);
  if (m) return build(+m[1]!, 1, 1, 0, 0, 0, 'year');
  // `You uploaded a profile photo on March 9, 2025 at 9:41 AM (GMT)`
  m = SENTENCE_DATE.exec(t);
  if (m) return parseDate(m[1]!);
  return null;
}

/** Days since 1970-01-01 (UTC). */
export function dayOf(ms: number): number {
  return Math.floor(ms / MS_PER_DAY);
}

/** `2024-09-18` → day number. */
export function dayFromIso(iso: string): number {
  const parsed = ISO_LIKE.exec(iso);
  if (!parsed) throw new Error(`Not an ISO date: ${iso}`);
  return dayOf(Date.UTC(+parsed[1]!, +parsed[2]! - 1, +parsed[3]!));
}

/** The civil date of a day number (inverse of daysFromCivil; integer arithmetic). */
function civilFromDays(day: number): { year: number; month: number; dayOfMonth: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const dayOfMonth = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfMonth };
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

export function isoFromDay(day: number): string {
  const { year, month, dayOfMonth } = civilFromDays(day);
  return `${year}-${pad2(month)}-${pad2(dayOfMonth)}`;
}

/** `YYYY-MM` of a day. */
export function monthOfDay(day: number): string {
  const { year, month } = civilFromDays(day);
  return `${year}-${pad2(month)}`;
}
