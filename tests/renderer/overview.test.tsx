// The overview states the analysis's verdict in the shared words: the member's own words first,
// then items in a category LinkedIn trains on and items on the account while training was on,
// kept apart; "possibly exposed" by reason; the four categories with the phrase of LinkedIn's
// Q&A they stand for; sources beside the statements; the sample labelled invented; the settings
// (region, opt-out choice, the day the member turned 18) recompute everything at once.

import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { POSSIBLE_REASON_INFO, POSSIBLE_REASONS, SOURCES, STATEMENTS } from '../../shared/policy/policyModel';
import type { ExportScan } from '../../shared/scan/scanTypes';
import { SAMPLE_LABEL } from '../../shared/report/verdict';
import { formatCount } from '../../shared/text/format';
import { verdictOfAnalysis } from '../../renderer/overview/verdictOfAnalysis';
import { exposureValueLabel } from '../../charts/ExposureBarChart';
import { analysisOf, fakeHost, generatedScan, renderView, sampleScan } from './fixtures';

let result: ExportScan;
beforeAll(async () => {
  result = await generatedScan(2026);
});
afterEach(cleanup);

const headlineText = () => screen.getByTestId('headline-text').textContent;

describe('overview', () => {
  test('the headline and the verdict lines are the analysis\'s, in the shared wording', () => {
    renderView(result, 'overview');
    const analysis = analysisOf(result);
    const verdict = verdictOfAnalysis(result, analysis);
    expect(headlineText()).toBe(verdict.headline.text);
    expect(headlineText()).toMatch(/^Of the [\d,]+ words you wrote on LinkedIn, about [\d,]+ \(\d+%\) could have been used to train its generative AI/);
    expect(headlineText()).toContain(`Of the ${formatCount(analysis.totals.words)} words`);
    for (const key of ['inTrainingCategories', 'whileTraining', 'counts'] as const) {
      expect(within(screen.getByTestId(`verdict-${key}`)).getByTestId('verdict-text').textContent).toBe(verdict[key].text);
    }
    expect(screen.getByTestId('verdict-inTrainingCategories').textContent).toContain(`${formatCount(analysis.totals.itemsByTrainingStatus.used)} of your ${formatCount(analysis.totals.items)} items are in categories LinkedIn trains on`);
    expect(screen.getByTestId('verdict-cannotKnow').textContent).toContain('never that something was');
    expect(screen.getByTestId('verdict-minors').textContent).toContain('under 18');
    // No "records", and no "Not used" for a count of items (LinkedIn's own rules, quoted with their
    // sources in "What LinkedIn says it does not use", are not counts: "account records" is theirs).
    const page = document.body.cloneNode(true) as HTMLElement;
    page.querySelectorAll('[data-testid="not-used"] li').forEach((li) => li.remove());
    const counts = page.textContent!;
    expect(counts).toContain('items');
    expect(counts).not.toMatch(/\brecords?\b/);
    const headers = within(screen.getByTestId('overview-table')).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(expect.arrayContaining(['Exposed', 'Possibly exposed', 'Not exposed']));
    expect(headers).not.toContain('Not used');
    expect(document.querySelector('.legend-note')!.textContent).not.toMatch(/Not used:/);
  });

  test('every statement about LinkedIn\'s practice shows its sources, linked where the policy doc gives the address', () => {
    renderView(result, 'overview');
    const citations = screen.getAllByTestId('citation');
    expect(citations.length).toBeGreaterThan(8);
    expect(screen.getByTestId('verdict-cannotKnow').textContent).toContain(SOURCES['linkedin-genai-faq'].reference);
    for (const card of ['posts', 'language', 'logins', 'responses']) {
      expect(within(screen.getByTestId(`card-${card}`)).getAllByTestId('citation').length).toBeGreaterThan(1);
    }
    for (const link of document.querySelectorAll('.cite a')) expect(link.getAttribute('href')).toMatch(/^https:\/\/www\.linkedin\.com\//);
  });

  test('a source link opens through the host, on a click', () => {
    const host = fakeHost();
    renderView(result, 'guide', { host });
    const link = [...document.querySelectorAll<HTMLAnchorElement>('.cite a')].find((a) => a.textContent === SOURCES['linkedin-setting-page'].reference)!;
    fireEvent.click(link);
    expect(host.opened).toEqual([SOURCES['linkedin-setting-page'].url]);
  });

  test('the four categories come first, each with the phrase of LinkedIn\'s Q&A it stands for; Responses says LinkedIn meant feedback to its teams', () => {
    renderView(result, 'overview');
    const analysis = analysisOf(result);
    for (const id of ['posts', 'language', 'logins', 'responses'] as const) {
      const card = screen.getByTestId(`card-${id}`);
      const category = analysis.categories.find((c) => c.id === id)!;
      expect(within(card).getByTestId('card-items').textContent).toBe(formatCount(category.items));
      expect(within(card).getByTestId('card-exposure').textContent).toBe(
        `${formatCount(category.exposure.exposed)} exposed, ${formatCount(category.exposure.possiblyExposed)} possibly exposed, ${formatCount(category.exposure.notExposed)} not exposed.`,
      );
      expect(within(card).getByTestId('card-phrase').textContent).toContain('LinkedIn\'s Sep 2024 Q&A');
      expect(within(card).getByTestId('card-phrase').textContent).toContain(SOURCES['techcrunch-2024-qa'].reference);
    }
    const responses = screen.getByTestId('card-responses').textContent!;
    expect(responses).toContain('"any feedback you may have provided to our teams"');
    expect(responses).toContain('which the export does not contain');
    expect(responses).toContain('comments and poll votes counted here are in the training list in their own right');
    expect(responses).toContain(STATEMENTS.reactions.text);
  });

  test('the chart has an SVG, a text summary and a table with every category and why items are possibly exposed', () => {
    renderView(result, 'overview');
    const analysis = analysisOf(result);
    const figure = screen.getByTestId('overview-chart');
    expect(figure.tagName).toBe('FIGURE');
    expect(document.getElementById(figure.getAttribute('aria-describedby')!)!.textContent).toContain(verdictOfAnalysis(result, analysis).counts.text);
    expect(figure.querySelector('svg.recharts-surface')).not.toBeNull();
    const rows = within(screen.getByTestId('overview-table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(analysis.categories.length);
    const logins = analysis.categories.find((c) => c.id === 'logins')!;
    const loginsRow = rows.find((r) => r.textContent!.startsWith(logins.label))!;
    expect(within(loginsRow).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'Unclear',
      formatCount(logins.items),
      '0',
      formatCount(logins.items),
      '0',
      '0',
      `${formatCount(logins.items)} unclear category`,
    ]);
    const total = analysis.totals.exposure.possiblyExposedByReason;
    for (const reason of POSSIBLE_REASONS.filter((r) => total[r] > 0)) {
      const item = screen.getByTestId(`reason-${reason}`);
      expect(within(item).getByTestId('reason-count').textContent).toBe(formatCount(total[reason]));
      expect(item.textContent).toContain(POSSIBLE_REASON_INFO[reason].explanation);
    }
  });

  test('the chart draws exposed and possibly exposed items, most exposed first, each row with its figures; categories with neither are said apart', () => {
    renderView(result, 'overview');
    const analysis = analysisOf(result);
    const figure = screen.getByTestId('overview-chart');
    const charted = analysis.categories.filter((c) => c.exposure.exposed + c.exposure.possiblyExposed > 0);
    const expected = [...charted].sort((a, b) => b.exposure.exposed - a.exposure.exposed || b.exposure.possiblyExposed - a.exposure.possiblyExposed);
    const values = [...figure.querySelectorAll('svg .bar-value')].map((t) => t.textContent);
    expect(values).toEqual(expected.map((c) => exposureValueLabel({ label: '', ...c.exposure })));
    expect(values.every((v) => v !== '')).toBe(true);
    // Messages are never the longest bar: with nothing exposed or possibly, they are not a bar at all.
    const messages = analysis.categories.find((c) => c.id === 'messages')!;
    expect(messages.items).toBeGreaterThan(0);
    expect(messages.exposure.exposed + messages.exposure.possiblyExposed).toBe(0);
    expect(screen.getByTestId('exposure-apart').textContent).toContain(`Messages (${formatCount(messages.items)} items)`);
    expect(screen.getByTestId('not-used').textContent).toContain(`${messages.label}: ${formatCount(messages.items)} items`);
  });

  test('"What can I do?" opens the opt-out guide', () => {
    renderView(result, 'overview');
    fireEvent.click(screen.getByTestId('what-can-i-do'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Opt-out guide');
  });

  test('EU, opted out before training began there: says the dates rule everything out, and that the categories are still trained on', () => {
    renderView(result, 'overview', { policy: { region: 'eu', optedOut: '2025-10-01', adultFrom: null } });
    expect(headlineText()).toMatch(/none could have been used to train its generative AI: you opted out on 1 Oct 2025, before training in the EU, EEA or Switzerland began on 3 Nov 2025\.$/);
    const used = analysisOf(result, { region: 'eu', optedOut: '2025-10-01', adultFrom: null }).totals.itemsByTrainingStatus.used;
    expect(used).toBeGreaterThan(0);
    expect(screen.getByTestId('verdict-inTrainingCategories').textContent).toContain(`${formatCount(used)} of your`);
    expect(screen.getByTestId('verdict-whileTraining').textContent).toContain('LinkedIn does train on these kinds of data in the EU, EEA or Switzerland: posts, articles, comments and poll responses');
    expect(screen.getByTestId('reasons-none')).toBeTruthy();
  });

  test('changing the region recomputes the verdict without re-reading; dates follow the region\'s form', () => {
    const optedOut = '2025-06-01';
    renderView(result, 'overview', { policy: { region: 'us', optedOut, adultFrom: null } });
    const us = verdictOfAnalysis(result, analysisOf(result, { region: 'us', optedOut, adultFrom: null }));
    const eu = verdictOfAnalysis(result, analysisOf(result, { region: 'eu', optedOut, adultFrom: null }));
    expect(eu.headline.text).not.toBe(us.headline.text);
    expect(headlineText()).toBe(us.headline.text);
    expect(screen.getByTestId('headline-context').textContent).toContain('opted out on Jun 1, 2025');
    fireEvent.change(screen.getAllByTestId('region-select')[0]!, { target: { value: 'eu' } });
    expect(headlineText()).toBe(eu.headline.text);
    expect(screen.getByTestId('headline-context').textContent).toContain('opted out on 1 Jun 2025');
  });

  test('the opt-out choice: not opted out, today, or a day typed in the region\'s form', () => {
    renderView(result, 'overview');
    const before = headlineText();
    const asOf = result.scannedAt.slice(0, 10);
    fireEvent.change(screen.getByTestId('optout-choice'), { target: { value: 'today' } });
    expect(headlineText()).toBe(verdictOfAnalysis(result, analysisOf(result, { region: 'us', optedOut: asOf, adultFrom: null })).headline.text);
    fireEvent.change(screen.getByTestId('optout-choice'), { target: { value: 'date' } });
    fireEvent.change(screen.getByTestId('optout-input'), { target: { value: 'Oct 1, 2024' } });
    expect(headlineText()).toBe(verdictOfAnalysis(result, analysisOf(result, { region: 'us', optedOut: '2024-10-01', adultFrom: null })).headline.text);
    fireEvent.change(screen.getByTestId('optout-choice'), { target: { value: 'none' } });
    expect(headlineText()).toBe(before);
  });

  test('an opt-out date after the analysis date, or written digits-only, is refused with a message', () => {
    renderView(result, 'overview');
    const before = headlineText();
    fireEvent.change(screen.getByTestId('optout-choice'), { target: { value: 'date' } });
    fireEvent.change(screen.getByTestId('optout-input'), { target: { value: '2099-01-01' } });
    expect(headlineText()).toBe(before);
    expect(screen.getByText('The opt-out date cannot be after the analysis date.')).toBeTruthy();
    fireEvent.change(screen.getByTestId('optout-input'), { target: { value: '01/10/2024' } });
    expect(headlineText()).toBe(before);
    expect(screen.getByTestId('optout-input-hint').textContent).toMatch(/month as a word/);
  });

  test('the day the member turned 18: training before it is not counted', () => {
    renderView(result, 'overview', { policy: { region: 'us', optedOut: '2025-06-01', adultFrom: null } });
    fireEvent.click(screen.getByTestId('minor-toggle'));
    fireEvent.change(screen.getByTestId('adult-from-input'), { target: { value: 'Jul 1, 2025' } });
    const minor = verdictOfAnalysis(result, analysisOf(result, { region: 'us', optedOut: '2025-06-01', adultFrom: '2025-07-01' }));
    expect(headlineText()).toBe(minor.headline.text);
    expect(headlineText()).toContain('no training in the United States counts between the day you turned 18 (Jul 1, 2025) and the day you opted out (Jun 1, 2025)');
    expect(screen.getByTestId('headline-context').textContent).toContain('turned 18 on Jul 1, 2025');
    fireEvent.click(screen.getByTestId('minor-toggle'));
    expect(headlineText()).toBe(verdictOfAnalysis(result, analysisOf(result, { region: 'us', optedOut: '2025-06-01', adultFrom: null })).headline.text);
  });

  test('the built-in sample is labelled invented in the header and the summary; a real export is not', async () => {
    const scan = await sampleScan();
    expect(scan.inputs[0]!.invented).toBe(true);
    renderView(scan, 'overview');
    expect(screen.getByTestId('sample-badge').textContent).toBe(SAMPLE_LABEL);
    expect(screen.getByTestId('sample-note').textContent).toContain(SAMPLE_LABEL);
    cleanup();
    renderView(result, 'overview');
    expect(screen.queryByTestId('sample-badge')).toBeNull();
    expect(screen.queryByTestId('sample-note')).toBeNull();
  });
});
