// The verdict on its way through the desktop app, with a stand-in 'electron' module: the real
// parse job (in this process, as the runner's worker) → the runner → IPC (a structured clone)
// → the real preload's bridge → the renderer's Electron host. The verdict arrives before the
// result, the run goes on after it, and its figures are the result's for every category it covers.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AnalysisRunner, type WorkerProcess } from '../../electron/analysisRunner';
import { runParseJob } from '../../electron/parseJob';
import type { HostEvent } from '../../renderer/host/analysisHost';
import { electronHost } from '../../renderer/host/electronHost';
import { BRIDGE_NAME, IPC, type DesktopApi, type StartAnalysis } from '../../shared/contract/desktopApi';
import { generateExport, zipExport } from '../../shared/sample';

const electron = await vi.hoisted(async () => (await import('../support/preloadElectron')).preloadElectron());

vi.mock('electron', () => electron.module);

/** The utility process, run here: the real parse job, its events cloned as IPC clones them. */
class InProcessWorker extends EventEmitter implements WorkerProcess {
  killed = false;
  postMessage(message: unknown): void {
    void runParseJob(message as StartAnalysis, (event) => {
      if (!this.killed) this.emit('message', structuredClone(event));
    });
  }
  kill(): boolean {
    this.killed = true;
    return true;
  }
}

let dir: string;
let exportZip: string;
let bridge: DesktopApi;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lae-verdict-wiring-'));
  exportZip = join(dir, 'Complete_LinkedInDataExport_09-05-2026.zip');
  await writeFile(exportZip, await zipExport(generateExport({ era: 2026 })));
  await import('../../electron/preload');
  bridge = electron.exposed.get(BRIDGE_NAME) as DesktopApi;
  // Main's side: the runner's events go to the window over IPC.
  const runner = new AnalysisRunner(() => new InProcessWorker(), (event) => electron.emit(IPC.analysisEvent, structuredClone(event)));
  electron.handlers.set(IPC.startAnalysis, (start) => runner.start(start as StartAnalysis));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the verdict in the desktop app', () => {
  it('reaches the renderer before the result, and the run goes on to the result', async () => {
    const events: HostEvent[] = [];
    const done = new Promise<void>((resolve) => {
      electronHost(bridge).start({ kind: 'paths', paths: [exportZip] }, (event) => {
        events.push(event);
        if (event.type !== 'progress' && event.type !== 'verdict-ready') resolve();
      }, { region: 'eu', optedOut: '2025-12-01', adultFrom: null });
    });
    await done;
    const types = events.map((e) => e.type).filter((t) => t !== 'progress');
    expect(types).toEqual(['verdict-ready', 'done']);
    // Progress continues after the verdict: the private messages are still being read.
    const verdictAt = events.findIndex((e) => e.type === 'verdict-ready');
    expect(events.slice(verdictAt).some((e) => e.type === 'progress')).toBe(true);

    const { partial } = events[verdictAt] as Extract<HostEvent, { type: 'verdict-ready' }>;
    const { result } = events.at(-1) as Extract<HostEvent, { type: 'done' }>;
    expect(partial.pending).toContain('messages');
    const covered = partial.analysis.categories.filter((c) => !partial.pending.includes(c.id));
    expect(covered.map((c) => c.id)).toEqual(expect.arrayContaining(['posts', 'responses', 'profile', 'logins', 'language']));
    for (const category of covered) expect(category).toEqual(result.analysis.categories.find((c) => c.id === category.id));
    expect(partial.analysis.totals.exposure.exposed).toBe(result.analysis.totals.exposure.exposed);
  });
});
