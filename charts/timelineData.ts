// Items per month by category, on a continuous month axis that also spans the policy markers
// and the opt-out date, so they always show.

import type { Analysis } from '../shared/analysis/buildAnalysis';
import { POLICY_EVENTS, eventDateLabel, regionById } from '../shared/policy/policyModel';
import { CATEGORY_COLOURS, OTHER_CATEGORY_COLOUR, categorySeriesKey, type CategorySeriesKey } from './palette';
import type { MonthMarker, MonthSeries } from './ItemsPerMonthChart';
import { formatDate, type DateStyle } from '../shared/text/format';

export interface TimelineData {
  readonly months: string[];
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

export function timelineMarkers(optedOut: string | null, style: DateStyle): MonthMarker[] {
  const markers: MonthMarker[] = POLICY_EVENTS.filter((e) => e.marker).map((e) => ({ month: e.date.slice(0, 7), label: eventDateLabel(e, style), kind: 'policy' as const, note: `${e.event} (${e.regions}).` }));
  if (optedOut !== null) markers.push({ month: optedOut.slice(0, 7), label: `You opted out (${formatDate(optedOut, style)})`, kind: 'opt-out', note: 'You switched off "Data for Generative AI Improvement"; nothing after this day counts as exposed.' });
  return markers;
}

export function timelineData(analysis: Analysis, hidden: ReadonlySet<CategorySeriesKey> = new Set()): TimelineData {
  const markers = timelineMarkers(analysis.policy.optedOut, regionById(analysis.policy.region).dateStyle);
  const perSeries = new Map<CategorySeriesKey, Map<string, number>>();
  const allMonths = analysis.categories.flatMap((c) => c.itemsPerMonth.map((m) => m.month)).sort();
  const first = allMonths[0] ?? null;
  const last = allMonths[allMonths.length - 1] ?? null;
  for (const category of analysis.categories) {
    const key = categorySeriesKey(category.id);
    for (const { month, items } of category.itemsPerMonth) {
      if (hidden.has(key)) continue;
      const counts = perSeries.get(key) ?? new Map<string, number>();
      counts.set(month, (counts.get(month) ?? 0) + items);
      perSeries.set(key, counts);
    }
  }
  if (first === null || last === null) return { months: [], series: [], markers, total: 0 };
  const ends = [...markers.map((m) => m.month), analysis.policy.asOf.slice(0, 7)];
  const months = monthsBetween(first, ends.reduce((a, b) => (b > a ? b : a), last));
  const series: MonthSeries[] = [];
  let total = 0;
  for (const category of analysis.categories) {
    const key = categorySeriesKey(category.id);
    const counts = perSeries.get(key);
    if (!counts || series.some((s) => s.key === key)) continue;
    const values = months.map((m) => counts.get(m) ?? 0);
    total += values.reduce((a, b) => a + b, 0);
    series.push({
      key,
      label: key === 'other' ? 'Other categories' : category.label,
      colour: key === 'other' ? OTHER_CATEGORY_COLOUR : CATEGORY_COLOURS[category.id]!,
      values,
    });
  }
  return { months, series, markers, total };
}

/** The series keys present in an analysis, with labels, for the show/hide controls. */
export function seriesChoices(analysis: Analysis): { key: CategorySeriesKey; label: string; colour: string }[] {
  const choices: { key: CategorySeriesKey; label: string; colour: string }[] = [];
  for (const category of analysis.categories) {
    if (category.itemsPerMonth.length === 0) continue;
    const key = categorySeriesKey(category.id);
    if (choices.some((c) => c.key === key)) continue;
    choices.push({ key, label: key === 'other' ? 'Other categories' : category.label, colour: key === 'other' ? OTHER_CATEGORY_COLOUR : CATEGORY_COLOURS[category.id]! });
  }
  return choices;
}
