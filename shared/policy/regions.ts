// Runtime: any (pure data). The regions a member can choose, and for each the spans in which
// LinkedIn could have trained content-generating AI on its members' data, as the sources date
// them. Dates are ISO calendar days (UTC); window ends are exclusive.

import type { DateStyle } from '../text/format';
import type { StatementId } from './statements';

export type RegionId = 'us' | 'eu' | 'uk' | 'ca' | 'hk' | 'other';

/**
 * A span in which a region's members' data could have been used. Items that existed on the
 * account at some time inside it, before the opt-out, are in scope: training used what was there.
 */
export interface TrainingWindow {
  readonly start: string;
  /** `month`: the sources give only the month (the day is unknown; `start` is its first day). */
  readonly startPrecision?: 'month';
  /** Exclusive; null while the window is still open. */
  readonly end: string | null;
  /** `stated` rests on a policy or regulator text; `unconfirmed` on reports only ("possibly"). */
  readonly certainty: 'stated' | 'unconfirmed';
  /**
   * The start is stated, the day training stopped is not: `end` is the latest it can be, so
   * only the first day is certain and the rest is possibly inside (Canada, 2024).
   */
  readonly endUnstated?: true;
  /**
   * Items created before `start`: `in-scope` (they were on the account), or `cutoff-unknown`
   * (LinkedIn draws on a reduced past period whose cut-off is not published: possibly).
   */
  readonly pastItems: 'in-scope' | 'cutoff-unknown';
  readonly statement: StatementId;
}

/** The member's rights the letters draw on: which law, or only the opt-out steps. */
export type RegionRights = 'gdpr' | 'uk-gdpr' | 'pipeda' | 'steps';

export interface Region {
  readonly id: RegionId;
  readonly label: string;
  /** For the middle of a sentence: "in the EU, EEA or Switzerland". */
  readonly where: string;
  readonly windows: readonly TrainingWindow[];
  /** Further statements for this region. */
  readonly notes: readonly StatementId[];
  readonly rights: RegionRights;
  /** Members here can object under GDPR Article 21(1) (EU/EEA, Switzerland, UK). */
  readonly gdprObjection: boolean;
  /** How dates are written for members here ("3 Nov 2025" or "Nov 3, 2025"). */
  readonly dateStyle: DateStyle;
}

const REPORTED_AUG_2024: TrainingWindow = { start: '2024-08-01', startPrecision: 'month', end: '2024-09-18', certainty: 'unconfirmed', pastItems: 'in-scope', statement: 'window-reported-aug-2024' };
const FROM_18_SEP_2024: TrainingWindow = { start: '2024-09-18', end: null, certainty: 'stated', pastItems: 'in-scope', statement: 'window-sep-2024' };
const FROM_3_NOV_2025: TrainingWindow = { start: '2025-11-03', end: null, certainty: 'stated', pastItems: 'in-scope', statement: 'window-nov-2025' };

function region(fields: Omit<Region, 'gdprObjection'>): Region {
  return { ...fields, gdprObjection: fields.rights === 'gdpr' || fields.rights === 'uk-gdpr' };
}

export const REGIONS: readonly Region[] = [
  region({
    id: 'us',
    label: 'United States',
    where: 'in the United States',
    windows: [REPORTED_AUG_2024, FROM_18_SEP_2024],
    notes: ['us-microsoft-ads', 'ads-sharing'],
    rights: 'steps',
    dateStyle: 'month-day-year',
  }),
  region({
    id: 'eu',
    label: 'EU, EEA or Switzerland',
    where: 'in the EU, EEA or Switzerland',
    windows: [{ ...FROM_3_NOV_2025, pastItems: 'cutoff-unknown' }],
    notes: ['eu-past-cutoff'],
    rights: 'gdpr',
    dateStyle: 'day-month-year',
  }),
  region({
    id: 'uk',
    label: 'United Kingdom',
    where: 'in the United Kingdom',
    windows: [{ start: '2024-08-01', startPrecision: 'month', end: '2024-09-20', certainty: 'unconfirmed', pastItems: 'in-scope', statement: 'window-uk-2024' }, FROM_3_NOV_2025],
    notes: ['uk-microsoft'],
    rights: 'uk-gdpr',
    dateStyle: 'day-month-year',
  }),
  region({
    id: 'ca',
    label: 'Canada',
    where: 'in Canada',
    windows: [
      REPORTED_AUG_2024,
      { start: '2024-09-18', end: '2024-12-10', endUnstated: true, certainty: 'stated', pastItems: 'in-scope', statement: 'window-ca-2024' },
      FROM_3_NOV_2025,
    ],
    notes: [],
    rights: 'pipeda',
    dateStyle: 'month-day-year',
  }),
  region({
    id: 'hk',
    label: 'Hong Kong',
    where: 'in Hong Kong',
    windows: [
      REPORTED_AUG_2024,
      { start: '2024-09-18', end: '2024-10-11', certainty: 'stated', pastItems: 'in-scope', statement: 'window-hk-2024' },
      FROM_3_NOV_2025,
    ],
    notes: [],
    rights: 'steps',
    dateStyle: 'day-month-year',
  }),
  region({
    id: 'other',
    label: 'Another region',
    where: 'in your region',
    windows: [REPORTED_AUG_2024, FROM_18_SEP_2024],
    notes: ['us-microsoft-ads', 'ads-sharing'],
    rights: 'steps',
    dateStyle: 'day-month-year',
  }),
];

export const REGION_IDS: readonly RegionId[] = REGIONS.map((r) => r.id);

export function regionById(id: RegionId): Region {
  const found = REGIONS.find((r) => r.id === id);
  if (!found) throw new Error(`Unknown region ${id}`);
  return found;
}
