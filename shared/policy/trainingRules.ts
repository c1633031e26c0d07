// Runtime: any (pure data). What LinkedIn says about each kind of data, region by region and from
// which date: the status for training content-generating AI (`used` / `unclear` / `not-used`)
// and the statement that says so. The file catalog names each file's kind; nothing else decides
// what is used. A policy change is an edit to these rows.

import type { RegionId } from './regions';
import type { StatementId } from './statements';

export type TrainingStatus = 'used' | 'unclear' | 'not-used';

export type DataKind =
  | 'member-content'
  | 'reposts'
  | 'reactions'
  | 'profile'
  | 'profile-unnamed'
  | 'ai-feature-inputs'
  | 'saved-screening-answers'
  | 'job-applications'
  | 'job-preferences'
  | 'job-postings'
  | 'language-preference'
  | 'login-activity'
  | 'search'
  | 'reviews'
  | 'activity'
  | 'ad-data'
  | 'inferences'
  | 'connections'
  | 'private-messages'
  | 'account'
  | 'payment';

/** The regions of LinkedIn's Nov 2025 notice, and the rest of the world. */
export const REGION_GROUPS = {
  all: ['us', 'eu', 'uk', 'ca', 'hk', 'other'],
  notice: ['eu', 'uk', 'ca', 'hk'],
} as const satisfies Record<string, readonly RegionId[]>;

export type RegionGroupId = keyof typeof REGION_GROUPS;

export interface TrainingRuleRow {
  readonly regions: RegionGroupId;
  /** The first training day the row applies to; null: from the start. */
  readonly from: string | null;
  readonly status: TrainingStatus;
  readonly statement: StatementId;
  /** A further statement shown with it (what the setting does not cover). */
  readonly note?: StatementId;
}

export interface DataKindInfo {
  /** What it is, in a sentence's middle ("your profile"). */
  readonly label: string;
  /** First matching row wins: the most specific (region, date) first. */
  readonly rules: readonly TrainingRuleRow[];
}

/** The day the Nov 2025 notice took effect in its regions. */
export const NOTICE_DATE = '2025-11-03';

const always = (status: TrainingStatus, statement: StatementId, note?: StatementId): readonly TrainingRuleRow[] => [
  { regions: 'all', from: null, status, statement, ...(note ? { note } : {}) },
];

export const DATA_KINDS: Readonly<Record<DataKind, DataKindInfo>> = {
  'member-content': { label: 'posts, articles, comments and poll responses', rules: always('used', 'member-content') },
  reposts: { label: 'reposts without text of your own', rules: always('unclear', 'reposts') },
  reactions: { label: 'reactions', rules: always('unclear', 'reactions') },
  profile: { label: 'your profile', rules: always('used', 'profile') },
  'profile-unnamed': { label: 'projects, honours, causes, courses, organisations and hashtags on your profile', rules: always('unclear', 'profile-unnamed') },
  'ai-feature-inputs': { label: 'what you typed into its AI features', rules: always('used', 'ai-feature-inputs') },
  'saved-screening-answers': {
    label: 'screening answers and resumes you saved',
    rules: [
      { regions: 'notice', from: NOTICE_DATE, status: 'used', statement: 'saved-answers-notice' },
      { regions: 'all', from: null, status: 'unclear', statement: 'saved-answers-undated' },
    ],
  },
  'job-applications': { label: 'job applications', rules: always('not-used', 'job-applications') },
  'job-preferences': { label: 'job-seeker preferences and saved jobs', rules: always('not-used', 'not-named') },
  'job-postings': { label: 'jobs you posted', rules: always('not-used', 'job-postings') },
  'language-preference': {
    label: 'your language preference',
    rules: [
      { regions: 'notice', from: NOTICE_DATE, status: 'not-used', statement: 'notice-other-rows', note: 'other-ai' },
      { regions: 'all', from: null, status: 'unclear', statement: 'language-2024' },
    ],
  },
  'login-activity': {
    label: 'how often you log in',
    rules: [
      { regions: 'notice', from: NOTICE_DATE, status: 'not-used', statement: 'notice-other-rows', note: 'other-ai' },
      { regions: 'all', from: null, status: 'unclear', statement: 'logins-2024' },
    ],
  },
  search: { label: 'searches', rules: always('unclear', 'search') },
  reviews: { label: 'reviews you wrote', rules: always('unclear', 'reviews') },
  activity: { label: 'activity', rules: always('not-used', 'not-in-training-list') },
  'ad-data': { label: 'ad data', rules: always('not-used', 'not-in-training-list') },
  inferences: { label: 'inferences about you', rules: always('not-used', 'not-in-training-list') },
  connections: { label: 'your network', rules: always('not-used', 'not-in-training-list') },
  'private-messages': { label: 'private messages', rules: always('not-used', 'private-messages') },
  account: { label: 'account data', rules: always('not-used', 'account') },
  payment: { label: 'payment data', rules: always('not-used', 'account') },
};

export const DATA_KIND_IDS = Object.keys(DATA_KINDS) as DataKind[];

/** Whether any region, on any day, may train on this kind (`used` or `unclear`): what a verdict can count. */
export function mayBeTrainedOn(kind: DataKind): boolean {
  return DATA_KINDS[kind].rules.some((row) => row.status !== 'not-used');
}

export function inRegionGroup(group: RegionGroupId, region: RegionId): boolean {
  return (REGION_GROUPS[group] as readonly RegionId[]).includes(region);
}

/** The rule for a kind of data in a region on a training day (ISO). */
export function ruleOn(kind: DataKind, region: RegionId, day: string): TrainingRuleRow {
  const row = DATA_KINDS[kind].rules.find((r) => inRegionGroup(r.regions, region) && (r.from === null || day >= r.from));
  if (!row) throw new Error(`No training rule for ${kind} in ${region} on ${day}`);
  return row;
}

export interface RuleSpan {
  /** First training day (ISO) the row applies to; null: from the start. */
  readonly start: string | null;
  /** Exclusive; null: open. */
  readonly end: string | null;
  readonly row: TrainingRuleRow;
}

/** A kind's rows for a region in date order, each from the day it applies until the next. */
export function ruleSpans(kind: DataKind, region: RegionId): readonly RuleSpan[] {
  const starts = DATA_KINDS[kind].rules.filter((r) => inRegionGroup(r.regions, region)).map((r) => r.from);
  const days = [...new Set(starts.map((from) => from ?? ''))].sort();
  const spans: RuleSpan[] = [];
  for (const [i, day] of days.entries()) {
    const row = ruleOn(kind, region, day === '' ? '0000-01-01' : day);
    const end = days[i + 1] ?? null;
    const last = spans[spans.length - 1];
    if (last && last.row === row) spans[spans.length - 1] = { ...last, end };
    else spans.push({ start: day === '' ? null : day, end, row });
  }
  return spans;
}
