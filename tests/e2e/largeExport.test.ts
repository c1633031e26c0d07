// A large export (300,000 posts) in real Chromium: Cancel returns to the first screen, stops the
// reading worker, and the cancelled run never shows up; a full read runs in a Web Worker, shows
// its progress, and the explorer pages through 300,000 rows with fewer than 100 in the DOM.
// How fast (cancel latency, long tasks, progress gaps, frame times) is `npm run bench:ui`'s job.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { largeExport, type E2eExport } from '../support/e2eExports';
import { analysisWorkers, dropExports, jumpThroughList, openApp, progressTimes, readExports, screenshot, startSession, type E2eSession } from '../support/e2eBrowser';

const POSTS = 300_000;

let session: E2eSession;
let large: E2eExport;

beforeAll(async () => {
  session = await startSession();
  large = await largeExport(POSTS);
  session.serve(large);
});

afterAll(async () => {
  await session?.close();
});

describe('large export', () => {
  test('Cancel during a long read returns to the first screen and stops the reading worker', async () => {
    const app = await openApp(session);
    const { page } = app;
    await dropExports(page, [large]);
    await page.getByTestId('progress').waitFor();
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="progress"]')?.getAttribute('data-bytes-done') ?? 0) > 0);
    await screenshot(page, 'reading-light');
    expect(analysisWorkers(app).ended).toBe(0);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('drop-zone').waitFor();
    // The worker that was reading is terminated, not left to finish in the background.
    await expect.poll(() => analysisWorkers(app).ended).toBe(1);
    // The cancelled run never shows up later.
    await page.waitForTimeout(1500);
    expect(await page.getByTestId('drop-zone').count()).toBe(1);
    expect(await page.getByTestId('headline').count()).toBe(0);
    expect(app.foreignRequests).toEqual([]);
    await app.context.close();
  });

  test('a full read runs in a worker with visible progress, then the explorer pages through 300,000 rows', async () => {
    const { app } = await readExports(session, [large]);
    const { page } = app;
    expect((await progressTimes(page)).length).toBeGreaterThan(0);
    // The read ran in the analysis worker, which ends once it has handed over the result.
    await expect.poll(() => analysisWorkers(app).ended).toBeGreaterThanOrEqual(1);

    await page.getByRole('tab', { name: 'Your items' }).click();
    await page.getByTestId('explorer-row').first().waitFor();
    // The posts, plus the generator's own few articles.
    const shown = Number(/of ([\d,]+) items/.exec((await page.getByTestId('explorer-count').textContent()) ?? '')![1]!.replace(/,/g, ''));
    expect(shown).toBeGreaterThanOrEqual(POSTS);
    expect(shown).toBeLessThan(POSTS + 10);
    const { jumps, lastIndex } = await jumpThroughList(page);
    console.info(`explorer, ${shown} rows: ${jumps.length} jumps, at most ${Math.max(...jumps.map((j) => j.rows))} rows in the DOM`);
    // At every position only the rows in view are in the DOM, and the list ends at the last item.
    for (const jump of jumps) {
      expect(jump.rows).toBeGreaterThan(0);
      expect(jump.rows).toBeLessThan(100);
    }
    expect(Number(lastIndex)).toBe(shown + 1);
    await screenshot(page, 'explorer-large-light');
    expect(app.foreignRequests).toEqual([]);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
