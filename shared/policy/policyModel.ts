// Runtime: any (pure data). The policy model: what LinkedIn says it trains on, where, from when,
// and with which sources, all from ../shared/docs/ai-training-policy.md. A policy change is an
// edit to the data files this gathers; nothing outside shared/policy/ says what is used.
//
//   sources.ts        every source, with its address where the reference gives one
//   statements.ts     every sentence about LinkedIn's practice and the member's rights, once
//   trainingRules.ts  per kind of data, per region group and from which date: the status
//   regions.ts        the regions, their training windows, date style and rights
//   categories.ts     the categories files are sorted into (the four of the reporting first)
//   reasons.ts        why an item is only "possibly exposed"
//   events.ts         the timeline
//   optOut.ts         the setting and the objection form

export * from './sources';
export * from './statements';
export * from './trainingRules';
export * from './regions';
export * from './categories';
export * from './reasons';
export * from './regionRules';
export * from './events';
export * from './optOut';

/** The date of the newest policy fact the model encodes. */
export const POLICY_MODEL_DATE = '2025-11-03';

import type { StatementId } from './statements';

/** What the sources say is never used, shown so members see the whole table. */
export const EXCLUSIONS: readonly StatementId[] = ['private-messages', 'account', 'job-applications', 'minors-excluded'];
