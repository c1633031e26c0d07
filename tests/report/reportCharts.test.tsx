import { describe, expect, it } from 'vitest';
import { buildAnalysis } from '../../shared/analysis/buildAnalysis';
import { safeChartMarkup } from '../../shared/report/htmlMarkup';
import { categoryById } from '../../shared/policy/policyModel';
import { generateExport } from '../../shared/sample';
import { renderReportCharts, summaryBars } from '../../charts/reportCharts';
import { scan, zipInput } from '../support/scanGenerated';

describe('report charts', () => {
  it('renders the app’s charts in a DOM, each with its legend, safe to inline', async () => {
    const result = await scan([await zipInput(generateExport({ era: 2026 }))]);
    const analysis = buildAnalysis(result, { region: 'us', optedOut: '2025-06-01', adultFrom: null, asOf: '2026-11-29' });
    const charts = await renderReportCharts(analysis, document, { loginsByWeekdayHour: result.insights.logins.weekdayHour });
    for (const markup of [charts.exposureByCategory, charts.timeline, charts.loginsByWeekdayHour]) {
      expect(markup).toBeDefined();
      expect(safeChartMarkup(markup)).toBe(markup);
    }
    // One page holds all three: no SVG id (pattern, clip path) is used by two charts.
    const ids = [charts.exposureByCategory, charts.timeline, charts.loginsByWeekdayHour].flatMap((markup) => [...markup!.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    expect(charts.exposureByCategory).toContain('recharts-bar-rectangle');
    expect(charts.timeline).toContain('recharts-bar-rectangle');
    // The timeline's legend comes with it, inside its SVG: every exposure class and marker kind is named.
    const timeline = new DOMParser().parseFromString(charts.timeline!, 'text/html').body;
    const legend = timeline.querySelector('.svg-legend')?.textContent ?? '';
    expect(legend).toContain('Your opt-out');
    expect(legend).toContain('Exposed');
    expect(legend).toContain('Not exposed');
    expect(charts.timeline).toContain('recharts-reference-line');
    // Page 1's chart: only categories with something exposed or possibly exposed, most first.
    const bars = summaryBars(analysis);
    expect(bars.length).toBeGreaterThan(0);
    for (const c of analysis.categories) {
      const drawn = bars.some((b) => b.label === categoryById(c.id).shortLabel);
      expect(drawn, c.id).toBe(c.exposure.exposed + c.exposure.possiblyExposed > 0);
      if (drawn) expect(charts.exposureByCategory).toContain(categoryById(c.id).shortLabel);
    }
    const sizes = bars.map((b) => b.exposed + b.possiblyExposed);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    // The heatmap: one cell per weekday and hour, each with its count.
    const cells = new DOMParser().parseFromString(charts.loginsByWeekdayHour!, 'text/html').body.querySelectorAll('rect[data-count]');
    expect(cells).toHaveLength(7 * 24);
    const counted = [...cells].reduce((sum, cell) => sum + Number(cell.getAttribute('data-count')), 0);
    expect(counted).toBe(result.insights.logins.weekdayHour.flat().reduce((a, b) => a + b, 0));
  });

  it('refuses chart markup that could act or reach out', () => {
    const svg = '<svg><rect fill="url(#p)"></rect></svg>';
    expect(safeChartMarkup(svg)).toBe(svg);
    expect(safeChartMarkup(`<div class="chart"><ul><li>Posts</li></ul>${svg}</div>`)).not.toBeNull();
    for (const bad of [
      '<svg><script>alert(1)</script></svg>',
      '<svg><rect onload="x()"></rect></svg>',
      '<div><img src="https://example.org/x.png"></div>',
      '<svg><image href="https://example.org/x.png"></image></svg>',
      '<div style="background: url(https://example.org/x.png)"></div>',
      '<div><a href="javascript:alert(1)">x</a></div>',
      '<svg><foreignObject><p>x</p></foreignObject></svg>',
      '<p>not a chart</p>',
      '<svg></svg><script>alert(1)</script>',
    ]) {
      expect(safeChartMarkup(bad), bad).toBeNull();
    }
  });
});
