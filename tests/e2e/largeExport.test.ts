// A large export (300,000 posts) in real Chromium: Cancel returns to the first screen at once;
// a full read keeps the main thread free and the progress steady; the explorer scrolls through
// 300,000 rows smoothly.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { largeExport, type E2eExport } from '../support/e2eExports';
import { bestTimedRead, dropExports, openApp, screenshot, startSession, type E2eSession } from '../support/e2eBrowser';

const POSTS = 300_000;

interface ScrollPass {
  readonly frames: number;
  readonly median: number;
  readonly p95: number;
  readonly worst: number;
  readonly rows: number;
  readonly lastIndex: string | null;
}

/** Jumps through the whole list in 120 steps, one per frame, timing each frame. */
async function scrollThrough(page: Page): Promise<ScrollPass> {
  const frames = await page.evaluate(async () => {
    const scroller = document.querySelector('[data-testid="explorer-scroll"]') as HTMLElement;
    scroller.scrollTop = 0;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const times: number[] = [];
    let last = performance.now();
    const step = scroller.scrollHeight / 120;
    for (let i = 1; i <= 120; i++) {
      scroller.scrollTop = i * step;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = performance.now();
      times.push(now - last);
      last = now;
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return times;
  });
  const sorted = [...frames].sort((a, b) => a - b);
  const { rows, lastIndex } = await page.evaluate(() => ({
    rows: document.querySelectorAll('[data-testid="explorer-row"]').length,
    lastIndex: document.querySelector('[data-testid="explorer-row"]:last-child')?.getAttribute('aria-rowindex') ?? null,
  }));
  return { frames: frames.length, median: sorted[sorted.length >> 1]!, p95: sorted[Math.floor(sorted.length * 0.95)]!, worst: sorted[sorted.length - 1]!, rows, lastIndex };
}

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
  test('Cancel during a long read returns to the first screen at once', async () => {
    const app = await openApp(session);
    const { page } = app;
    await dropExports(page, [large]);
    await page.getByTestId('progress').waitFor();
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="progress"]')?.getAttribute('data-bytes-done') ?? 0) > 0);
    await screenshot(page, 'reading-light');
    const clicked = Date.now();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('drop-zone').waitFor();
    const back = Date.now() - clicked;
    console.info(`cancel: back on the first screen after ${back} ms`);
    expect(back).toBeLessThan(1000);
    // The cancelled run never shows up later.
    await page.waitForTimeout(1500);
    expect(await page.getByTestId('drop-zone').count()).toBe(1);
    expect(await page.getByTestId('headline').count()).toBe(0);
    expect(app.foreignRequests).toEqual([]);
    await app.context.close();
  });

  test('a full read: no long main-thread task, progress at least every 250 ms, then 300,000 rows scroll smoothly', async () => {
    const { app, timings, tries } = await bestTimedRead(session, [large], 3);
    const { page } = app;
    console.info(`large export (${(large.bytes.length / 1e6).toFixed(1)} MB zip, ${POSTS} posts), try ${tries}: ${JSON.stringify(timings)}`);
    expect(timings.longTasksWhileReading).toEqual([]);
    expect(timings.longestGap).toBeLessThanOrEqual(250);
    for (const task of timings.longTasksDrawingCharts) expect(task).toBeLessThan(300);

    await page.getByRole('tab', { name: 'Your items' }).click();
    await page.getByTestId('explorer-row').first().waitFor();
    // The posts, plus the generator's own few articles.
    const shown = Number(/of ([\d,]+) items/.exec((await page.getByTestId('explorer-count').textContent()) ?? '')![1]!.replace(/,/g, ''));
    expect(shown).toBeGreaterThanOrEqual(POSTS);
    expect(shown).toBeLessThan(POSTS + 10);
    // Best of two passes: frame times on a shared machine are noisy.
    const passes = [await scrollThrough(page)];
    if (passes[0]!.p95 >= 50) passes.push(await scrollThrough(page));
    const scroll = passes.reduce((a, b) => (b.p95 < a.p95 ? b : a));
    console.info(
      `explorer, ${shown} rows: ${scroll.frames} scroll jumps, median frame ${scroll.median.toFixed(1)} ms, p95 ${scroll.p95.toFixed(1)} ms, worst ${scroll.worst.toFixed(1)} ms; ${scroll.rows} rows in the DOM (pass ${passes.indexOf(scroll) + 1})`,
    );
    expect(scroll.rows).toBeLessThan(100);
    expect(Number(scroll.lastIndex)).toBe(shown + 1);
    expect(scroll.p95).toBeLessThan(50);
    await screenshot(page, 'explorer-large-light');
    expect(app.foreignRequests).toEqual([]);
    await app.context.close();
  });
});
