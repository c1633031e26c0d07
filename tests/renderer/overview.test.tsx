// The overview's figures are the analysis's: the headline, the four named categories, the
// chart's table; a change of region or opt-out date recomputes them at once.

import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { headline, possiblyLine } from '../../shared/report/wording';
import type { ExportScan } from '../../shared/scan/scanTypes';
import { headlineFigures } from '../../renderer/overview/headlineFigures';
import { formatCount } from '../../shared/text/format';
import { analysisOf, generatedScan, renderView } from './fixtures';

let result: ExportScan;
beforeAll(async () => {
  result = await generatedScan(2026);
});
afterEach(cleanup);

describe('overview', () => {
  test('the headline states the analysis totals in the shared wording', () => {
    renderView(result, 'overview');
    const analysis = analysisOf(result);
    const figures = headlineFigures(analysis);
    expect(figures.items).toBe(analysis.totals.items);
    expect(figures.exposed).toBe(analysis.totals.exposure.exposed);
    expect(screen.getByTestId('headline').textContent).toBe(headline(figures));
    expect(screen.getByTestId('possibly-line').textContent).toBe(possiblyLine(figures));
    expect(screen.getByTestId('headline').textContent).toContain(`${formatCount(analysis.totals.exposure.exposed)} of your ${formatCount(analysis.totals.items)} records`);
  });

  test('the four categories the reporting names come first, with their item counts', () => {
    renderView(result, 'overview');
    const analysis = analysisOf(result);
    for (const id of ['posts', 'language', 'logins', 'responses'] as const) {
      const card = screen.getByTestId(`card-${id}`);
      const category = analysis.categories.find((c) => c.id === id)!;
      expect(within(card).getByTestId('card-items').textContent).toBe(formatCount(category.items));
      expect(card.textContent).toContain(category.label);
    }
  });

  test('the chart has an SVG, a text summary and a table with every category', () => {
    renderView(result, 'overview');
    const analysis = analysisOf(result);
    const figure = screen.getByTestId('overview-chart');
    expect(figure.tagName).toBe('FIGURE');
    expect(figure.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(figure.getAttribute('aria-describedby')!)!.textContent).toContain(headline(headlineFigures(analysis)));
    expect(figure.querySelector('svg.recharts-surface')).not.toBeNull();
    const rows = within(screen.getByTestId('overview-table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(analysis.categories.length);
    const posts = analysis.categories.find((c) => c.id === 'posts')!;
    const postsRow = rows.find((r) => r.textContent!.startsWith(posts.label))!;
    expect(within(postsRow).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'Used for training',
      formatCount(posts.items),
      formatCount(posts.exposure.exposed),
      formatCount(posts.exposure.possiblyExposed),
      formatCount(posts.exposure.notExposed),
      formatCount(posts.exposure.exposedWords),
    ]);
  });

  test('changing the region recomputes the headline without re-reading', () => {
    // Opted out mid-2025: the US window was open before, the EU one opened only after.
    const optedOut = '2025-06-01';
    renderView(result, 'overview', { policy: { region: 'us', optedOut } });
    const us = headline(headlineFigures(analysisOf(result, { region: 'us', optedOut })));
    const eu = headline(headlineFigures(analysisOf(result, { region: 'eu', optedOut })));
    expect(eu).not.toBe(us);
    expect(screen.getByTestId('headline').textContent).toBe(us);
    fireEvent.change(screen.getByTestId('region-select'), { target: { value: 'eu' } });
    expect(screen.getByTestId('headline').textContent).toBe(eu);
  });

  test('an opt-out date recomputes the figures; clearing it restores them', () => {
    renderView(result, 'overview');
    const before = screen.getByTestId('headline').textContent;
    const optedOut = headline(headlineFigures(analysisOf(result, { region: 'us', optedOut: '2024-10-01' })));
    fireEvent.change(screen.getByTestId('optout-input'), { target: { value: '2024-10-01' } });
    expect(screen.getByTestId('headline').textContent).toBe(optedOut);
    fireEvent.click(screen.getByRole('button', { name: /Clear the opt-out date/ }));
    expect(screen.getByTestId('headline').textContent).toBe(before);
  });

  test('an opt-out date after the analysis date is refused with a message', () => {
    renderView(result, 'overview');
    const before = screen.getByTestId('headline').textContent;
    fireEvent.change(screen.getByTestId('optout-input'), { target: { value: '2099-01-01' } });
    expect(screen.getByTestId('headline').textContent).toBe(before);
    expect(screen.getByText('The opt-out date cannot be after the analysis date.')).toBeTruthy();
  });
});
