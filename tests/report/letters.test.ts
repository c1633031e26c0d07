// The letters drafted from a real report: the Article 21(1) objection keeps its grounds and asks
// for erasure of the training data under Article 17(1)(c) in words that cannot be read as closing
// the account; the Article 15 request asks which models and which period; dates in the region's form.

import { beforeAll, describe, expect, it } from 'vitest';
import { buildAnalysis } from '../../shared/analysis/buildAnalysis';
import { GROUNDS_PLACEHOLDER, letterDraftOf, letterKinds, objectionDraft } from '../../shared/report/objectionLetter';
import { buildReportJson, type ReportJson } from '../../shared/report/reportJson';
import { generateExport } from '../../shared/sample';
import { scan, zipInput } from '../support/scanGenerated';
import type { ExportScan } from '../../shared/scan/scanTypes';

let result: ExportScan;
const reportFor = (region: 'eu' | 'uk' | 'us' | 'ca'): ReportJson =>
  buildReportJson(result, buildAnalysis(result, { region, optedOut: '2026-01-15', adultFrom: null, asOf: '2026-11-29' }), 'counts');
const input = (region: 'eu' | 'uk' | 'us' | 'ca', grounds = '') => ({ region, grounds, signature: '', date: '2026-11-29' });

beforeAll(async () => {
  result = await scan([await zipInput(generateExport({ era: 2026 }))]);
});

describe('letters', () => {
  it('offers the objection and the access request under the GDPR, the steps elsewhere', () => {
    expect(letterKinds('eu')).toEqual(['objection', 'access']);
    expect(letterKinds('uk')).toEqual(['objection', 'access']);
    expect(letterKinds('us')).toEqual(['steps']);
    expect(letterKinds('ca')).toEqual(['steps']);
  });

  it('the objection needs grounds, asks erasure under Article 17(1)(c) of the training data only, and keeps the account', () => {
    const empty = objectionDraft(reportFor('eu'), input('eu'));
    expect(empty.needsGrounds).toBe(true);
    expect(empty.text).toContain(GROUNDS_PLACEHOLDER);
    const draft = objectionDraft(reportFor('eu'), input('eu', 'I write for a living.'));
    expect(draft.needsGrounds).toBe(false);
    expect(draft.text).toContain('Article 17(1)(c) GDPR (erasure after an objection under Article 21(1))');
    expect(draft.text).toContain('I am not asking you to close or delete my LinkedIn account');
    expect(draft.text).not.toMatch(/delete my account\b(?! or)/i);
    // Counts in the one vocabulary, dates as the EU writes them.
    expect(draft.text).toMatch(/- Posts: [\d,]+ items \([^)]*\), of which [\d,]+ exposed/);
    expect(draft.text).not.toMatch(/records|in categories LinkedIn says it trains on, [\d,]+ possibly\b/);
    expect(draft.text).toContain('Date: 29 Nov 2026');
    expect(objectionDraft(reportFor('uk'), input('uk', 'x')).text).toContain('Article 17(1)(c) UK GDPR');
  });

  it('the access request asks whether, which models and from which period', () => {
    const access = letterDraftOf('access', reportFor('eu'), input('eu'));
    expect(access.needsGrounds).toBe(false);
    expect(access.title).toBe('Draft access request (Article 15 GDPR)');
    expect(access.text).toContain('whether you process, or have processed, my personal data to develop or train artificial-intelligence models');
    expect(access.text).toContain('which models or AI systems were trained with them');
    expect(access.text).toContain('from which period the data were drawn');
    expect(access.text).toContain('Article 15(3) GDPR');
  });

  it('the United States: the opt-out steps only; Canada: the steps and the withdrawal of consent', () => {
    const us = objectionDraft(reportFor('us'), input('us'));
    expect(us.text).toContain('Data privacy');
    expect(us.text).not.toMatch(/GDPR|PIPEDA|Objection form/);
    const ca = objectionDraft(reportFor('ca'), input('ca'));
    expect(ca.text).toContain('Under PIPEDA you may withdraw your consent at any time');
    expect(ca.text).not.toContain('GDPR');
  });
});
