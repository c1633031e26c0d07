// Debian's Chromium driven by playwright-core against the built web app (dist/renderer), served
// by the same server as `npm run web`. The end-to-end tests check what the page does with it;
// the UI benchmark (scripts/bench/ui) drives the same pages to time them. Nothing here asserts
// a duration: timing belongs to `npm run bench:ui`.

import type { AddressInfo } from 'node:net';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createStaticServer } from '../../scripts/web/staticServer';
import type { E2eExport } from './e2eExports';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = join(process.cwd(), 'tests', 'output', 'screenshots');
const DIST = join(process.cwd(), 'dist', 'renderer');

/** Where the tests hand generated exports to the page (same origin as the app). */
export const FIXTURE_PREFIX = '/__e2e__/';

export interface E2eSession {
  readonly browser: Browser;
  readonly origin: string;
  readonly url: string;
  /** Makes an export available to the page at FIXTURE_PREFIX + name. */
  serve(exp: E2eExport): void;
  close(): Promise<void>;
}

export async function startSession(): Promise<E2eSession> {
  const fixtures = new Map<string, Uint8Array>();
  const server = createStaticServer(DIST, {
    extra: async (pathname: string) => {
      if (!pathname.startsWith(FIXTURE_PREFIX)) return null;
      const bytes = fixtures.get(pathname.slice(FIXTURE_PREFIX.length));
      return bytes ? { body: Buffer.from(bytes), type: 'application/zip' } : null;
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  await mkdir(SCREENSHOTS, { recursive: true });
  return {
    browser,
    origin,
    url: `${origin}/`,
    serve: (exp) => fixtures.set(exp.name, exp.bytes),
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface WorkerRecord {
  readonly url: string;
  closed: boolean;
}

export interface AppPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every request the page made, from the first, and those outside its own origin. */
  readonly requests: string[];
  readonly foreignRequests: string[];
  readonly errors: string[];
  /** Every Web Worker the page started, and whether it has ended since. */
  readonly workers: WorkerRecord[];
}

export interface OpenAppOptions {
  readonly colorScheme?: 'light' | 'dark';
  readonly viewport?: { width: number; height: number };
  /** Scripts run in the page before its own (the UI benchmark records long tasks with one). */
  readonly initScripts?: readonly (() => void)[];
}

/** A fresh context and page on the app, recording every request, worker and page error. */
export async function openApp(session: E2eSession, options: OpenAppOptions = {}): Promise<AppPage> {
  const context = await session.browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 860 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
    locale: 'en-GB',
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  const workers: WorkerRecord[] = [];
  const isOwn = (url: string) => url.startsWith(`${session.origin}/`) || url.startsWith('blob:') || url.startsWith('data:');
  context.on('request', (request) => {
    requests.push(request.url());
    if (!isOwn(request.url())) foreignRequests.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/favicon/.test(message.text())) errors.push(message.text());
  });
  page.on('worker', (worker) => {
    const record: WorkerRecord = { url: worker.url(), closed: false };
    workers.push(record);
    worker.on('close', () => (record.closed = true));
  });
  for (const script of options.initScripts ?? []) await page.addInitScript(script);
  await page.goto(session.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { context, page, requests, foreignRequests, errors, workers };
}

/** The analysis workers (renderer/host/analysisWorker.ts) the page started, and how many ended. */
export function analysisWorkers(app: AppPage): { started: number; ended: number } {
  const analysis = app.workers.filter((w) => /analysisWorker/.test(w.url));
  return { started: analysis.length, ended: analysis.filter((w) => w.closed).length };
}

/**
 * Drops files on the drop zone the way a file manager does: a DataTransfer holding Files.
 * Returns the page's clock (performance.now()) just before the drop.
 */
export async function dropExports(page: Page, exports: readonly E2eExport[]): Promise<number> {
  const transfer = await page.evaluateHandle(
    async ({ prefix, names }) => {
      const data = new DataTransfer();
      for (const name of names) {
        const bytes = await (await fetch(prefix + name)).arrayBuffer();
        data.items.add(new File([bytes], name, { type: 'application/zip' }));
      }
      return data;
    },
    { prefix: FIXTURE_PREFIX, names: exports.map((e) => e.name) },
  );
  const zone = page.getByTestId('drop-zone');
  const dropped = await page.evaluate(() => performance.now());
  await zone.dispatchEvent('dragenter', { dataTransfer: transfer });
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
  await transfer.dispose();
  return dropped;
}

/**
 * Records, in the page's clock, each visible change of the progress bar (bytes read or current
 * file) from now on, when the verdict shows on the reading screen, and when the results'
 * headline and first chart appear.
 */
export async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __progress: number[]; __progressObserver?: MutationObserver; __shown?: number; __charted?: number; __verdictShown?: number };
    w.__progress = [];
    w.__progressObserver?.disconnect();
    delete w.__shown;
    delete w.__charted;
    delete w.__verdictShown;
    let last = '';
    const observer = new MutationObserver(() => {
      if (w.__verdictShown === undefined && document.querySelector('[data-testid="reading-verdict"]')) w.__verdictShown = performance.now();
      if (w.__shown === undefined && document.querySelector('[data-testid="headline"]')) w.__shown = performance.now();
      if (w.__charted === undefined && document.querySelector('[data-testid="headline"]') && document.querySelector('svg.recharts-surface')) w.__charted = performance.now();
      const bar = document.querySelector('[data-testid="progress"]');
      if (!bar) return;
      const state = `${bar.getAttribute('data-bytes-done')}|${document.querySelector('[data-testid="progress-file"]')?.textContent}`;
      if (state !== last) {
        last = state;
        w.__progress.push(performance.now());
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    w.__progressObserver = observer;
  });
}

/** When each visible progress change happened (page clock), since watchProgress. */
export async function progressTimes(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __progress: number[] }).__progress);
}

export interface ReadExport {
  readonly app: AppPage;
  /** The page's clock just before the drop. */
  readonly dropped: number;
}

/** Opens the app, watches the progress bar, drops the exports and waits for the headline. */
export async function readExports(session: E2eSession, exports: readonly E2eExport[], options: OpenAppOptions = {}, timeoutMs = 120_000): Promise<ReadExport> {
  const app = await openApp(session, options);
  await watchProgress(app.page);
  const dropped = await dropExports(app.page, exports);
  await app.page.getByTestId('headline').waitFor({ timeout: timeoutMs });
  return { app, dropped };
}

export interface ListJump {
  /** Time since the previous frame, page clock. */
  readonly ms: number;
  /** Rows in the DOM after this jump. */
  readonly rows: number;
}

/**
 * Jumps through the explorer's whole list in 120 steps, one per animation frame, and returns each
 * frame's time and the rows in the DOM, then the last row's index once at the end.
 */
export async function jumpThroughList(page: Page): Promise<{ jumps: ListJump[]; lastIndex: string | null }> {
  return page.evaluate(async () => {
    const scroller = document.querySelector('[data-testid="explorer-scroll"]') as HTMLElement;
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const rows = () => document.querySelectorAll('[data-testid="explorer-row"]').length;
    scroller.scrollTop = 0;
    await nextFrame();
    const jumps: { ms: number; rows: number }[] = [];
    let last = performance.now();
    const step = scroller.scrollHeight / 120;
    for (let i = 1; i <= 120; i++) {
      scroller.scrollTop = i * step;
      await nextFrame();
      const now = performance.now();
      jumps.push({ ms: now - last, rows: rows() });
      last = now;
    }
    await nextFrame();
    return { jumps, lastIndex: document.querySelector('[data-testid="explorer-row"]:last-child')?.getAttribute('aria-rowindex') ?? null };
  });
}

/**
 * Saves a PNG to look at (`name` may hold a folder: `layout/home-dark`), when E2E_SCREENSHOTS is
 * set (`npm run screenshots`). No test reads them back, and in CI they cost about a minute of
 * software rendering, so the test run itself takes none.
 */
export async function screenshot(page: Page, name: string, options: { readonly fullPage?: boolean } = {}): Promise<void> {
  if (!process.env.E2E_SCREENSHOTS) return;
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: options.fullPage ?? true });
}
