// Runtime: any. The exposure rule, on day numbers (the analysis works on day histograms, never on
// rows). An item created on day d is on the account from d on. It is
//   exposed           when, in a stated part of one of the region's training windows, before the
//                     opt-out and after the member turned 18, it was on the account and its kind
//                     of data was `used` (and, where past data has an unpublished cut-off, it was
//                     created inside the window);
//   possibly exposed  when it falls short of that only for a reason the sources leave open: its
//                     kind is `unclear`, the period is only reported (or the end day unstated),
//                     the EU's past-data cut-off is unknown, or it has no date that settles it;
//   not exposed       otherwise.
// An undated item existed by the day the export was made: classified as created then and as
// created before everything, it is what both say when they agree, else possibly ("undated").

import {
  DATA_KIND_IDS,
  POSSIBLE_REASONS,
  regionById,
  ruleSpans,
  type DataKind,
  type PossibleReason,
  type RegionId,
  type TrainingStatus,
  type TrainingWindow,
} from '../policy/policyModel';
import { dayFromIso } from '../text/dates';

/** What the member tells the app: region, the day they opted out, the day they turned 18. */
export interface PolicySettings {
  readonly region: RegionId;
  /** ISO day the member switched the setting off; null while still opted in. */
  readonly optedOut: string | null;
  /** ISO day the member turned 18: training before it is not counted. Null: an adult throughout. */
  readonly adultFrom: string | null;
}

export interface PolicyInputs extends PolicySettings {
  /** ISO day of the analysis: the end of the count for members still opted in. */
  readonly asOf: string;
}

export type ExposureClass = 'exposed' | 'possibly-exposed' | 'not-exposed';

export type ItemExposure =
  | { readonly cls: 'exposed' }
  | { readonly cls: 'not-exposed' }
  | { readonly cls: 'possibly-exposed'; readonly reason: PossibleReason };

const EXPOSED: ItemExposure = Object.freeze({ cls: 'exposed' });
const NOT_EXPOSED: ItemExposure = Object.freeze({ cls: 'not-exposed' });
const POSSIBLY = Object.fromEntries(POSSIBLE_REASONS.map((reason) => [reason, Object.freeze({ cls: 'possibly-exposed', reason })])) as Record<
  PossibleReason,
  ItemExposure
>;

const REASON_BIT = Object.fromEntries(POSSIBLE_REASONS.map((reason, i) => [reason, 1 << i])) as Record<PossibleReason, number>;

interface WindowSpan {
  /** Clipped to the member's 18th birthday and opt-out: the days training counts. */
  readonly start: number;
  readonly end: number;
  /** Items on the account before this day, inside the window, are certainly in it. */
  readonly certainEnd: number;
  /** Items created before this day are only possibly in scope (unpublished past cut-off). */
  readonly cutoff: number;
}

interface KindSpan {
  readonly start: number;
  readonly end: number;
  readonly status: TrainingStatus;
}

/** The policy inputs as day numbers, computed once per settings change. */
export interface ExposureFrame {
  readonly windows: readonly WindowSpan[];
  /** Exclusive: the opt-out day, or the day after the analysis. */
  readonly endDay: number;
  /** The day the export was made: every item in it existed by then. */
  readonly existedBy: number;
  readonly kinds: Readonly<Record<DataKind, readonly KindSpan[]>>;
}

const day = (iso: string | null, open: number): number => (iso === null ? open : dayFromIso(iso));

/** The region's training windows as day numbers, clipped to the member's 18th birthday and opt-out. */
function countedWindows(policy: PolicyInputs, endDay: number): (WindowSpan & { readonly window: TrainingWindow })[] {
  const adultFrom = day(policy.adultFrom, -Infinity);
  const windows: (WindowSpan & { readonly window: TrainingWindow })[] = [];
  for (const w of regionById(policy.region).windows) {
    const windowStart = dayFromIso(w.start);
    const start = Math.max(windowStart, adultFrom);
    const end = Math.min(day(w.end, Infinity), endDay);
    if (start >= end) continue;
    const certainEnd = w.certainty === 'unconfirmed' ? start : w.endUnstated ? Math.min(end, windowStart + 1) : end;
    windows.push({ start, end, certainEnd, cutoff: w.pastItems === 'cutoff-unknown' ? windowStart : -Infinity, window: w });
  }
  return windows;
}

/** The region's windows in which some training day counts for these settings (the sources of "exposed"). */
export function windowsCounted(policy: PolicyInputs): readonly TrainingWindow[] {
  return countedWindows(policy, endDayOf(policy)).map((w) => w.window);
}

function endDayOf(policy: PolicyInputs): number {
  return policy.optedOut !== null ? dayFromIso(policy.optedOut) : dayFromIso(policy.asOf) + 1;
}

/** Whether any training day counts for these settings: false when the opt-out (or turning 18) rules everything out. */
export function anyTrainingCounted(policy: PolicyInputs): boolean {
  return countedWindows(policy, endDayOf(policy)).length > 0;
}

/** `existedBy`: the export's date (ISO), or the analysis day when the export's is unknown. */
export function exposureFrame(policy: PolicyInputs, existedBy: string): ExposureFrame {
  const endDay = endDayOf(policy);
  const kinds = Object.fromEntries(
    DATA_KIND_IDS.map((kind) => [kind, ruleSpans(kind, policy.region).map((s) => ({ start: day(s.start, -Infinity), end: day(s.end, Infinity), status: s.row.status }))]),
  ) as Record<DataKind, KindSpan[]>;
  return { windows: countedWindows(policy, endDay), endDay, existedBy: dayFromIso(existedBy), kinds };
}

function classifyCreated(created: number, spans: readonly KindSpan[], frame: ExposureFrame): ItemExposure {
  let reasons = 0;
  for (const w of frame.windows) {
    const from = Math.max(created, w.start);
    if (from >= w.end) continue;
    for (const span of spans) {
      const a = Math.max(from, span.start);
      if (a >= Math.min(w.end, span.end) || span.status === 'not-used') continue;
      if (span.status === 'unclear') reasons |= REASON_BIT['unclear-category'];
      else if (a >= w.certainEnd) reasons |= REASON_BIT['unconfirmed-period'];
      else if (created < w.cutoff) reasons |= REASON_BIT['eu-cutoff-unknown'];
      else return EXPOSED;
    }
  }
  if (reasons === 0) return NOT_EXPOSED;
  // The first reason in POSSIBLE_REASONS' order: the lowest bit set.
  return POSSIBLY[POSSIBLE_REASONS[Math.log2(reasons & -reasons)]!];
}

/** Classifies an item of `kind` created on `created` (a day number), or undated (null). */
export function classifyItem(created: number | null, kind: DataKind, frame: ExposureFrame): ItemExposure {
  const spans = frame.kinds[kind];
  if (created !== null) return classifyCreated(created, spans, frame);
  const late = classifyCreated(frame.existedBy, spans, frame);
  const early = classifyCreated(-Infinity, spans, frame);
  return late === early ? late : POSSIBLY.undated;
}

/**
 * The classification of a kind's items by creation day, as a step function: it changes only
 * at the frame's and the kind's boundaries, so it is worked out once per stretch between them
 * and each day bucket is a binary search away (an analysis runs on every settings change).
 */
export function dayClassifier(kind: DataKind, frame: ExposureFrame): (created: number) => ItemExposure {
  const spans = frame.kinds[kind];
  const edges = new Set<number>([frame.endDay]);
  for (const w of frame.windows) for (const edge of [w.start, w.end, w.certainEnd, w.cutoff]) edges.add(edge);
  for (const span of spans) for (const edge of [span.start, span.end]) edges.add(edge);
  const bounds = [...edges].filter(Number.isFinite).sort((a, b) => a - b);
  // results[i] holds for days in [bounds[i - 1], bounds[i]); results[0] for every day before bounds[0].
  const results = [classifyCreated(-Infinity, spans, frame), ...bounds.map((b) => classifyCreated(b, spans, frame))];
  return (created) => {
    let lo = 0;
    let hi = bounds.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (bounds[mid]! <= created) lo = mid + 1;
      else hi = mid;
    }
    return results[lo]!;
  };
}

export interface ExposureCounts {
  exposed: number;
  possiblyExposed: number;
  notExposed: number;
  /** Words and characters of the member's own text in exposed and possibly exposed items. */
  exposedWords: number;
  possiblyExposedWords: number;
  exposedChars: number;
  possiblyExposedChars: number;
  /** Possibly exposed items by their reason; they add up to `possiblyExposed`. */
  possiblyExposedByReason: Record<PossibleReason, number>;
}

export function emptyExposure(): ExposureCounts {
  return {
    exposed: 0,
    possiblyExposed: 0,
    notExposed: 0,
    exposedWords: 0,
    possiblyExposedWords: 0,
    exposedChars: 0,
    possiblyExposedChars: 0,
    possiblyExposedByReason: Object.fromEntries(POSSIBLE_REASONS.map((r) => [r, 0])) as Record<PossibleReason, number>,
  };
}

export function addExposure(into: ExposureCounts, result: ItemExposure, items: number, words: number, chars: number): void {
  if (result.cls === 'exposed') {
    into.exposed += items;
    into.exposedWords += words;
    into.exposedChars += chars;
  } else if (result.cls === 'possibly-exposed') {
    into.possiblyExposed += items;
    into.possiblyExposedWords += words;
    into.possiblyExposedChars += chars;
    into.possiblyExposedByReason[result.reason] += items;
  } else {
    into.notExposed += items;
  }
}

export function sumExposure(into: ExposureCounts, other: ExposureCounts): void {
  into.exposed += other.exposed;
  into.possiblyExposed += other.possiblyExposed;
  into.notExposed += other.notExposed;
  into.exposedWords += other.exposedWords;
  into.possiblyExposedWords += other.possiblyExposedWords;
  into.exposedChars += other.exposedChars;
  into.possiblyExposedChars += other.possiblyExposedChars;
  for (const reason of POSSIBLE_REASONS) into.possiblyExposedByReason[reason] += other.possiblyExposedByReason[reason];
}
