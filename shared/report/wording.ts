// Runtime: any. The sentences every surface shares (app, Markdown, HTML, PDF), so they agree.

import type { CategoryTrainingStatus } from '../analysis/buildAnalysis';
import type { FileStatus } from '../scan/scanTypes';
import { approx, formatCount, plural } from '../text/format';

export { approx, formatCount };

export interface HeadlineFigures {
  readonly exposed: number;
  readonly possiblyExposed: number;
  readonly items: number;
  readonly exposedWords: number;
}

export function headline(f: HeadlineFigures): string {
  const records = `${formatCount(f.exposed)} of your ${formatCount(f.items)} record${f.items === 1 ? '' : 's'}`;
  const words = f.exposedWords > 0 ? `, about ${approx(f.exposedWords)} words,` : '';
  return `${records}${words} fall in categories LinkedIn says it trains on.`;
}

export function possiblyLine(f: HeadlineFigures): string {
  if (f.possiblyExposed === 0) return 'No other records fall in categories where the sources are unclear.';
  return `Another ${formatCount(f.possiblyExposed)} fall in categories where the sources are unclear, or in a period only reported, not confirmed.`;
}

export const TRAINING_STATUS_LABELS: Readonly<Record<CategoryTrainingStatus, string>> = {
  used: 'Used for training',
  unclear: 'Unclear',
  'not-used': 'Not used',
  mixed: 'Partly used',
};

/** A word count, or "unknown" where the member's own text could not be told from others' (private messages). */
export function wordCount(words: number, known: boolean): string {
  return known ? formatCount(words) : 'unknown';
}

export function dateRange(first: string | null, last: string | null): string {
  if (first === null && last === null) return 'no dates';
  if (first === last || last === null) return (first ?? '').slice(0, 10);
  return `${(first ?? '').slice(0, 10)} to ${last.slice(0, 10)}`;
}

/** "2017-02 – 2026-08": months only, for narrow table columns. */
export function monthRange(first: string | null, last: string | null): string {
  if (first === null && last === null) return '–';
  const a = (first ?? '').slice(0, 7);
  const b = (last ?? '').slice(0, 7);
  return a === b || b === '' ? a : `${a} – ${b}`;
}

export function optOutPhrase(optedOut: string | null): string {
  return optedOut === null ? 'not opted out (counted up to the analysis date)' : `opted out on ${optedOut}`;
}

export const FILE_STATUS_LABELS: Readonly<Record<FileStatus, string>> = {
  parsed: 'Read',
  empty: 'Read, no records',
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
  if (copy && entry.status === 'parsed') return `Read: ${plural(entry.rows, 'row')} only this copy has (a copy of ${of})`;
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
