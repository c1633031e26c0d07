// Login activity: per week or month from the Logins file, the weekday×hour heatmap equal to
// the insights, devices and IPs counted, the addresses listed only on request.

import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { ExportScan } from '../../shared/scan/scanTypes';
import { loginsPerPeriod } from '../../renderer/logins/loginSeries';
import { knownTimeZones, systemTimeZone, weekdayHourIn } from '../../renderer/logins/loginZones';
import { WEEKDAYS, heatScaleSteps } from '../../charts/WeekdayHourHeatmap';
import { formatCount } from '../../shared/text/format';
import { generatedScan, renderView } from './fixtures';

let result: ExportScan;
beforeAll(async () => {
  result = await generatedScan(2026);
});
afterEach(cleanup);

describe('login activity', () => {
  test('every heatmap cell and table cell equals the weekday×hour insight, in UTC', () => {
    renderView(result, 'logins');
    fireEvent.change(screen.getByTestId('heatmap-zone-select'), { target: { value: 'UTC' } });
    expect(screen.getByTestId('heatmap-zone').textContent).toBe('Hours in UTC');
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

  test('the hours are in the computer\'s zone by default, and in any zone the runtime knows once chosen, summer time included', () => {
    renderView(result, 'logins');
    const select = screen.getByTestId('heatmap-zone-select') as HTMLSelectElement;
    expect(select.value).toBe(systemTimeZone());
    expect([...select.options].map((o) => o.value)).toEqual(knownTimeZones());
    expect(knownTimeZones()).toContain('America/New_York');
    fireEvent.change(select, { target: { value: 'America/New_York' } });
    expect(screen.getByTestId('heatmap-zone').textContent).toBe('Hours in America/New_York');
    expect(screen.getByTestId('heatmap').textContent).toContain('(America/New_York)');
    // Expected by another route: each UTC hour's local weekday and hour as toLocaleString gives them.
    const { hourly } = result.insights.logins;
    const expected = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
    hourly.hours.forEach((hour, i) => {
      const at = new Date(hour * 3_600_000);
      const weekday = WEEKDAYS.findIndex((d) => d.startsWith(at.toLocaleString('en-US', { timeZone: 'America/New_York', weekday: 'short' })));
      const localHour = Number(at.toLocaleString('en-US', { timeZone: 'America/New_York', hour: 'numeric', hourCycle: 'h23' }));
      expected[weekday]![localHour]! += hourly.counts[i]!;
    });
    const cells = [...screen.getByTestId('heatmap').querySelectorAll('rect[data-count]')];
    for (const cell of cells) expect(Number(cell.getAttribute('data-count'))).toBe(expected[Number(cell.getAttribute('data-weekday'))]![Number(cell.getAttribute('data-hour'))]);
    expect(expected.flat().reduce((a, b) => a + b, 0)).toBe(result.insights.logins.weekdayHour.flat().reduce((a, b) => a + b, 0));
  });

  test('around a change of summer time, and with a half-hour offset', () => {
    const hour = (iso: string) => Date.parse(iso) / 3_600_000;
    // New York moved to summer time at 07:00 UTC on Sunday 9 Mar 2025.
    const ny = weekdayHourIn({ hours: [hour('2025-03-09T06:00:00Z'), hour('2025-03-09T08:00:00Z')], counts: [2, 3] }, 'America/New_York');
    expect(ny[6]![1]).toBe(2);
    expect(ny[6]![4]).toBe(3);
    // Kolkata is UTC+5:30: Monday 00:00 UTC starts at 05:30.
    expect(weekdayHourIn({ hours: [hour('2025-03-10T00:00:00Z')], counts: [1] }, 'Asia/Kolkata')[0]![5]).toBe(1);
  });

  test('the heatmap carries its colour scale, with the counts each shade stands for', () => {
    renderView(result, 'logins');
    const max = Math.max(...[...screen.getByTestId('heatmap').querySelectorAll('rect[data-count]')].map((r) => Number(r.getAttribute('data-count'))));
    expect(max).toBeGreaterThan(1);
    const steps = [...screen.getByTestId('heatmap-scale').querySelectorAll('rect[data-step]')].map((r) => Number(r.getAttribute('data-step')));
    expect(steps).toEqual(heatScaleSteps(max));
    expect(steps[0]).toBe(0);
    expect(steps[steps.length - 1]).toBe(max);
    expect(screen.getByTestId('heatmap-scale').textContent).toContain(formatCount(max));
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
