// Runtime: any. The exposure rule. An item is exposed when its file is used for training, it
// existed before the opt-out date, and its region had a stated training window open at some time
// between the item's date and the opt-out date. Items of `unclear` files, or inside only an
// unconfirmed window, are "possibly exposed". Undated items count as existing throughout.

import type { TrainingRule, TrainingStatus } from '../catalog/fileCatalog';
import { regionById, type RegionId, type TrainingWindow } from '../policy/policyModel';
import { dayFromIso } from '../text/dates';

export type ExposureClass = 'exposed' | 'possibly-exposed' | 'not-exposed';

/** What the member tells the app: their region and the day they opted out. */
export interface PolicySettings {
  readonly region: RegionId;
  /** ISO day the member switched the setting off; null while still opted in. */
  readonly optedOut: string | null;
}

export interface PolicyInputs extends PolicySettings {
  /** ISO day of the analysis: the end of the count for members still opted in. */
  readonly asOf: string;
}

interface DaySpan {
  readonly start: number;
  readonly end: number;
}

interface WindowSpan extends DaySpan {
  readonly stated: boolean;
}

interface StatusSpan extends DaySpan {
  readonly status: TrainingStatus;
}

/** The policy inputs as day numbers, computed once per recomputation. */
export interface ExposureFrame {
  readonly windows: readonly WindowSpan[];
  /** Exclusive: the opt-out day, or the day after the analysis. */
  readonly endDay: number;
}

export function exposureFrame(policy: PolicyInputs): ExposureFrame {
  const windows = regionById(policy.region).windows.map((w: TrainingWindow) => ({
    start: dayFromIso(w.start),
    end: w.end === null ? Infinity : dayFromIso(w.end),
    stated: w.certainty === 'stated',
  }));
  const endDay = policy.optedOut !== null ? dayFromIso(policy.optedOut) : dayFromIso(policy.asOf) + 1;
  return { windows, endDay };
}

function statusSpans(rule: TrainingRule): StatusSpan[] {
  if (!rule.before) return [{ start: -Infinity, end: Infinity, status: rule.status }];
  const change = dayFromIso(rule.before.date);
  return [
    { start: -Infinity, end: change, status: rule.before.status },
    { start: change, end: Infinity, status: rule.status },
  ];
}

/** Classifies items created on `day` (null: undated, existing throughout). */
export function classifyDay(day: number | null, rule: TrainingRule, frame: ExposureFrame): ExposureClass {
  const from = day ?? -Infinity;
  if (from >= frame.endDay) return 'not-exposed';
  let result: ExposureClass = 'not-exposed';
  for (const trainingWindow of frame.windows) {
    const start = Math.max(from, trainingWindow.start);
    const end = Math.min(frame.endDay, trainingWindow.end);
    if (start >= end) continue;
    for (const span of statusSpans(rule)) {
      if (Math.max(start, span.start) >= Math.min(end, span.end)) continue;
      if (span.status === 'used' && trainingWindow.stated) return 'exposed';
      if (span.status !== 'not-used') result = 'possibly-exposed';
    }
  }
  return result;
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
}

export function emptyExposure(): ExposureCounts {
  return { exposed: 0, possiblyExposed: 0, notExposed: 0, exposedWords: 0, possiblyExposedWords: 0, exposedChars: 0, possiblyExposedChars: 0 };
}

export function addExposure(into: ExposureCounts, cls: ExposureClass, items: number, words: number, chars: number): void {
  if (cls === 'exposed') {
    into.exposed += items;
    into.exposedWords += words;
    into.exposedChars += chars;
  } else if (cls === 'possibly-exposed') {
    into.possiblyExposed += items;
    into.possiblyExposedWords += words;
    into.possiblyExposedChars += chars;
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
}
