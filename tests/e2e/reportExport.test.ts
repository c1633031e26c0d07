// A whole session in real Chromium, every request recorded from the first: open the sample,
// visit every view, export every report format the browser offers (each one a download whose
// content is checked), write and save the objection letter, copy it; nothing may leave the
// page's own origin. Screenshots of the dialog and the letter panel.

import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GROUNDS_PLACEHOLDER } from '../../shared/report/objectionLetter';
import type { ReportJson } from '../../shared/report/reportJson';
import { SAMPLE_LABEL } from '../../shared/report/verdict';
import { downloadOf } from '../support/e2eDownloads';
import { validateReport } from '../support/reportSchemaValidator';
import { openApp, screenshot, startSession, type AppPage, type E2eSession } from '../support/e2eBrowser';

const VIEWS = ['Overview', 'Timeline', 'Login activity', 'Language preferences', 'Responses', 'AI-assistant conversations', 'Your items', 'What was read', 'Opt-out guide'];
const GROUNDS = 'I am a freelance translator: my posts are samples of my paid work, and a model trained on them competes with me.';

let session: E2eSession;
let app: AppPage;

beforeAll(async () => {
  session = await startSession();
  app = await openApp(session);
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.origin });
});

afterAll(async () => {
  await session?.close();
});

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The letter panel as the member sees it: scrolled to (below the sticky toolbar), in a tall window. */
async function letterScreenshot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 1180 });
  await page.getByTestId('objection-panel').evaluate((panel) => panel.scrollIntoView({ block: 'start' }));
  await screenshot(page, name, { fullPage: false });
  await page.setViewportSize({ width: 1280, height: 860 });
}

async function exportAs(page: Page, format: 'html' | 'json' | 'md' | 'csv'): Promise<string> {
  const dialog = page.getByRole('dialog', { name: 'Export report' });
  await dialog.getByTestId(`format-${format}`).check();
  const { name, content } = await downloadOf(page, () => dialog.getByTestId('export-save').click());
  expect(name).toBe(`linkedin-ai-exposure-report-${today()}.${format}`);
  await expect.poll(() => dialog.getByTestId('export-status').textContent()).toBe(`Downloaded as ${name} (your browser's downloads folder).`);
  return content;
}

describe('a whole session, offline', () => {
  test('open the sample and visit every view', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Try it with sample data' }).click();
    await page.getByTestId('headline').waitFor({ timeout: 60_000 });
    for (const label of VIEWS) {
      await page.getByRole('tab', { name: label }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(label);
    }
    await page.getByRole('tab', { name: 'Overview' }).click();
  });

  test('the dialog: defaults, PDF unavailable with the reason, keyboard, screenshots', async () => {
    const { page } = app;
    await page.getByTestId('export-report').click();
    const dialog = page.getByRole('dialog', { name: 'Export report' });
    await dialog.waitFor();
    expect(await dialog.getByTestId('format-html').isChecked()).toBe(true);
    expect(await dialog.getByTestId('redaction-counts').isChecked()).toBe(true);
    expect(await dialog.getByTestId('format-pdf').isDisabled()).toBe(true);
    expect(await dialog.textContent()).toContain('save HTML and print it from your browser');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('format-html');
    await screenshot(page, 'export-dialog-light', { fullPage: false });
    // Tab from the last control wraps to the first; Escape closes and focus is on the button again.
    await dialog.getByRole('button', { name: 'Close' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('format-html');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-report');
    await page.getByTestId('theme-select').selectOption('dark');
    await page.getByTestId('export-report').click();
    await dialog.getByTestId('redaction-excerpts').check();
    await screenshot(page, 'export-dialog-dark', { fullPage: false });
    await page.keyboard.press('Escape');
    await page.getByTestId('theme-select').selectOption('light');
  });

  test('every format the browser offers downloads, with the right content', async () => {
    const { page } = app;
    await page.getByTestId('export-report').click();
    const html = await exportAs(page, 'html');
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll('figure svg.recharts-surface')).toHaveLength(2);
    expect(doc.querySelectorAll('figure svg.heatmap')).toHaveLength(1);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelector('.headline')?.textContent).toBe(await page.getByTestId('headline').textContent());
    expect(doc.querySelector('title')?.textContent).toBe(`LinkedIn AI-training exposure report: ${SAMPLE_LABEL}`);
    const report = JSON.parse(await exportAs(page, 'json')) as ReportJson;
    expect(report.schemaVersion).toBe(2);
    expect(report.verdict.headline.text).toBe(await page.getByTestId('headline-text').textContent());
    expect(report.inputs.map((i) => i.invented)).toEqual([true]);
    expect(report.redaction).toBe('counts');
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    const csv = await exportAs(page, 'csv');
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[1]).toMatch(/^report,counts,/);
    const md = await exportAs(page, 'md');
    expect(md).toContain(`# LinkedIn AI-training exposure report: ${SAMPLE_LABEL}`);
    await screenshot(page, 'export-dialog-saved-light', { fullPage: false });
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  });

  test('the objection letter: grounds required, then copied, saved as text and included in a report', async () => {
    const { page } = app;
    await page.getByRole('tab', { name: 'Opt-out guide' }).click();
    await page.getByTestId('region-select').first().selectOption('eu');
    const panel = page.getByTestId('objection-panel');
    expect(await panel.getByTestId('objection-copy').isDisabled()).toBe(true);
    expect(await panel.getByTestId('objection-blocked').isVisible()).toBe(true);
    expect(await panel.getByTestId('objection-text').textContent()).toContain(GROUNDS_PLACEHOLDER);
    await letterScreenshot(page, 'objection-letter-empty-light');
    await panel.getByTestId('objection-grounds').fill(GROUNDS);
    await panel.getByTestId('objection-signature').fill('Ada Quill');
    const letter = (await panel.getByTestId('objection-text').textContent())!;
    expect(letter).toContain(GROUNDS);

    await panel.getByTestId('objection-copy').click();
    await expect.poll(() => panel.getByTestId('objection-status').textContent()).toBe('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(letter);

    const saved = await downloadOf(page, () => panel.getByTestId('objection-save').click());
    expect(saved.name).toBe(`linkedin-ai-exposure-objection-letter-${today()}.txt`);
    expect(saved.content).toBe(letter);
    await expect.poll(() => panel.getByTestId('objection-status').textContent()).toBe(`Downloaded as ${saved.name} (your browser's downloads folder).`);
    await letterScreenshot(page, 'objection-letter-light');
    await page.getByTestId('theme-select').selectOption('dark');
    await letterScreenshot(page, 'objection-letter-dark');
    await page.getByTestId('theme-select').selectOption('light');

    await page.getByTestId('export-report').click();
    const dialog = page.getByRole('dialog', { name: 'Export report' });
    await dialog.getByTestId('include-letter').check();
    const md = await exportAs(page, 'md');
    expect(md).toContain(GROUNDS);
    expect(md).toContain('Yours faithfully,\nAda Quill');
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  test('the United States gets the opt-out steps', async () => {
    const { page } = app;
    await page.getByTestId('region-select').first().selectOption('us');
    const panel = page.getByTestId('objection-panel');
    expect(await panel.getByTestId('objection-grounds').count()).toBe(0);
    const saved = await downloadOf(page, () => panel.getByTestId('objection-save').click());
    expect(saved.name).toBe(`linkedin-ai-exposure-opt-out-steps-${today()}.txt`);
    expect(saved.content).toContain('Data for Generative AI Improvement');
  });

  test('every request stayed on the page\'s own origin, and no error was logged', () => {
    expect(app.requests.length).toBeGreaterThan(0);
    expect(app.requests.every((url) => url.startsWith(`${session.origin}/`) || url.startsWith('blob:') || url.startsWith('data:'))).toBe(true);
    expect(app.foreignRequests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
