// Bench tool (Node, its own process: dist/bench/webProfile.cjs <zip> [trace.json]): where the web
// build's read spends its time. Drops the export on the built app in Chromium as webRead.ts does,
// records a Chromium trace with V8's sampling profiler on every thread (the page, the analysis
// worker, its nested file readers) until the items have arrived, and prints each thread's busy
// time and busiest functions per second from the drop (PROFILE_WINDOW_MS), then over the whole
// read (self time, and the stacks). Function names are those of dist/renderer: build it with
// `npx vite build --minify false` to read them. Prints, asserts nothing; `npm run bench` does not
// run it. The trace (Chrome's JSON format) opens in the DevTools' Performance panel.

import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { dropExports, openApp, startSession, watchProgress } from '../../tests/support/e2eBrowser';

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly id?: string;
  readonly cat?: string;
  readonly args?: Record<string, unknown> & { data?: Record<string, unknown>; name?: string };
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number };
  readonly parent?: number;
}

interface ThreadProfile {
  readonly nodes: Map<number, ProfileNode>;
  readonly samples: number[];
  readonly deltas: number[];
  startTime: number;
}

const CATEGORIES = ['disabled-by-default-v8.cpu_profiler', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing', 'v8.execute'];

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  const file = url ? url.slice(url.lastIndexOf('/') + 1) : '';
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}:${columnNumber + 1}` : ''}`;
}

function profilesOf(events: readonly TraceEvent[]): Map<string, ThreadProfile> {
  const byId = new Map<string, ThreadProfile & { thread: string }>();
  for (const event of events) {
    if (event.name === 'Profile') {
      byId.set(`${event.pid}:${event.id}`, { nodes: new Map(), samples: [], deltas: [], startTime: Number(event.args?.data?.startTime ?? event.ts), thread: `${event.pid}:${event.tid}` });
    } else if (event.name === 'ProfileChunk') {
      const profile = byId.get(`${event.pid}:${event.id}`);
      if (!profile) continue;
      const data = event.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
      for (const node of data?.cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node);
      profile.samples.push(...(data?.cpuProfile?.samples ?? []));
      profile.deltas.push(...(data?.timeDeltas ?? []));
    }
  }
  const byThread = new Map<string, ThreadProfile>();
  for (const profile of byId.values()) byThread.set(profile.thread, profile);
  return byThread;
}

function threadNames(events: readonly TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const event of events) if (event.ph === 'M' && event.name === 'thread_name') names.set(`${event.pid}:${event.tid}`, String(event.args?.name));
  return names;
}

/** Self time (ms) per function, and per function with its caller chain's top frames, between `from` and `to` (trace µs). */
function selfTimes(profile: ThreadProfile, from: number, to: number): { total: number; rows: [string, number][]; stacks: [string, number][] } {
  const self = new Map<string, number>();
  const stacks = new Map<string, number>();
  let at = profile.startTime;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.deltas[i] ?? 0;
    const next = at + (profile.deltas[i + 1] ?? 0);
    if (at < from || at > to) continue;
    const ms = (next - at) / 1000;
    const node = profile.nodes.get(profile.samples[i]!);
    if (!node) continue;
    const name = frameName(node);
    if (name === '(idle)') continue;
    total += ms;
    self.set(name, (self.get(name) ?? 0) + ms);
    const chain: string[] = [];
    for (let n: ProfileNode | undefined = node; n && chain.length < 6; n = n.parent === undefined ? undefined : profile.nodes.get(n.parent)) chain.push(n.callFrame.functionName || '(anon)');
    const stack = chain.join(' < ');
    stacks.set(stack, (stacks.get(stack) ?? 0) + ms);
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { total, rows: sorted(self), stacks: sorted(stacks) };
}

/** Parent pointers: trace chunks give children lists only on some builds, parents on others. */
function linkParents(profile: ThreadProfile): void {
  for (const node of profile.nodes.values()) {
    const children = (node as unknown as { children?: number[] }).children;
    for (const child of children ?? []) {
      const c = profile.nodes.get(child) as { parent?: number } | undefined;
      if (c && c.parent === undefined) c.parent = node.id;
    }
  }
}

async function main(zip: string, tracePath: string | undefined): Promise<void> {
  const session = await startSession();
  try {
    const exp = { name: basename(zip), path: zip, bytes: new Uint8Array(await readFile(zip)) };
    session.serve(exp);
    const app = await openApp(session);
    await watchProgress(app.page);
    await app.page.waitForTimeout(500);
    await session.browser.startTracing(app.page, { categories: CATEGORIES });
    await app.page.evaluate(() => performance.mark('before-drop'));
    const dropped = await dropExports(app.page, [exp]);
    await app.page.getByTestId('headline').waitFor({ timeout: 600_000 });
    // The items arrive after the results: Export report… is offered once they have.
    await app.page.waitForFunction(() => document.querySelector('[data-testid="export-report"]:not([disabled])') !== null, undefined, { timeout: 600_000, polling: 20 });
    const marks = await app.page.evaluate(() => {
      const w = window as unknown as { __shown: number; __verdictShown?: number };
      return { shown: w.__shown, verdict: w.__verdictShown ?? null, items: performance.now(), mark: performance.getEntriesByName('before-drop')[0]!.startTime };
    });
    const buffer = await session.browser.stopTracing();
    if (tracePath) await writeFile(tracePath, buffer);
    const { traceEvents } = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] };
    const since = (at: number) => ((at - dropped) / 1000).toFixed(2);
    process.stdout.write(`dropped to the verdict ${marks.verdict === null ? '-' : since(marks.verdict)} s, to the headline ${since(marks.shown)} s, to the items ${since(marks.items)} s\n`);
    const names = threadNames(traceEvents);
    const profiles = profilesOf(traceEvents);
    // The trace's clock (µs) at the drop, from the mark made just before it (page clock, ms).
    const dropMark = traceEvents.find((e) => e.name === 'before-drop' && e.cat?.includes('blink.user_timing'));
    const t0 = (dropMark?.ts ?? 0) + (dropped - marks.mark) * 1000;
    const shownAt = t0 + (marks.items - dropped) * 1000;
    const windowUs = Number(process.env.PROFILE_WINDOW_MS ?? 1000) * 1000;
    for (const [thread, profile] of profiles) {
      linkParents(profile);
      const { total: all } = selfTimes(profile, t0, shownAt);
      if (all < 50) continue;
      process.stdout.write(`\n== ${names.get(thread) ?? thread} (${thread}), from the drop (s): busy ms, top functions\n`);
      for (let from = t0; from < shownAt; from += windowUs) {
        const { total, rows } = selfTimes(profile, from, from + windowUs);
        process.stdout.write(`  ${((from - t0) / 1e6).toFixed(1).padStart(5)}  ${total.toFixed(0).padStart(5)}  ${rows.slice(0, 4).map(([n, ms]) => `${n.split(' ')[0]} ${ms.toFixed(0)}`).join(', ')}\n`);
      }
    }
    for (const [thread, profile] of profiles) {
      const { total, rows, stacks } = selfTimes(profile, -Infinity, Infinity);
      if (total < 50) continue;
      const end = profile.startTime + profile.deltas.reduce((a, b) => a + b, 0);
      process.stdout.write(`\n== ${names.get(thread) ?? thread} (${thread}): busy ${(total / 1000).toFixed(2)} s of ${((end - profile.startTime) / 1e6).toFixed(2)} s\n`);
      for (const [name, ms] of rows.slice(0, 30)) process.stdout.write(`  ${ms.toFixed(0).padStart(6)} ms  ${name}\n`);
      process.stdout.write('  -- stacks --\n');
      for (const [name, ms] of stacks.slice(0, 25)) process.stdout.write(`  ${ms.toFixed(0).padStart(6)} ms  ${name}\n`);
    }
    await app.context.close();
  } finally {
    await session.close();
  }
}

if (require.main === module) {
  main(process.argv[2]!, process.argv[3]).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
