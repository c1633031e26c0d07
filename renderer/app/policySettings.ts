// The inputs the member gives: region, opt-out date and (if they were under 18 for part of the
// time) the day they turned 18. They live in app state; changing one recomputes the analysis
// from the scan already read (buildAnalysis is pure and fast).

import type { PolicySettings } from '../../shared/analysis/exposure';
import type { DateStyle } from '../../shared/text/format';

export type { PolicySettings };

export const DEFAULT_POLICY_SETTINGS: PolicySettings = { region: 'us', optedOut: null, adultFrom: null };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export type DayParse = { readonly ok: true; readonly iso: string } | { readonly ok: false; readonly message: string };

/** An example of a day written the way the member's region writes it. */
export function dayExample(style: DateStyle): string {
  return style === 'month-day-year' ? 'Nov 3, 2025' : '3 Nov 2025';
}

function iso(year: number, month: number, day: number): string | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text) ? text : null;
}

function monthNumber(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

/**
 * A day as a member types it: `2025-11-03`, "3 Nov 2025", "Nov 3, 2025", "3 November 2025".
 * Digits-only forms such as 03/11/2025 are refused: they mean different days in different
 * countries, so the month must be a word (or the date written year first).
 */
export function parseDayText(value: string, style: DateStyle): DayParse {
  const text = value.trim();
  const refuse = { ok: false as const, message: `Enter a day such as ${dayExample(style)} or 2025-11-03.` };
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return wrap(iso(Number(m[1]), Number(m[2]), Number(m[3])), refuse);
  m = /^(\d{1,2})\.?\s+([A-Za-z]{3,})\.?,?\s+(\d{4})$/.exec(text);
  if (m && monthNumber(m[2]!) > 0) return wrap(iso(Number(m[3]), monthNumber(m[2]!), Number(m[1])), refuse);
  m = /^([A-Za-z]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  if (m && monthNumber(m[1]!) > 0) return wrap(iso(Number(m[3]), monthNumber(m[1]!), Number(m[2])), refuse);
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(text)) {
    return { ok: false, message: `Write the month as a word (${dayExample(style)}) or the year first (2025-11-03): 03/11 is a different day in different countries.` };
  }
  return refuse;
}

function wrap(day: string | null, refuse: DayParse): DayParse {
  return day === null ? refuse : { ok: true, iso: day };
}

/** The opt-out day as typed: after the analysis date it is refused. */
export function parseOptOut(value: string, asOf: string, style: DateStyle): DayParse {
  const parsed = parseDayText(value, style);
  if (parsed.ok && parsed.iso > asOf) return { ok: false, message: 'The opt-out date cannot be after the analysis date.' };
  return parsed;
}
