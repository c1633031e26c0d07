// Every view in real Chromium, for a US member not opted out and an EU member opted out on
// 2025-12-01 (the overview and timeline also for 2025-10-01), in light and dark: each view opens
// at its top with focus on its heading; no sideways overflow, no text spilling out of its box
// and no overlapping chart labels at 1366×850, after shrinking the window to 800×600 and after
// widening it again, nor on a fresh load at 800×600, and no empty panel or undrawn chart; the
// timeline marks only the member's region's policy dates and the opt-out, labels apart; axe-core finds nothing at WCAG 2.2 AA in
// the views (tables behind their disclosures included), the first screen, the export dialog with
// its preview, and the HTML report. With `npm run screenshots`, a PNG of each state under tests/output/screenshots/layout.

import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { VIEWS } from '../../renderer/app/views';
import { axeViolations, describeViolations } from '../support/axe';
import { openApp, screenshot, startSession, type AppPage, type E2eSession } from '../support/e2eBrowser';
import { emptyPanels, horizontalOverflow, markerLabels, overlappingLabels, spilledContent } from '../support/layoutChecks';

const WIDE = { width: 1366, height: 850 };
const NARROW = { width: 800, height: 600 };
const THEMES = ['light', 'dark'] as const;
const ALL_VIEWS = VIEWS.map((v) => v.id);

interface Setting {
  readonly name: string;
  readonly region: 'us' | 'eu';
  /** The opt-out day as the member types it in the region's date style; null: not opted out. */
  readonly optedOut: string | null;
  readonly views: readonly string[];
  /** The timeline's marker labels: the region's policy dates and the opt-out, nothing else. */
  readonly markers: readonly string[];
}

const SETTINGS: readonly Setting[] = [
  { name: 'us-not-opted-out', region: 'us', optedOut: null, views: ALL_VIEWS, markers: ['Sep 18, 2024'] },
  { name: 'eu-2025-12-01', region: 'eu', optedOut: '1 Dec 2025', views: ALL_VIEWS, markers: ['3 Nov 2025', 'You opted out (1 Dec 2025)'] },
  { name: 'eu-2025-10-01', region: 'eu', optedOut: '1 Oct 2025', views: ['overview', 'timeline'], markers: ['3 Nov 2025', 'You opted out (1 Oct 2025)'] },
];

let session: E2eSession;
let app: AppPage;

beforeAll(async () => {
  session = await startSession();
  app = await openApp(session, { viewport: WIDE });
  await openSample(app.page);
});

afterAll(async () => {
  await session?.close();
});

async function shoot(page: Page, name: string): Promise<void> {
  await screenshot(page, `layout/${name}`);
}

async function openSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Try it with sample data' }).click();
  await page.getByTestId('headline').waitFor({ timeout: 60_000 });
}

async function applySettings(page: Page, setting: Setting): Promise<void> {
  await page.getByTestId('region-select').first().selectOption(setting.region);
  if (setting.optedOut === null) {
    await page.getByTestId('optout-choice').first().selectOption('none');
  } else {
    await page.getByTestId('optout-choice').first().selectOption('date');
    await page.getByTestId('optout-input').first().fill(setting.optedOut);
    await expect.poll(() => page.getByTestId('optout-input-hint').first().textContent()).toBe(setting.optedOut);
  }
}

/** Charts mount a task after their view, and redraw after a resize: wait for both, and a frame. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('.chart-placeholder').length === 0);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function expectNoOverflow(page: Page, when: string): Promise<void> {
  await settled(page);
  // A resize reaches the charts through ResizeObserver and a render: a moment, never more.
  await expect.poll(() => horizontalOverflow(page), { message: when, timeout: 3000 }).toEqual([]);
  expect(await overlappingLabels(page), when).toEqual([]);
  expect(await spilledContent(page), when).toEqual([]);
  expect(await emptyPanels(page), when).toEqual([]);
}

async function expectAccessible(page: Page, when: string): Promise<void> {
  await settled(page);
  const violations = await axeViolations(page, { openDetails: true });
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = false)));
  expect(violations, `${when}\n${describeViolations(violations)}`).toEqual([]);
}

/** Opens a view from the side bar, after scrolling the old one to its end. */
async function openView(page: Page, id: string): Promise<string> {
  const label = VIEWS.find((v) => v.id === id)!.label;
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.getByRole('tab', { name: label, exact: true }).click();
  await page.locator(`[role="tabpanel"][data-view="${id}"]`).waitFor();
  return label;
}

describe('the first screen', () => {
  test('has no accessibility violation, in light and dark', async () => {
    const home = await openApp(session, { viewport: WIDE });
    for (const theme of THEMES) {
      await home.page.getByTestId('theme-select').selectOption(theme);
      await expectAccessible(home.page, `first screen, ${theme}`);
      await shoot(home.page, `home-${theme}`);
    }
    await home.context.close();
  });
});

describe.each(SETTINGS.flatMap((setting) => THEMES.map((theme) => [`${setting.name}, ${theme}`, setting, theme] as const)))('%s', (_, setting, theme) => {
  test('each view opens at its top, focused on its heading, reflows 1366 → 800 → 1366 px and has no accessibility violation', async () => {
    const { page } = app;
    await page.setViewportSize(WIDE);
    await page.getByTestId('theme-select').selectOption(theme);
    await applySettings(page, setting);
    for (const id of setting.views) {
      const label = await openView(page, id);
      expect(await page.evaluate(() => document.documentElement.scrollTop), `${id} opens at its top`).toBe(0);
      expect(await page.evaluate(() => `${document.activeElement?.localName}: ${document.activeElement?.textContent}`)).toBe(`h1: ${label}`);
      const name = `${setting.name}-${theme}-${id}`;
      await expectNoOverflow(page, `${name} at 1366 px`);
      // The marker labels' boxes, measured here, overlap no other label (expectNoOverflow).
      if (id === 'timeline') expect((await markerLabels(page)).sort(), name).toEqual([...setting.markers].sort());
      await shoot(page, `${name}-1366`);
      await page.setViewportSize(NARROW);
      await expectNoOverflow(page, `${name} shrunk to 800 px`);
      await shoot(page, `${name}-800-resized`);
      await expectAccessible(page, `${name} at 800 px`);
      await page.setViewportSize(WIDE);
      await expectNoOverflow(page, `${name} widened to 1366 px again`);
      await expectAccessible(page, `${name} at 1366 px`);
    }
  });

  test('the export dialog and its preview have no accessibility violation, wide and narrow', async () => {
    const { page } = app;
    await page.getByTestId('export-report').click();
    const dialog = page.getByRole('dialog', { name: 'Export report' });
    try {
      for (const [size, viewport] of [['1366', WIDE], ['800', NARROW]] as const) {
        await page.setViewportSize(viewport);
        for (const format of ['html', 'md']) {
          await dialog.getByTestId(`format-${format}`).check();
          await expect.poll(() => dialog.getByTestId('report-preview-status').textContent()).not.toBe('Preparing the preview…');
          // The dialog is fixed to the window: the window is the picture.
          await screenshot(page, `layout/${setting.name}-${theme}-export-dialog-${format}-${size}`, { fullPage: false });
          await expectAccessible(page, `export dialog, ${format}, ${size} px`);
        }
      }
    } finally {
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await page.setViewportSize(WIDE);
    }
  });
});

describe('a fresh load at 800×600', () => {
  test('every view fits the window, in light and dark', async () => {
    const narrow = await openApp(session, { viewport: NARROW });
    await openSample(narrow.page);
    for (const theme of THEMES) {
      await narrow.page.getByTestId('theme-select').selectOption(theme);
      for (const id of ALL_VIEWS) {
        await openView(narrow.page, id);
        await expectNoOverflow(narrow.page, `${id}, fresh at 800 px, ${theme}`);
        await shoot(narrow.page, `fresh-800-${theme}-${id}`);
      }
    }
    expect(narrow.errors).toEqual([]);
    await narrow.context.close();
  });
});

describe('the HTML report', () => {
  for (const setting of SETTINGS.slice(0, 2)) {
    test(`${setting.name}: as saved from the app, has no accessibility violation`, async () => {
      const { page, context } = app;
      await applySettings(page, setting);
      await page.getByTestId('export-report').click();
      const dialog = page.getByRole('dialog', { name: 'Export report' });
      await dialog.getByTestId('format-html').check();
      // The most the report can hold: excerpts, and the letter where the region has one.
      await dialog.getByTestId('redaction-excerpts').check();
      if (setting.region === 'eu') await dialog.getByTestId('include-letter').check();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), dialog.getByTestId('export-save').click()]).finally(() => page.keyboard.press('Escape'));
      const html = await readFile((await download.path())!, 'utf8');
      const report = await context.newPage();
      await report.setViewportSize(WIDE);
      await report.setContent(html);
      expect(await report.locator('h1').textContent()).toMatch(/^LinkedIn AI-training exposure report/);
      if (setting.region === 'eu') expect(await report.locator('pre.letter').count()).toBe(1);
      const violations = await axeViolations(report);
      await screenshot(report, `layout/report-${setting.name}`);
      expect(violations, describeViolations(violations)).toEqual([]);
      await report.close();
    });
  }

  test('nothing left the page and no error was logged', () => {
    expect(app.foreignRequests).toEqual([]);
    expect(app.errors).toEqual([]);
  });
});
