// The Markdown report with the objection letter after it: the letter as a text block, which the
// member's own words (the grounds) cannot close or format.

import { beforeAll, describe, expect, it } from 'vitest';
import { buildAnalysis } from '../../shared/analysis/buildAnalysis';
import { renderMarkdown } from '../../shared/report/markdown';
import { objectionDraft } from '../../shared/report/objectionLetter';
import { buildReportJson, type ReportJson } from '../../shared/report/reportJson';
import { OPT_OUT, REGION_IDS, regionById, type RegionId } from '../../shared/policy/policyModel';
import { generateExport } from '../../shared/sample';
import { scan, zipInput } from '../support/scanGenerated';

let report: ReportJson;
let reportIn: (region: RegionId) => ReportJson;

beforeAll(async () => {
  const result = await scan([await zipInput(generateExport({ era: 2026 }))]);
  reportIn = (region) => buildReportJson(result, buildAnalysis(result, { region, optedOut: null, adultFrom: null, asOf: '2026-11-29' }), 'counts');
  report = reportIn('eu');
});

describe('markdown with the objection letter', () => {
  it('is the report, then the letter under its title in a text block', () => {
    const objection = objectionDraft(report, { region: 'eu', grounds: 'I write for a living.', signature: 'Ada Quill', date: '2026-11-29' });
    const md = renderMarkdown(report, objection);
    expect(md.startsWith(renderMarkdown(report))).toBe(true);
    expect(md.slice(renderMarkdown(report).length)).toBe(`\n## ${objection.title}\n\n\`\`\`text\n${objection.text}\`\`\`\n`);
  });

  it('fences the letter longer than any backtick run in the grounds, so they cannot end the block', () => {
    const grounds = 'My posts hold code:\n```\nrm -rf /\n```\nand ````four````.';
    const objection = objectionDraft(report, { region: 'uk', grounds, signature: '', date: '2026-11-29' });
    const md = renderMarkdown(report, objection);
    const block = md.slice(md.indexOf(`## ${objection.title}`));
    expect(block).toContain('`````text\n');
    expect(block.trimEnd().endsWith('\n`````')).toBe(true);
    expect(block).toContain(grounds);
  });

  it('names the right to object and the objection form’s address where GDPR applies, letter or not, and nowhere else', () => {
    for (const region of REGION_IDS) {
      const md = renderMarkdown(reportIn(region));
      const objecting = md.includes('## Objecting');
      expect(objecting, region).toBe(regionById(region).gdprObjection);
      if (!objecting) continue;
      // Its own section, not only the sources list every region's report carries.
      const section = md.slice(md.indexOf('## Objecting'), md.indexOf('\n## ', md.indexOf('## Objecting') + 1));
      expect(section, region).toContain(OPT_OUT.objectionFormUrl);
      expect(section, region).toContain(region === 'uk' ? 'Article 21(1) UK GDPR' : 'Article 21(1) GDPR');
    }
  });

  it('without a letter is the report alone', () => {
    expect(renderMarkdown(report, null)).toBe(renderMarkdown(report));
  });
});
