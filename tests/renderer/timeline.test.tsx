// The timeline: items per month by exposure class, the categories as a filter, the policy
// markers of the member's region only, and the opt-out marker.

import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { ExportScan } from '../../shared/scan/scanTypes';
import { formatCount } from '../../shared/text/format';
import { timelineData, timelineMarkers } from '../../charts/timelineData';
import { POLICY_EVENTS, REGIONS } from '../../shared/policy/policyModel';
import { analysisOf, generatedScan, renderView } from './fixtures';

let result: ExportScan;
beforeAll(async () => {
  result = await generatedScan(2026);
});
afterEach(cleanup);

describe('timeline', () => {
  test('the table holds every dated item, month by month', () => {
    renderView(result, 'timeline');
    const analysis = analysisOf(result);
    const dated = analysis.categories.reduce((sum, c) => sum + c.itemsPerMonth.reduce((s, m) => s + m.items, 0), 0);
    const rows = within(screen.getByTestId('timeline-table')).getAllByRole('row').slice(1);
    const total = rows.reduce((sum, row) => sum + Number(row.lastElementChild!.textContent!.replace(/,/g, '')), 0);
    expect(total).toBe(dated);
    expect(screen.getByTestId('timeline-chart').textContent).toContain(`${formatCount(dated)} dated items`);
    expect(screen.getByTestId('timeline-chart').querySelectorAll('.recharts-reference-line').length).toBe(1);
  });

  test('only the policy dates of the member\'s region are marked, in its form, and the opt-out date once entered', () => {
    renderView(result, 'timeline');
    const figure = () => screen.getByTestId('timeline-chart');
    expect(figure().textContent).toContain('Sep 18, 2024');
    expect(figure().textContent).not.toContain('Nov 3, 2025');
    fireEvent.change(screen.getByTestId('region-select'), { target: { value: 'eu' } });
    expect(figure().textContent).toContain('3 Nov 2025');
    expect(figure().textContent).not.toContain('18 Sep 2024');
    fireEvent.change(screen.getByTestId('optout-choice'), { target: { value: 'date' } });
    fireEvent.change(screen.getByTestId('optout-input'), { target: { value: '2025-02-14' } });
    expect(figure().textContent).toContain('You opted out (14 Feb 2025)');
    expect(figure().querySelectorAll('.recharts-reference-line').length).toBe(2);
    // The legend is inside the chart's SVG, so a report that takes the SVG alone has it too.
    const legend = figure().querySelector('svg .svg-legend')!.textContent;
    for (const text of ['Exposed', 'Possibly exposed', 'Not exposed', 'Your opt-out']) expect(legend).toContain(text);
  });

  test('bars are by exposure class and add up to the analysis\'s dated items of each class', () => {
    const analysis = analysisOf(result);
    const data = timelineData(analysis);
    expect(data.series.map((s) => s.key)).toEqual(['exposed', 'possiblyExposed', 'notExposed']);
    for (const category of analysis.categories) {
      const months = category.exposurePerMonth.reduce((sum, m) => sum + m.exposed + m.possiblyExposed + m.notExposed, 0);
      expect(months).toBe(category.itemsPerMonth.reduce((sum, m) => sum + m.items, 0));
    }
    // Posts created long before training are exposed once a window counts them (US, not opted out).
    const sum = (key: string) => data.series.find((s) => s.key === key)!.values.reduce((a, b) => a + b, 0);
    expect(sum('exposed')).toBeGreaterThan(0);
    expect(sum('exposed') + sum('possiblyExposed') + sum('notExposed')).toBe(data.total);
  });

  test('a category can be filtered out of the chart and its table', () => {
    renderView(result, 'timeline');
    const total = () => within(screen.getByTestId('timeline-table')).getAllByRole('row').slice(1).reduce((sum, row) => sum + Number(row.lastElementChild!.textContent!.replace(/,/g, '')), 0);
    const before = total();
    const logins = analysisOf(result).categories.find((c) => c.id === 'logins')!.itemsPerMonth.reduce((sum, m) => sum + m.items, 0);
    expect(logins).toBeGreaterThan(0);
    fireEvent.click(screen.getByTestId('timeline-category-logins'));
    expect(total()).toBe(before - logins);
  });

  test('each region\'s markers are the edges of its training windows: every stated edge, nothing from another region', () => {
    for (const region of REGIONS) {
      const marked = POLICY_EVENTS.filter((e) => e.markerFor.includes(region.id)).map((e) => e.date);
      const edges = new Set(region.windows.flatMap((w) => [w.start, ...(w.end ? [w.end] : [])]));
      const stated = region.windows.filter((w) => w.certainty === 'stated').flatMap((w) => [w.start, ...(w.end ? [w.end] : [])]);
      for (const date of marked) expect(edges.has(date), `${region.id}: ${date}`).toBe(true);
      for (const date of stated) expect(marked, `${region.id}: ${date}`).toContain(date);
      expect(timelineMarkers(region.id, null, region.dateStyle).map((m) => m.month)).toEqual([...marked].sort().map((d) => d.slice(0, 7)));
    }
  });

  test('the month axis spans the data and both markers without gaps', () => {
    const data = timelineData(analysisOf(result));
    expect(data.months).toContain('2024-09');
    expect(data.months).toContain('2025-11');
    for (let i = 1; i < data.months.length; i++) expect(data.months[i]! > data.months[i - 1]!).toBe(true);
    const [y0, m0] = data.months[0]!.split('-').map(Number);
    const [y1, m1] = data.months[data.months.length - 1]!.split('-').map(Number);
    expect(data.months.length).toBe((y1! - y0!) * 12 + (m1! - m0!) + 1);
  });
});
