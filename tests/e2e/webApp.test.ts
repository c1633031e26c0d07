// The web app in real Chromium: drop a generated export, see the command line's figures,
// change region and opt-out date, open every view (screenshots, light and dark), a failed read,
// no request outside the page's origin, no long main-thread task, steady progress.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ReportJson } from '../../shared/report/reportJson';
import { SAMPLE_LABEL } from '../../shared/report/verdict';
import { runCli } from '../support/runCli';
import { notAnExport, standardExport, type E2eExport } from '../support/e2eExports';
import { bestTimedRead, dropExports, openApp, screenshot, startSession, type AppPage, type E2eSession } from '../support/e2eBrowser';

const VIEWS = [
  ['overview', 'Overview'],
  ['timeline', 'Timeline'],
  ['logins', 'Login activity'],
  ['language', 'Language preferences'],
  ['responses', 'Responses'],
  ['ai-conversations', 'AI-assistant conversations'],
  ['explorer', 'Your items'],
  ['coverage', 'What was read'],
  ['guide', 'Opt-out guide'],
] as const;

let session: E2eSession;
let standard: E2eExport;
let app: AppPage;

async function cliHeadline(exp: E2eExport, asOf: string, extra: string[] = []): Promise<string> {
  const run = await runCli(['analyze', exp.path, '--format', 'json', '--as-of', asOf, ...extra]);
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as ReportJson).verdict.headline.text;
}

beforeAll(async () => {
  session = await startSession();
  standard = await standardExport();
  session.serve(standard);
});

afterAll(async () => {
  await session?.close();
});

describe('web app', () => {
  test('a dropped export is read off the main thread, with steady progress, to the command line\'s figures', async () => {
    const home = await openApp(session);
    await screenshot(home.page, 'home-light');
    await home.context.close();
    const read = await bestTimedRead(session, [standard]);
    app = read.app;
    const { page } = app;
    const asOf = new Date().toISOString().slice(0, 10);
    expect(await page.getByTestId('headline-text').textContent()).toBe(await cliHeadline(standard, asOf));

    const { timings } = read;
    console.info(`standard export (${(standard.bytes.length / 1e6).toFixed(1)} MB zip), try ${read.tries}: ${JSON.stringify(timings)}`);
    expect(timings.longTasksWhileReading).toEqual([]);
    expect(timings.progressUpdates).toBeGreaterThan(0);
    expect(timings.longestGap).toBeLessThanOrEqual(250);
    // Recharts' first mount is one synchronous burst; kept well under a noticeable freeze.
    for (const task of timings.longTasksDrawingCharts) expect(task).toBeLessThan(300);
  });

  test('region and opt-out date change the figures at once, as on the command line', async () => {
    const { page } = app;
    const asOf = new Date().toISOString().slice(0, 10);
    const headline = page.getByTestId('headline-text');
    const before = await headline.textContent();
    await page.getByTestId('optout-choice').first().selectOption('date');
    await page.getByTestId('optout-input').first().fill('Jun 1, 2025');
    const optedOut = await cliHeadline(standard, asOf, ['--opted-out', '2025-06-01']);
    await expect.poll(() => headline.textContent()).toBe(optedOut);
    expect(optedOut).not.toBe(before);
    await page.getByTestId('region-select').first().selectOption('eu');
    const eu = await cliHeadline(standard, asOf, ['--opted-out', '2025-06-01', '--region', 'eu']);
    await expect.poll(() => headline.textContent()).toBe(eu);
    expect(eu).not.toBe(optedOut);
    // The same day, now written as the EU writes it.
    expect(await page.getByTestId('optout-input').first().inputValue()).toBe('1 Jun 2025');
    await page.getByTestId('region-select').first().selectOption('us');
    await page.getByTestId('optout-choice').first().selectOption('none');
    await expect.poll(() => headline.textContent()).toBe(before);
  });

  test('every view opens, by mouse and by arrow keys, in light and dark', async () => {
    const { page } = app;
    for (const theme of ['light', 'dark'] as const) {
      await page.getByTestId('theme-select').selectOption(theme);
      for (const [id, label] of VIEWS) {
        await page.getByRole('tab', { name: label }).click();
        await page.locator(`[role="tabpanel"][data-view="${id}"]`).waitFor();
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(label);
        await screenshot(page, `${id}-${theme}`);
      }
    }
    await page.getByTestId('theme-select').selectOption('light');
    // A click takes focus to the view's heading; from the tab list, the arrow keys move between views.
    await page.getByRole('tab', { name: 'Overview' }).click();
    expect(await page.evaluate(() => `${document.activeElement?.localName}: ${document.activeElement?.textContent}`)).toBe('h1: Overview');
    await page.getByRole('tab', { name: 'Overview' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.locator('[role="tabpanel"][data-view="timeline"]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Timeline');
    await page.keyboard.press('End');
    await page.locator('[role="tabpanel"][data-view="guide"]').waitFor();
    await page.getByRole('tab', { name: 'Overview' }).click();
  });

  test('the IP addresses appear only on request', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Login activity' }).click();
    expect(await page.getByTestId('ip-table').count()).toBe(0);
    await page.getByTestId('toggle-ips').click();
    expect(await page.getByTestId('ip-table').locator('tbody tr').count()).toBeGreaterThan(0);
    await page.getByTestId('toggle-ips').click();
  });

  test('the explorer searches the member\'s items', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Your items' }).click();
    const count = page.getByTestId('explorer-count');
    const before = await count.textContent();
    await page.getByTestId('explorer-search').fill('proud');
    await expect.poll(() => count.textContent()).not.toBe(before);
    expect(await count.textContent()).toMatch(/^Showing [\d,]+ of [\d,]+ items containing “proud”\.$/);
    for (const text of await page.getByTestId('explorer-row').locator('.col-text').allTextContents()) expect(text.toLowerCase()).toContain('proud');
    await page.getByTestId('explorer-search').fill('');
  });

  test('dark theme follows the system when nothing is chosen', async () => {
    const dark = await openApp(session, { colorScheme: 'dark' });
    const background = await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(20, 24, 28)');
    await screenshot(dark.page, 'home-dark');
    await dark.context.close();
  });

  test('a file that is not an export gets a plain message and a way back', async () => {
    const bad = await notAnExport();
    session.serve(bad);
    const fresh = await openApp(session);
    await dropExports(fresh.page, [bad]);
    await fresh.page.getByRole('heading', { name: 'This export could not be read' }).waitFor();
    expect(await fresh.page.getByRole('alert').textContent()).toContain(bad.name);
    await screenshot(fresh.page, 'failed-light');
    await fresh.page.getByRole('button', { name: 'Back to the start' }).click();
    await fresh.page.getByTestId('drop-zone').waitFor();
    expect(fresh.foreignRequests).toEqual([]);
    await fresh.context.close();
  });

  test('the sample export opens from the first screen', async () => {
    const fresh = await openApp(session);
    await fresh.page.getByRole('button', { name: 'Try it with sample data' }).click();
    await fresh.page.getByTestId('headline').waitFor({ timeout: 60_000 });
    expect(await fresh.page.getByTestId('headline-text').textContent()).toMatch(/^Of the [\d,]+ words you wrote on LinkedIn/);
    expect(await fresh.page.getByTestId('sample-badge').textContent()).toBe(SAMPLE_LABEL);
    expect(await fresh.page.getByTestId('sample-note').textContent()).toContain(SAMPLE_LABEL);
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
  });

  test('nothing left the page\'s origin and no error was logged', () => {
    expect(app.foreignRequests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
