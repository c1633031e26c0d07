// Runtime: any. The words every surface shares (app, Markdown, HTML, PDF, CSV), so they agree:
// one vocabulary (exposed / possibly exposed / not exposed, "items"), statuses, dates.

import type { CategoryTrainingStatus } from '../analysis/buildAnalysis';
import { POSSIBLE_REASON_INFO, regionById, type PossibleReason, type RegionId, type TrainingWindow } from '../policy/policyModel';
import type { FileStatus } from '../scan/scanTypes';
import { approx, formatCount, formatDate, formatMonth, plural, type DateStyle } from '../text/format';

export { approx, formatCount };

export const TRAINING_STATUS_LABELS: Readonly<Record<CategoryTrainingStatus, string>> = {
  used: 'Used for training',
  unclear: 'Unclear',
  'not-used': 'Not used for training',
  mixed: 'Partly used',
};

/** The same statuses in a table's narrow column, under the heading "Training". */
export const TRAINING_STATUS_SHORT: Readonly<Record<CategoryTrainingStatus, string>> = {
  used: 'Used',
  unclear: 'Unclear',
  'not-used': 'Not used',
  mixed: 'Partly used',
};

/** A word count, or "unknown" where the member's own text could not be told from others' (private messages). */
export function wordCount(words: number, known: boolean): string {
  return known ? formatCount(words) : 'unknown';
}

export const EXPOSURE_LABELS = {
  exposed: 'Exposed',
  possiblyExposed: 'Possibly exposed',
  notExposed: 'Not exposed',
} as const;

export type ExposureKey = keyof typeof EXPOSURE_LABELS;

/** "3 possibly exposed: 2 unclear category, 1 undated" for a count's reasons, largest first. */
export function reasonBreakdown(byReason: Readonly<Record<PossibleReason, number>>): string {
  return Object.entries(byReason)
    .filter(([, n]) => n > 0)
    .sort(([, a], [, b]) => b - a)
    .map(([reason, n]) => `${formatCount(n)} ${POSSIBLE_REASON_INFO[reason as PossibleReason].label}`)
    .join(', ');
}

export function dateStyleOf(region: RegionId): DateStyle {
  return regionById(region).dateStyle;
}

export function dateRange(first: string | null, last: string | null, style: DateStyle): string {
  if (first === null && last === null) return 'no dates';
  const a = formatDate(first ?? last, style);
  const b = formatDate(last ?? first, style);
  return a === b ? a : `${a} to ${b}`;
}

/** "2017-02 – 2026-08": months only, for narrow table columns. */
export function monthRange(first: string | null, last: string | null): string {
  if (first === null && last === null) return '–';
  const a = (first ?? '').slice(0, 7);
  const b = (last ?? '').slice(0, 7);
  return a === b || b === '' ? a : `${a} – ${b}`;
}

export function optOutPhrase(optedOut: string | null, asOf: string, style: DateStyle): string {
  return optedOut === null ? `not opted out (counted up to ${formatDate(asOf, style)})` : `opted out on ${formatDate(optedOut, style)}`;
}

export function adultPhrase(adultFrom: string | null, style: DateStyle): string {
  return adultFrom === null ? 'an adult throughout' : `turned 18 on ${formatDate(adultFrom, style)} (training before that day not counted)`;
}

/** "27%"; "<1%" for a share that is there but rounds to nothing. */
export function share(part: number, whole: number): string {
  if (whole <= 0 || part <= 0) return '0%';
  const percent = Math.round((part / whole) * 100);
  return percent === 0 ? '<1%' : `${percent}%`;
}

/** "18 Sep 2024 – before 10 Dec 2024, stated start": a training window as precisely as the sources date it. */
export function windowPeriod(
  w: Pick<TrainingWindow, 'start' | 'end' | 'certainty'> & { readonly startPrecision?: 'day' | 'month'; readonly endUnstated?: boolean },
  style: DateStyle,
): string {
  const start = w.startPrecision === 'month' ? formatMonth(w.start) : formatDate(w.start, style);
  const end = w.end === null ? 'today' : w.endUnstated ? `a day before ${formatDate(w.end, style)}` : formatDate(w.end, style);
  const certainty = w.certainty === 'unconfirmed' ? 'reported, unconfirmed' : w.endUnstated ? 'start stated, end not stated' : 'stated';
  return `${start} – ${end} (${certainty})`;
}

export const FILE_STATUS_LABELS: Readonly<Record<FileStatus, string>> = {
  parsed: 'Read',
  empty: 'Read, no items',
  unknown: 'Not known to this app',
  error: 'Could not be read',
  duplicate: 'Copy, counted once',
  skipped: 'Not read',
};

/** An entry as every surface lists it: its outcome, the rows of a file this app does not know, the copy a duplicate repeats. */
export interface EntryFacts {
  readonly status: FileStatus;
  readonly rows: number;
  readonly duplicateOf: { readonly path: string; readonly input: string; readonly identical: boolean } | null;
}

/**
 * What became of one entry, in a few plain words. `quote` marks up what comes from the export (a
 * path, an input's name) for the surface: escaped for Markdown, isolated for HTML, as is in the app.
 */
export function entryOutcome(entry: EntryFacts, quote: (text: string) => string = (text) => text): string {
  const copy = entry.duplicateOf;
  const of = copy ? `${quote(copy.path)} in ${quote(copy.input)}` : '';
  if (copy && entry.status === 'duplicate') return copy.identical ? `Identical copy of ${of}, counted once there` : `Copy of ${of}, which holds all its rows: counted once there`;
  if (copy && entry.status === 'parsed') return `Read: ${plural(entry.rows, 'item')} only this copy has (a copy of ${of})`;
  if (entry.status === 'unknown' && entry.rows > 0) return `${FILE_STATUS_LABELS.unknown} (${plural(entry.rows, 'row')})`;
  return FILE_STATUS_LABELS[entry.status];
}

/** "84 entries: 70 read, 3 empty, …": the outcome of every entry, in one line. */
export function entriesSummary(t: { readonly files: number; readonly parsed: number; readonly empty: number; readonly unknown: number; readonly errors: number; readonly duplicates: number; readonly skipped: number }): string {
  const parts = [
    `${formatCount(t.parsed)} read`,
    `${formatCount(t.empty)} empty`,
    `${formatCount(t.unknown)} not known to this app`,
    `${formatCount(t.errors)} could not be read`,
    ...(t.duplicates > 0 ? [`${formatCount(t.duplicates)} copies of other files, counted once`] : []),
    ...(t.skipped > 0 ? [`${formatCount(t.skipped)} not read`] : []),
  ];
  return `${plural(t.files, 'file')} found: ${parts.join(', ')}.`;
}
