// The timeline: items per month by category, the two policy markers and the opt-out marker.

import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { ExportScan } from '../../shared/scan/scanTypes';
import { formatCount } from '../../shared/text/format';
import { timelineData } from '../../charts/timelineData';
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
    expect(screen.getByTestId('timeline-chart').querySelectorAll('.recharts-reference-line').length).toBe(2);
  });

  test('the policy dates are marked in the region\'s form, and the opt-out date once entered', () => {
    renderView(result, 'timeline');
    const figure = screen.getByTestId('timeline-chart');
    expect(figure.textContent).toContain('Sep 18, 2024');
    expect(figure.textContent).toContain('Nov 3, 2025');
    fireEvent.change(screen.getByTestId('region-select'), { target: { value: 'eu' } });
    expect(screen.getByTestId('timeline-chart').textContent).toContain('18 Sep 2024');
    fireEvent.change(screen.getByTestId('optout-choice'), { target: { value: 'date' } });
    fireEvent.change(screen.getByTestId('optout-input'), { target: { value: '2025-02-14' } });
    expect(screen.getByTestId('timeline-chart').textContent).toContain('You opted out (14 Feb 2025)');
    expect(screen.getByTestId('timeline-chart').querySelectorAll('.recharts-reference-line').length).toBe(3);
  });

  test('a category can be hidden from the chart and its table', () => {
    renderView(result, 'timeline');
    const header = () => within(screen.getByTestId('timeline-table')).getAllByRole('columnheader').map((h) => h.textContent);
    expect(header()).toContain('Login activity');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Login activity' }));
    expect(header()).not.toContain('Login activity');
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
