// Page 1 of the HTML/PDF report, the summary a member shares: the verdict, the four categories
// with their three figures, what to do next, and in the EU/EEA/CH/UK always the right to object
// with the objection form's address (never elsewhere).

import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAnalysis } from '../../shared/analysis/buildAnalysis';
import { OPT_OUT, REGION_IDS, SOURCES, regionById, type RegionId } from '../../shared/policy/policyModel';
import { renderDocument } from '../../shared/report/renderDocument';
import { objectionDraft } from '../../shared/report/objectionLetter';
import { buildReportJson, type ReportJson } from '../../shared/report/reportJson';
import { VERDICT_LINES } from '../../shared/report/verdict';
import { formatCount } from '../../shared/text/format';
import { generateExport } from '../../shared/sample';
import type { ExportScan } from '../../shared/scan/scanTypes';
import { scan, zipInput } from '../support/scanGenerated';

let exportScan: ExportScan;

beforeAll(async () => {
  exportScan = await scan([await zipInput(generateExport({ era: 2026 }))]);
});

function reportFor(region: RegionId, optedOut: string | null): ReportJson {
  const analysis = buildAnalysis(exportScan, { region, optedOut, adultFrom: null, asOf: '2026-11-29' });
  return buildReportJson(exportScan, analysis, 'counts');
}

function summaryOf(report: ReportJson, withLetter = false): Element {
  const objection = withLetter ? objectionDraft(report, { region: report.policy.region, grounds: '', signature: '', date: '2026-11-29' }) : null;
  const doc = new JSDOM(renderDocument('html', report, { objection })).window.document;
  const summary = doc.querySelector('main > section.summary');
  expect(summary).not.toBeNull();
  expect(doc.querySelector('main > section')).toBe(summary);
  return summary!;
}

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ');

describe('page 1 of the HTML/PDF report', () => {
  it('tells the verdict, each sentence with at most one source, linked where the source has an address', () => {
    const report = reportFor('eu', '2025-12-01');
    const summary = summaryOf(report);
    expect(text(summary.querySelector('.headline'))).toContain(report.verdict.headline.text);
    for (const key of VERDICT_LINES) {
      const line = report.verdict[key];
      const shown = summary.querySelector(`.verdict-${key}`);
      if (line === null) {
        expect(shown, key).toBeNull();
        continue;
      }
      expect(text(shown), key).toContain(line.text);
      const links = [...shown!.querySelectorAll('a')];
      expect(links.length, key).toBeLessThanOrEqual(1);
      if (line.sources.length > 0) {
        const first = SOURCES[line.sources[0]!];
        expect(text(shown), key).toContain(first.reference);
        if (first.url) expect(links[0]?.getAttribute('href'), key).toBe(first.url);
      }
      if (line.sources.length > 1) expect(text(shown), key).toContain(`and ${line.sources.length - 1} more, under Sources`);
    }
  });

  it('shows the four categories the reporting names with their exposed, possibly exposed and not exposed figures', () => {
    for (const [region, optedOut] of [['eu', '2025-12-01'], ['us', null]] as const) {
      const report = reportFor(region, optedOut);
      const rows = [...summaryOf(report).querySelectorAll('table.summary-figures tbody tr')];
      const named = report.categories.filter((c) => c.namedByReporting);
      expect(named.map((c) => c.id)).toEqual(['posts', 'language', 'logins', 'responses']);
      expect(rows.map((r) => text(r.querySelector('th')))).toEqual(named.map((c) => c.label));
      rows.forEach((row, i) => {
        const cells = [...row.querySelectorAll('td.n')].map((td) => td.textContent);
        const c = named[i]!;
        expect(cells, `${region} ${c.id}`).toEqual([c.items, c.exposure.exposed, c.exposure.possiblyExposed, c.exposure.notExposed].map(formatCount));
      });
      const total = [...summaryOf(report).querySelectorAll('table.summary-figures tfoot td.n')].map((td) => td.textContent);
      expect(total).toEqual([report.totals.items, report.totals.exposure.exposed, report.totals.exposure.possiblyExposed, report.totals.exposure.notExposed].map(formatCount));
    }
  });

  it.each(REGION_IDS.map((region) => [region]))('says what to do next in %s; the right to object, with the form’s address, exactly where GDPR applies', (region) => {
    const report = reportFor(region, null);
    const summary = summaryOf(report);
    const steps = summary.querySelector('ul.next-steps');
    expect(text(steps)).toContain(OPT_OUT.desktopSteps.join(' → '));
    expect([...steps!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain(OPT_OUT.settingsUrl);
    const object = summary.querySelector('li.object');
    const formLinks = [...summary.querySelectorAll('a')].filter((a) => a.getAttribute('href') === OPT_OUT.objectionFormUrl);
    if (regionById(region).gdprObjection) {
      expect(text(object)).toMatch(region === 'uk' ? /Article 21\(1\) UK GDPR/ : /Article 21\(1\) GDPR/);
      expect(text(object)).toContain(OPT_OUT.objectionFormUrl);
      expect(formLinks.map((a) => a.textContent)).toContain(OPT_OUT.objectionFormUrl);
    } else {
      expect(object).toBeNull();
      expect(formLinks).toEqual([]);
      expect(text(summary)).not.toContain('Article 21');
    }
  });

  it('keeps the objection paragraph with or without the letter, and says where the letter is', () => {
    const report = reportFor('uk', '2025-12-01');
    expect(text(summaryOf(report).querySelector('li.object'))).toContain('opt-out guide drafts the objection');
    const withLetter = summaryOf(report, true);
    expect(text(withLetter.querySelector('li.object'))).toContain('A draft objection with your figures is at the end of this report.');
    expect(text(withLetter.querySelector('li.object'))).toContain(OPT_OUT.objectionFormUrl);
    expect(text(withLetter)).toContain('Keep the setting off');
  });
});
