// The overview's verdict in real Chromium, at 1366×850, for four members of a generated export:
// US not opted out, EU opted out on 1 Dec 2025 and on 1 Oct 2025, Canada opted out on 1 Jun
// 2025. Each is screenshotted with `npm run screenshots` (tests/output/screenshots/verdict-*.png), and every figure and
// sentence on screen equals the command line's JSON for the same settings.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { POSSIBLE_REASONS } from '../../shared/policy/policyModel';
import type { ReportJson } from '../../shared/report/reportJson';
import { VERDICT_LINES } from '../../shared/report/verdict';
import { formatCount } from '../../shared/text/format';
import { runCli } from '../support/runCli';
import { standardExport, type E2eExport } from '../support/e2eExports';
import { dropExports, openApp, screenshot, startSession, type AppPage, type E2eSession } from '../support/e2eBrowser';

interface Member {
  readonly name: string;
  readonly region: 'us' | 'eu' | 'ca';
  /** As the member types it, in the region's form; null: not opted out. */
  readonly typed: string | null;
  readonly optedOut: string | null;
}

const MEMBERS: readonly Member[] = [
  { name: 'us-not-opted-out', region: 'us', typed: null, optedOut: null },
  { name: 'eu-2025-12-01', region: 'eu', typed: '1 Dec 2025', optedOut: '2025-12-01' },
  { name: 'eu-2025-10-01', region: 'eu', typed: '1 Oct 2025', optedOut: '2025-10-01' },
  { name: 'ca-2025-06-01', region: 'ca', typed: 'Jun 1, 2025', optedOut: '2025-06-01' },
];

let session: E2eSession;
let standard: E2eExport;
let app: AppPage;

async function cliReport(member: Member, asOf: string): Promise<ReportJson> {
  const args = ['analyze', standard.path, '--format', 'json', '--as-of', asOf, '--region', member.region, ...(member.optedOut ? ['--opted-out', member.optedOut] : [])];
  const run = await runCli(args);
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as ReportJson;
}

async function settle(page: Page, member: Member): Promise<void> {
  await page.getByTestId('region-select').first().selectOption(member.region);
  if (member.typed === null) {
    await page.getByTestId('optout-choice').first().selectOption('none');
  } else {
    await page.getByTestId('optout-choice').first().selectOption('date');
    await page.getByTestId('optout-input').first().fill(member.typed);
  }
}

async function texts(page: Page, testId: string): Promise<string[]> {
  return page.getByTestId(testId).allTextContents();
}

beforeAll(async () => {
  session = await startSession();
  standard = await standardExport();
  session.serve(standard);
  app = await openApp(session);
  await app.page.setViewportSize({ width: 1366, height: 850 });
  await dropExports(app.page, [standard]);
  await app.page.getByTestId('headline').waitFor({ timeout: 120_000 });
});

afterAll(async () => {
  await session?.close();
});

describe('the verdict on screen', () => {
  test.each(MEMBERS)('$name: the overview shows the command line\'s figures and sentences', async (member) => {
    const { page } = app;
    const asOf = new Date().toISOString().slice(0, 10);
    await page.getByRole('tab', { name: 'Overview' }).click();
    await settle(page, member);
    const report = await cliReport(member, asOf);
    const { verdict } = report;
    await expect.poll(() => page.getByTestId('headline-text').textContent()).toBe(verdict.headline.text);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `verdict-${member.name}`, { fullPage: false });
    await screenshot(page, `verdict-${member.name}-full`);

    // Every verdict line shown is the JSON's, with the same sources beside it.
    for (const key of VERDICT_LINES.filter((k) => !['sample', 'cannotKnow', 'minors'].includes(k))) {
      const line = verdict[key];
      const shown = page.getByTestId(`verdict-${key}`);
      if (line === null) {
        expect(await shown.count(), key).toBe(0);
        continue;
      }
      expect(await shown.getByTestId('verdict-text').textContent(), key).toBe(line.text);
      const cited = (await shown.getByTestId('citation').allTextContents()).join('');
      for (const id of line.sources) expect(cited, `${key} cites ${id}`).toContain(report.sources.find((s) => s.id === id)!.reference);
    }
    expect(await page.getByTestId('verdict-cannotKnow').textContent()).toContain(verdict.cannotKnow.text);
    expect(await page.getByTestId('verdict-minors').textContent()).toContain(verdict.minors.text);

    // The four cards and the table: the JSON's counts, category by category.
    const rows = await page
      .getByTestId('overview-table')
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent!, ...[...tr.querySelectorAll('td')].map((td) => td.textContent!)]));
    expect(rows.map((r) => r[0])).toEqual(report.categories.map((c) => c.label));
    for (const [i, category] of report.categories.entries()) {
      if (category.namedByReporting) {
        const card = page.getByTestId(`card-${category.id}`);
        expect(await card.getByTestId('card-items').textContent()).toBe(formatCount(category.items));
        expect(await card.getByTestId('card-exposure').textContent()).toBe(
          `${formatCount(category.exposure.exposed)} exposed, ${formatCount(category.exposure.possiblyExposed)} possibly exposed, ${formatCount(category.exposure.notExposed)} not exposed.`,
        );
      }
      expect(rows[i]!.slice(2, 7), category.id).toEqual([category.items, category.exposure.exposed, category.exposure.possiblyExposed, category.exposure.notExposed, category.exposure.exposedWords].map(formatCount));
    }

    // "Possibly exposed" by reason, as the JSON counts it.
    const reasons = POSSIBLE_REASONS.filter((r) => report.totals.exposure.possiblyExposedByReason[r] > 0);
    expect(await texts(page, 'reason-count')).toEqual(reasons.map((r) => formatCount(report.totals.exposure.possiblyExposedByReason[r])));
    if (reasons.length === 0) expect(await page.getByTestId('reasons-none').count()).toBe(1);
  });

  test('nothing left the page\'s origin and no error was logged', () => {
    expect(app.foreignRequests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
