// Runtime: any. The training rules that matter in one region: those whose dates meet one of the
// region's training windows (the EU's 2024 "unclear" rows never applied there: no window was
// open). Pure functions of the policy data.

import { regionById, type RegionId, type TrainingWindow } from './regions';
import { ruleSpans, type DataKind, type RuleSpan, type TrainingStatus } from './trainingRules';

function meets(span: RuleSpan, window: TrainingWindow): boolean {
  const spanStart = span.start ?? '';
  const spanEnd = span.end ?? '\uffff';
  const windowEnd = window.end ?? '\uffff';
  return spanStart < windowEnd && window.start < spanEnd;
}

const cache = new Map<string, readonly RuleSpan[]>();

/** A kind's rules in date order, only those that applied while training was on in the region. */
export function rulesInRegion(kind: DataKind, region: RegionId): readonly RuleSpan[] {
  // The policy data never changes while the app runs: each answer is worked out once.
  const key = `${kind} ${region}`;
  let rules = cache.get(key);
  if (rules === undefined) {
    const { windows } = regionById(region);
    rules = ruleSpans(kind, region).filter((span) => windows.some((w) => meets(span, w)));
    cache.set(key, rules);
  }
  return rules;
}

const STRENGTH: Readonly<Record<TrainingStatus, number>> = { 'not-used': 0, unclear: 1, used: 2 };

/**
 * What a kind of data is in a region, whatever the member's dates: `used` if LinkedIn says it
 * trained on it there at some time, else `unclear` if the sources leave it open at some time.
 */
export function statusInRegion(kind: DataKind, region: RegionId): TrainingStatus {
  let status: TrainingStatus = 'not-used';
  for (const span of rulesInRegion(kind, region)) if (STRENGTH[span.row.status] > STRENGTH[status]) status = span.row.status;
  return status;
}
