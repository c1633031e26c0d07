// Runtime: any. The sentences every surface shares (app, Markdown, HTML, PDF), so they agree.

import type { CategoryTrainingStatus } from '../analysis/buildAnalysis';
import { approx, formatCount } from '../text/format';

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
