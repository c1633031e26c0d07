// Login activity: per week or month from the Logins file, the weekday×hour heatmap equal to
// the insights, devices and IPs counted, the addresses listed only on request.

import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { ExportScan } from '../../shared/scan/scanTypes';
import { loginsPerPeriod } from '../../renderer/logins/loginSeries';
import { formatCount } from '../../shared/text/format';
import { generatedScan, renderView } from './fixtures';

let result: ExportScan;
beforeAll(async () => {
  result = await generatedScan(2026);
});
afterEach(cleanup);

describe('login activity', () => {
  test('every heatmap cell and table cell equals the weekday×hour insight', () => {
    renderView(result, 'logins');
    const counts = result.insights.logins.weekdayHour;
    const cells = screen.getByTestId('heatmap').querySelectorAll('rect[data-count]');
    expect(cells).toHaveLength(7 * 24);
    for (const cell of cells) {
      const weekday = Number(cell.getAttribute('data-weekday'));
      const hour = Number(cell.getAttribute('data-hour'));
      expect(Number(cell.getAttribute('data-count'))).toBe(counts[weekday]![hour]);
    }
    const rows = within(screen.getByTestId('heatmap-table')).getAllByRole('row').slice(1);
    rows.forEach((row, weekday) => {
      expect(within(row).getAllByRole('cell').map((c) => Number(c.textContent!.replace(/,/g, '')))).toEqual(counts[weekday]);
    });
    expect(counts.flat().reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  test('logins per week and per month both add up to the Logins file', () => {
    const loginsFile = result.files.find((f) => f.catalogId === 'logins')!;
    const dated = loginsFile.histogram.items.reduce((a, b) => a + b, 0);
    for (const period of ['week', 'month'] as const) {
      expect(loginsPerPeriod(result, period, 'day-month-year').reduce((sum, p) => sum + p.count, 0)).toBe(dated);
    }
    renderView(result, 'logins');
    expect(screen.getByTestId('logins-chart').textContent).toContain('Logins per month');
    fireEvent.click(screen.getByRole('radio', { name: 'Per week' }));
    expect(screen.getByTestId('logins-chart').textContent).toContain('Logins per week');
    expect(screen.getByTestId('logins-chart').querySelector('svg.recharts-surface')).not.toBeNull();
  });

  test('devices and IP addresses are counted; the addresses appear only on request', () => {
    renderView(result, 'logins');
    const { logins } = result.insights;
    expect(screen.getByTestId('login-total').textContent).toBe(formatCount(logins.total));
    expect(screen.getByTestId('ip-count').textContent).toBe(formatCount(logins.distinctIps));
    expect(screen.getByTestId('device-count').textContent).toBe(formatCount(logins.distinctDevices));
    expect(logins.topIps.length).toBeGreaterThan(0);
    const firstIp = logins.topIps[0]!.ip;
    expect(document.body.textContent).not.toContain(firstIp);
    const toggle = screen.getByTestId('toggle-ips');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const rows = within(screen.getByTestId('ip-table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(logins.topIps.length);
    expect(rows[0]!.textContent).toContain(firstIp);
    fireEvent.click(toggle);
    expect(document.body.textContent).not.toContain(firstIp);
  });
});
