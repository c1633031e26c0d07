// The Markdown report with the objection letter after it: the letter as a text block, which the
// member's own words (the grounds) cannot close or format.

import { beforeAll, describe, expect, it } from 'vitest';
import { buildAnalysis } from '../../shared/analysis/buildAnalysis';
import { renderMarkdown } from '../../shared/report/markdown';
import { objectionDraft } from '../../shared/report/objectionLetter';
import { buildReportJson, type ReportJson } from '../../shared/report/reportJson';
import { generateExport } from '../../shared/sample';
import { scan, zipInput } from '../support/scanGenerated';

let report: ReportJson;

beforeAll(async () => {
  const result = await scan([await zipInput(generateExport({ era: 2026 }))]);
  report = buildReportJson(result, buildAnalysis(result, { region: 'eu', optedOut: null, adultFrom: null, asOf: '2026-11-29' }), 'counts');
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

  it('without a letter is the report alone', () => {
    expect(renderMarkdown(report, null)).toBe(renderMarkdown(report));
  });
});
