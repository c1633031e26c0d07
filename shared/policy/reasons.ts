// Runtime: any (pure data). Why an item is only "possibly exposed": one reason per item, the
// first that applies in this order, so the reasons' counts add up to the possibly exposed items.

import type { StatementId } from './statements';

export const POSSIBLE_REASONS = ['unclear-category', 'eu-cutoff-unknown', 'unconfirmed-period', 'undated'] as const;

export type PossibleReason = (typeof POSSIBLE_REASONS)[number];

export interface PossibleReasonInfo {
  /** Short, for table columns and lists. */
  readonly label: string;
  /** Why, as it follows "because" ("they were created before…"). */
  readonly explanation: string;
  /** The statement, with its sources, behind the explanation. */
  readonly statement?: StatementId;
}

export const POSSIBLE_REASON_INFO: Readonly<Record<PossibleReason, PossibleReasonInfo>> = {
  'unclear-category': {
    label: 'unclear category',
    explanation: 'the sources do not say whether LinkedIn trains on their kind of data',
  },
  'eu-cutoff-unknown': {
    label: 'unknown EU cut-off',
    explanation: 'they were created before 3 Nov 2025, and LinkedIn has not published how far back it draws past EU data',
    statement: 'eu-past-cutoff',
  },
  'unconfirmed-period': {
    label: 'unconfirmed period',
    explanation: 'they were on your account only while training was reported or possible, not confirmed',
  },
  undated: {
    label: 'undated',
    explanation: 'they have no date, or only a date about the real world (such as when a job started), so the app cannot tell whether they were on your account in time',
  },
};
