// The main process's side of an analysis: one utility process per analysis, killed on cancel,
// a crash turned into plain words. The worker is a stand-in process that runs the real parse job
// in this process (no Electron here), so what the UI receives is what the app would send.
import { EventEmitter } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisEvent, StartAnalysis } from '../../shared/contract/desktopApi';
import { generateExport, zipExport } from '../../shared/sample';
import { AnalysisRunner, WORKER_STOPPED, type WorkerProcess } from '../../electron/analysisRunner';
import { runParseJob } from '../../electron/parseJob';

const US = { region: 'us', optedOut: null, adultFrom: null } as const;

/** Runs the real parse job; kill() stops delivery at once and ends it, as killing a process would. */
class InProcessWorker extends EventEmitter implements WorkerProcess {
  killed = false;
  received: unknown[] = [];
  private readonly signal = { aborted: false };

  postMessage(message: unknown): void {
    this.received.push(message);
    void runParseJob(message as StartAnalysis, (event) => {
      if (!this.killed) this.emit('message', event);
    }, { signal: this.signal }).then(() => {
      if (!this.killed) this.emit('exit', 0);
    });
  }

  kill(): boolean {
    this.killed = true;
    this.signal.aborted = true;
    return true;
  }

  crash(code: number): void {
    this.killed = true;
    this.emit('exit', code);
  }
}

/** A worker that only records, for the crash and message-order cases. */
class SilentWorker extends EventEmitter implements WorkerProcess {
  killed = 0;
  received: unknown[] = [];
  postMessage(message: unknown): void {
    this.received.push(message);
  }
  kill(): boolean {
    this.killed++;
    return true;
  }
}

let dir: string;
let exportZip: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lae-runner-'));
  exportZip = join(dir, 'Complete_LinkedInDataExport_09-05-2026.zip');
  await writeFile(exportZip, await zipExport(generateExport({ era: 2026 })));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function setup<W extends WorkerProcess>(make: () => W) {
  const workers: W[] = [];
  const sent: AnalysisEvent[] = [];
  const runner = new AnalysisRunner(
    () => {
      const worker = make();
      workers.push(worker);
      return worker;
    },
    (event) => sent.push(event),
  );
  return { runner, workers, sent };
}

function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => (check() ? resolve() : Date.now() - started > timeoutMs ? reject(new Error('timed out')) : setTimeout(tick, 5));
    tick();
  });
}

describe('analysis runner', () => {
  it('relays progress and the result, then ends the process', async () => {
    const { runner, workers, sent } = setup(() => new InProcessWorker());
    runner.start({ request: { kind: 'paths', paths: [exportZip] }, settings: US });
    expect(workers[0]!.received).toEqual([{ request: { kind: 'paths', paths: [exportZip] }, settings: US }]);
    await until(() => sent.some((e) => e.type === 'done'));
    expect(sent.filter((e) => e.type === 'progress').length).toBeGreaterThan(0);
    expect(sent.at(-1)!.type).toBe('done');
    expect(workers[0]!.killed).toBe(true);
    expect(runner.running).toBe(false);
  });

  it('cancel kills the process at once and the UI hears "cancelled" and nothing after', async () => {
    const { runner, workers, sent } = setup(() => new InProcessWorker());
    runner.start({ request: { kind: 'sample' }, settings: US });
    await until(() => sent.some((e) => e.type === 'progress'));
    runner.cancel();
    expect(workers[0]!.killed).toBe(true);
    expect(sent.at(-1)).toEqual({ type: 'cancelled' });
    const count = sent.length;
    await new Promise((r) => setTimeout(r, 300));
    expect(sent).toHaveLength(count);
    runner.cancel();
    expect(sent).toHaveLength(count);
  });

  it('a process that dies before its result becomes a plain "failed"', () => {
    const { runner, workers, sent } = setup(() => new SilentWorker());
    runner.start({ request: { kind: 'sample' }, settings: US });
    workers[0]!.emit('message', { type: 'progress', progress: { input: 'x', file: 'y', filesDone: 0, filesTotal: 1, bytesDone: 0, bytesTotal: 10 } });
    workers[0]!.emit('exit', 134);
    expect(sent.map((e) => e.type)).toEqual(['progress', 'failed']);
    expect(sent[1]).toEqual({ type: 'failed', messages: [WORKER_STOPPED] });
    expect(WORKER_STOPPED).not.toMatch(/134|signal|SIG|stack/i);
  });

  it('a new analysis replaces the running one, whose late events are dropped', () => {
    const { runner, workers, sent } = setup(() => new SilentWorker());
    runner.start({ request: { kind: 'sample' }, settings: US });
    runner.start({ request: { kind: 'paths', paths: ['/x.zip'] }, settings: US });
    expect(workers[0]!.killed).toBe(1);
    workers[0]!.emit('message', { type: 'done', scan: {} });
    workers[0]!.emit('exit', 0);
    expect(sent).toEqual([]);
    workers[1]!.emit('message', { type: 'failed', messages: ['x.zip does not exist.'] });
    expect(sent).toEqual([{ type: 'failed', messages: ['x.zip does not exist.'] }]);
    expect(workers[1]!.killed).toBe(1);
  });

  it('ignores anything that is not an analysis event', () => {
    const { runner, workers, sent } = setup(() => new SilentWorker());
    runner.start({ request: { kind: 'sample' }, settings: US });
    for (const junk of [null, 'done', { type: 'eval', code: '1' }, 42]) workers[0]!.emit('message', junk);
    expect(sent).toEqual([]);
    expect(runner.running).toBe(true);
    runner.stop();
    expect(runner.running).toBe(false);
    expect(sent).toEqual([]);
  });
});
