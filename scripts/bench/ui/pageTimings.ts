// What the UI benchmark times in Chromium, on the pages the end-to-end tests drive
// (tests/support/e2eBrowser.ts): a read from drop to headline and first chart, Cancel, and the
// explorer's frames while it jumps through 300,000 rows.

import type { Page } from 'playwright-core';
import type { E2eExport } from '../../../tests/support/e2eExports';
import { dropExports, jumpThroughList, openApp, progressTimes, readExports, type AppPage, type E2eSession } from '../../../tests/support/e2eBrowser';
import { median, percentile } from './measures';

interface LongTask {
  readonly start: number;
  readonly duration: number;
}

/** Runs in the page before its own scripts: records every main-thread task over 50 ms. */
function recordLongTasks(): void {
  const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

async function longTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate(() => (window as unknown as { __longTasks: LongTask[] }).__longTasks);
}

export interface ReadTimings {
  /** Drop to headline. */
  readonly toResults: number;
  /** Longest time without a visible progress change, from the drop to the last change. */
  readonly longestProgressGap: number;
  /** From the last visible progress change to the headline: the wait the gaps above leave out. */
  readonly lastProgressToResults: number;
  /** Longest main-thread task from the drop until the headline; 0 when none was over 50 ms. */
  readonly longestTaskReading: number;
  /** The same from the headline until the first chart was drawn. */
  readonly longestTaskCharting: number;
}

const longest = (tasks: readonly LongTask[]) => Math.max(0, ...tasks.map((t) => t.duration));

/** Drops the exports on a fresh page and times the read; the page stays open on the results. */
export async function timedRead(session: E2eSession, exports: readonly E2eExport[]): Promise<{ app: AppPage; timings: ReadTimings }> {
  const { app, dropped } = await readExports(session, exports, { initScripts: [recordLongTasks] });
  const { page } = app;
  await page.waitForFunction(() => (window as unknown as { __charted?: number }).__charted !== undefined, undefined, { timeout: 60_000 });
  const { shown, charted } = await page.evaluate(() => {
    const w = window as unknown as { __shown: number; __charted: number };
    return { shown: w.__shown, charted: w.__charted };
  });
  const changes = await progressTimes(page);
  const gaps = changes.map((t, i) => t - (i === 0 ? dropped : changes[i - 1]!));
  const tasks = (await longTasks(page)).filter((t) => t.start >= dropped);
  return {
    app,
    timings: {
      toResults: shown - dropped,
      longestProgressGap: Math.max(0, ...gaps),
      lastProgressToResults: shown - (changes.at(-1) ?? dropped),
      longestTaskReading: longest(tasks.filter((t) => t.start < shown)),
      longestTaskCharting: longest(tasks.filter((t) => t.start >= shown && t.start < charted)),
    },
  };
}

/** From the click on Cancel to the next frame showing the first screen, in the page's clock. */
export async function cancelLatency(session: E2eSession, exp: E2eExport): Promise<number> {
  const app = await openApp(session);
  const { page } = app;
  try {
    await dropExports(page, [exp]);
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="progress"]')?.getAttribute('data-bytes-done') ?? 0) > 0);
    await page.evaluate(() => {
      const w = window as unknown as { __cancel: { clicked?: number; back?: number } };
      w.__cancel = {};
      const cancelButton = (target: EventTarget | null) => target instanceof Element && target.closest('button')?.textContent?.trim() === 'Cancel';
      document.addEventListener('click', (event) => {
        if (cancelButton(event.target)) w.__cancel.clicked = performance.now();
      }, { capture: true });
      new MutationObserver((_, observer) => {
        if (w.__cancel.clicked === undefined || !document.querySelector('[data-testid="drop-zone"]')) return;
        observer.disconnect();
        requestAnimationFrame(() => (w.__cancel.back = performance.now()));
      }).observe(document.body, { subtree: true, childList: true });
    });
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.waitForFunction(() => (window as unknown as { __cancel: { back?: number } }).__cancel.back !== undefined);
    return await page.evaluate(() => {
      const { clicked, back } = (window as unknown as { __cancel: { clicked: number; back: number } }).__cancel;
      return back - clicked;
    });
  } finally {
    await app.context.close();
  }
}

/** Frame times while the explorer jumps through its whole list (the page shows the results). */
export async function scrollFrames(page: Page): Promise<{ median: number; p95: number }> {
  if ((await page.getByTestId('explorer-scroll').count()) === 0) {
    await page.getByRole('tab', { name: 'Your items' }).click();
    await page.getByTestId('explorer-row').first().waitFor();
  }
  const frames = (await jumpThroughList(page)).jumps.map((j) => j.ms);
  return { median: median(frames), p95: percentile(frames, 0.95) };
}
