import { describe, expect, it } from 'vitest';
import { buildAnalysis } from '../../shared/analysis/buildAnalysis';
import { safeSvg } from '../../shared/report/htmlReport';
import { categoryById } from '../../shared/policy/policyModel';
import { generateExport } from '../../shared/sample';
import { renderReportCharts } from '../../charts/reportCharts';
import { scan, zipInput } from '../support/scanGenerated';

describe('report charts', () => {
  it('renders the app’s charts to SVG in a DOM, one per chart, safe to inline', async () => {
    const result = await scan([await zipInput(generateExport({ era: 2026 }))]);
    const analysis = buildAnalysis(result, { region: 'us', optedOut: '2025-06-01', adultFrom: null, asOf: '2026-11-29' });
    const charts = await renderReportCharts(analysis, document);
    expect(charts.exposureByCategory).toMatch(/^<svg/);
    expect(charts.timeline).toMatch(/^<svg/);
    for (const svg of [charts.exposureByCategory, charts.timeline]) {
      expect(safeSvg(svg)).toBe(svg);
      expect(svg!.match(/<svg/g)).toHaveLength(1);
      expect(svg).toContain('recharts-bar-rectangle');
    }
    // Every category has a bar label; the opt-out marker is drawn.
    for (const c of analysis.categories) expect(charts.exposureByCategory).toContain(categoryById(c.id).shortLabel);
    expect(charts.timeline).toContain('recharts-reference-line');
  });
});
