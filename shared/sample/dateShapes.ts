// Runtime: any. Every date shape the format doc lists, written from a UTC instant (milliseconds).
// Exports carry no zone except "UTC"/"GMT", so everything here is UTC.

const MONTH_ABBR = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_FULL = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];
const WEEKDAY_ABBR = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

function parts(ms: number): Parts {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function monthAbbr(month: number): string {
  return MONTH_ABBR[month - 1]!;
}

/** 12-hour clock: hour 1–12 and AM/PM. */
function clock12(hour: number): { hour: number; meridiem: 'AM' | 'PM' } {
  const meridiem = hour < 12 ? 'AM' : 'PM';
  const h = hour % 12;
  return { hour: h === 0 ? 12 : h, meridiem };
}

/** `2024-05-01` */
export function isoDay(ms: number): string {
  const p = parts(ms);
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}`;
}

/** `2024-05-01 12:34:56` (activity files) */
export function isoSeconds(ms: number): string {
  const p = parts(ms);
  return `${isoDay(ms)} ${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)}`;
}

/** `2024-05-01 12:34:56 UTC` (messages) */
export function isoSecondsUtc(ms: number): string {
  return `${isoSeconds(ms)} UTC`;
}

/** `2024-05-01 12:34 UTC` (Learning) */
export function isoMinutesUtc(ms: number): string {
  const p = parts(ms);
  return `${isoDay(ms)} ${pad2(p.hour)}:${pad2(p.minute)} UTC`;
}

/** `2024-05-01 12:34` (article created/published) */
export function isoMinutes(ms: number): string {
  const p = parts(ms);
  return `${isoDay(ms)} ${pad2(p.hour)}:${pad2(p.minute)}`;
}

/** `2024/05/01 12:34:56 UTC` (2018 files, endorsements, searches) */
export function slashSecondsUtc(ms: number): string {
  const p = parts(ms);
  return `${p.year}/${pad2(p.month)}/${pad2(p.day)} ${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)} UTC`;
}

/** `Mon Mar 04 12:34:56 UTC 2024` (Java's Date.toString: logins, company follows) */
export function javaDate(ms: number): string {
  const p = parts(ms);
  return `${WEEKDAY_ABBR[p.weekday]!} ${monthAbbr(p.month)} ${pad2(p.day)} ${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)} UTC ${p.year}`;
}

/** `9/5/26, 1:12 AM` (invitations, registration, jobs, 2018 connections) */
export function usShortComma(ms: number): string {
  const p = parts(ms);
  const c = clock12(p.hour);
  return `${p.month}/${p.day}/${pad2(p.year % 100)}, ${c.hour}:${pad2(p.minute)} ${c.meridiem}`;
}

/** `08/19/24, 11:04 PM` (recommendations) */
export function usPaddedComma(ms: number): string {
  const p = parts(ms);
  const c = clock12(p.hour);
  return `${pad2(p.month)}/${pad2(p.day)}/${pad2(p.year % 100)}, ${pad2(c.hour)}:${pad2(p.minute)} ${c.meridiem}`;
}

/** `08/19/24 11:04 PM UTC` (receipts: no comma) */
export function usPaddedUtc(ms: number): string {
  const p = parts(ms);
  const c = clock12(p.hour);
  return `${pad2(p.month)}/${pad2(p.day)}/${pad2(p.year % 100)} ${pad2(c.hour)}:${pad2(p.minute)} ${c.meridiem} UTC`;
}

/** `05 Sep 2026` (connections) */
export function dayMonthYear(ms: number): string {
  const p = parts(ms);
  return `${pad2(p.day)} ${monthAbbr(p.month)} ${p.year}`;
}

/** `Jan 2020` (positions, certifications) */
export function monthYear(ms: number): string {
  const p = parts(ms);
  return `${monthAbbr(p.month)} ${p.year}`;
}

/** `2020` */
export function yearOnly(ms: number): string {
  return String(parts(ms).year);
}

/** `Mar 9` (a birthday without its year) */
export function monthDay(month: number, day: number): string {
  return `${monthAbbr(month)} ${day}`;
}

/** `May 12, 2024` (publications) */
export function monthDayYear(ms: number): string {
  const p = parts(ms);
  return `${monthAbbr(p.month)} ${p.day}, ${p.year}`;
}

/** `Mar 12, 2026 05:30 PM` (one end of an event range) */
function monthDayYearClock(ms: number): string {
  const p = parts(ms);
  const c = clock12(p.hour);
  return `${monthAbbr(p.month)} ${pad2(p.day)}, ${p.year} ${pad2(c.hour)}:${pad2(p.minute)} ${c.meridiem}`;
}

/** `Mar 12, 2026 05:30 PM - Mar 12, 2026 06:30 PM` (events) */
export function eventRange(startMs: number, endMs: number): string {
  return `${monthDayYearClock(startMs)} - ${monthDayYearClock(endMs)}`;
}

/** `March 9, 2025 at 9:41 AM` inside the Rich_Media sentence. */
export function sentenceMoment(ms: number): string {
  const p = parts(ms);
  const c = clock12(p.hour);
  return `${MONTH_FULL[p.month - 1]!} ${p.day}, ${p.year} at ${c.hour}:${pad2(p.minute)} ${c.meridiem}`;
}

/** `09-05-2026` in the zip name (MM-DD-YYYY). */
export function zipNameDate(ms: number): string {
  const p = parts(ms);
  return `${pad2(p.month)}-${pad2(p.day)}-${p.year}`;
}

/** `2025-11-21 17_31_01.0` (article file names) */
export function articleFileStamp(ms: number): string {
  const p = parts(ms);
  return `${isoDay(ms)} ${pad2(p.hour)}_${pad2(p.minute)}_${pad2(p.second)}.0`;
}

/** Start of the UTC day of `ms`. */
export function startOfDay(ms: number): number {
  const p = parts(ms);
  return Date.UTC(p.year, p.month - 1, p.day);
}

/** Start of the UTC month of `ms`: what `Jan 2020` names. */
export function startOfMonth(ms: number): number {
  const p = parts(ms);
  return Date.UTC(p.year, p.month - 1, 1);
}

/** Start of the UTC year of `ms`: what `2020` names. */
export function startOfYear(ms: number): number {
  return Date.UTC(parts(ms).year, 0, 1);
}

/** Start of the minute: shapes without seconds name this instant. */
export function startOfMinute(ms: number): number {
  return ms - (ms % 60_000);
}
