// Runtime: any. The words every surface shares (app, Markdown, HTML, PDF, CSV), so they agree:
// one vocabulary (exposed / possibly exposed / not exposed, "items"), statuses, dates.

import type { CategoryTrainingStatus } from '../analysis/buildAnalysis';
import { POSSIBLE_REASON_INFO, regionById, type PossibleReason, type RegionId, type TrainingWindow } from '../policy/policyModel';
import { approx, formatCount, formatDate, formatMonth, type DateStyle } from '../text/format';

export { approx, formatCount };

export const TRAINING_STATUS_LABELS: Readonly<Record<CategoryTrainingStatus, string>> = {
  used: 'Used for training',
  unclear: 'Unclear',
  'not-used': 'Not used for training',
  mixed: 'Partly used',
};

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
