// Items per month by exposure class (exposed / possibly / not exposed), for the categories the
// member chose, on a continuous month axis that also spans the markers of the member's region
// and the opt-out date, so they always show.

import type { Analysis } from '../shared/analysis/buildAnalysis';
import { POLICY_EVENTS, eventDateLabel, regionById, type CategoryId, type RegionId } from '../shared/policy/policyModel';
import { EXPOSURE_KEYS, EXPOSURE_LABELS } from './exposurePatterns';
import { LIGHT_PALETTE } from './palette';
import type { MonthMarker, MonthSeries } from './ItemsPerMonthChart';
import { formatDate, type DateStyle } from '../shared/text/format';

export interface TimelineData {
  readonly months: string[];
  /** One per exposure class (keys as in EXPOSURE_KEYS), drawn with the classes' patterns. */
  readonly series: MonthSeries[];
  readonly markers: MonthMarker[];
  readonly total: number;
}

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) months.push(m);
  return months;
}

/** The policy dates that changed things in the member's region (policy model data), and the opt-out. */
export function timelineMarkers(region: RegionId, optedOut: string | null, style: DateStyle): MonthMarker[] {
  const markers: MonthMarker[] = POLICY_EVENTS.filter((e) => e.markerFor.includes(region))
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) => ({ month: e.date.slice(0, 7), label: eventDateLabel(e, style), kind: 'policy' as const, note: `${e.event} (${e.regions}).` }));
  if (optedOut !== null) markers.push({ month: optedOut.slice(0, 7), label: `You opted out (${formatDate(optedOut, style)})`, kind: 'opt-out', note: 'You switched off "Data for Generative AI Improvement"; nothing after this day counts as exposed.' });
  return markers;
}

const CLASS_COLOUR = { exposed: LIGHT_PALETTE.exposed, possiblyExposed: LIGHT_PALETTE.possiblyExposed, notExposed: LIGHT_PALETTE.notExposed } as const;

export function timelineData(analysis: Analysis, hidden: ReadonlySet<CategoryId> = new Set()): TimelineData {
  const { region, optedOut, asOf } = analysis.policy;
  const markers = timelineMarkers(region, optedOut, regionById(region).dateStyle);
  const shown = analysis.categories.filter((c) => !hidden.has(c.id));
  const allMonths = shown.flatMap((c) => c.exposurePerMonth.map((m) => m.month)).sort();
  const first = allMonths[0] ?? null;
  const last = allMonths[allMonths.length - 1] ?? null;
  if (first === null || last === null) return { months: [], series: [], markers, total: 0 };
  const ends = [...markers.map((m) => m.month), asOf.slice(0, 7)];
  const months = monthsBetween(first, ends.reduce((a, b) => (b > a ? b : a), last));
  const at = new Map(months.map((m, i) => [m, i]));
  let total = 0;
  const series = EXPOSURE_KEYS.map((key): MonthSeries => {
    const values = new Array<number>(months.length).fill(0);
    for (const category of shown) for (const m of category.exposurePerMonth) values[at.get(m.month)!]! += m[key];
    total += values.reduce((a, b) => a + b, 0);
    return { key, label: EXPOSURE_LABELS[key], colour: CLASS_COLOUR[key], values };
  });
  return { months, series, markers, total };
}

/** The categories with dated items, for the filter. */
export function categoryChoices(analysis: Analysis): { id: CategoryId; label: string; items: number }[] {
  return analysis.categories
    .filter((c) => c.exposurePerMonth.length > 0)
    .map((c) => ({ id: c.id, label: c.label, items: c.exposurePerMonth.reduce((sum, m) => sum + m.exposed + m.possiblyExposed + m.notExposed, 0) }));
}
