// The verdict before the whole export is read, in real Chromium on the web build: an export whose
// private messages are most of its bytes. The reading screen shows the verdict (the overview's
// sentences, from the files the verdict depends on) while progress on the rest goes on; the
// results come after, and their figures for the categories the early verdict covered are the same.
// Only the order of events is checked: how soon is `npm run bench`'s job.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inboxExport, type E2eExport } from '../support/e2eExports';
import { dropExports, openApp, screenshot, startSession, type E2eSession } from '../support/e2eBrowser';

let session: E2eSession;
let inbox: E2eExport;

beforeAll(async () => {
  session = await startSession();
  inbox = await inboxExport(250_000);
  session.serve(inbox);
});

afterAll(async () => {
  await session?.close();
});

describe('the verdict first, in the web build', () => {
  test('shows on the reading screen before the results, with progress on the private messages after it', async () => {
    const app = await openApp(session);
    const { page } = app;
    // Records in the page's clock when the early verdict and the results appear, and each
    // progress change with the file being read.
    await page.evaluate(() => {
      const w = window as unknown as { __marks: { verdict?: number; results?: number; progress: { at: number; file: string }[] } };
      w.__marks = { progress: [] };
      let last = '';
      new MutationObserver(() => {
        const now = performance.now();
        if (w.__marks.verdict === undefined && document.querySelector('[data-testid="reading-verdict"]')) w.__marks.verdict = now;
        if (w.__marks.results === undefined && document.querySelector('[data-testid="headline"]')) w.__marks.results = now;
        const bar = document.querySelector('[data-testid="progress"]');
        const file = document.querySelector('[data-testid="progress-file"]')?.textContent ?? '';
        const state = `${bar?.getAttribute('data-bytes-done')}|${file}`;
        if (bar && state !== last) {
          last = state;
          w.__marks.progress.push({ at: now, file });
        }
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await dropExports(page, [inbox]);

    await page.getByTestId('reading-verdict').waitFor({ timeout: 120_000 });
    await screenshot(page, 'reading-verdict-light');
    const early = {
      headline: await page.getByTestId('reading-headline-text').textContent(),
      whileTraining: await page.getByTestId('reading-verdict-whileTraining').locator('[data-testid="reading-verdict-text"]').textContent(),
      pending: await page.getByTestId('reading-pending').textContent(),
    };
    expect(early.pending).toMatch(/^Still reading: .*Private messages/);
    expect(early.headline).toMatch(/^Of the [\d,]+ words you wrote on LinkedIn/);

    await page.getByTestId('headline').waitFor({ timeout: 120_000 });
    const marks = await page.evaluate(() => (window as unknown as { __marks: { verdict: number; results: number; progress: { at: number; file: string }[] } }).__marks);
    expect(marks.verdict).toBeLessThan(marks.results);
    // The reading went on after the verdict showed: the private messages, with progress.
    const after = marks.progress.filter((p) => p.at > marks.verdict);
    expect(after.some((p) => /messages\.csv/.test(p.file))).toBe(true);

    // The exposed figures did not change: what was left to read is never trained on.
    const final = await page.getByTestId('verdict-whileTraining').locator('[data-testid="verdict-text"]').textContent();
    expect(final).toBe(early.whileTraining);
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await app.context.close();
  });
});
