// The bundled parse worker (dist/electron/parseWorker.cjs as the build writes it), run as a real
// separate process. Electron's utility process gives the worker `process.parentPort`; here a
// small shim gives it one over Node's own IPC channel, so the runner drives a real process: real
// messages, a real kill.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisEvent } from '../../shared/contract/desktopApi';
import { generateExport, zipExport } from '../../shared/sample';
import { AnalysisRunner, type WorkerProcess } from '../../electron/analysisRunner';
// @ts-expect-error: a plain .mjs build script, without types
import { buildElectron } from '../../scripts/buildElectron.mjs';

const US = { region: 'us', optedOut: null, adultFrom: null } as const;

const root = join(import.meta.dirname, '..', '..');
let dir: string;
let exportZip: string;
let shim: string;

const PARENT_PORT_SHIM = `
const { EventEmitter } = require('node:events');
const port = new EventEmitter();
port.postMessage = (message) => process.send(message);
process.on('message', (data) => port.emit('message', { data, ports: [] }));
process.parentPort = port;
`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lae-worker-'));
  const nodeCommon = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, logLevel: 'warning', absWorkingDir: root };
  await buildElectron(root, nodeCommon, join(dir, 'electron'));
  shim = join(dir, 'parentPortShim.cjs');
  await writeFile(shim, PARENT_PORT_SHIM);
  exportZip = join(dir, 'Complete_LinkedInDataExport_09-05-2026.zip');
  await writeFile(exportZip, await zipExport(generateExport({ era: 2026 })));
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function startWorker(children: ChildProcess[]): WorkerProcess {
  const child = fork(join(dir, 'electron', 'parseWorker.cjs'), [], { execArgv: ['-r', shim], serialization: 'advanced', stdio: 'pipe' });
  children.push(child);
  return {
    postMessage: (message) => child.send(message as object),
    kill: () => child.kill(),
    on: (event: 'message' | 'exit', listener: (value: never) => void) => child.on(event, listener as never),
  } as WorkerProcess;
}

function setup() {
  const children: ChildProcess[] = [];
  const sent: AnalysisEvent[] = [];
  const runner = new AnalysisRunner(() => startWorker(children), (event) => sent.push(event));
  return { runner, children, sent };
}

function until(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => (check() ? resolve() : Date.now() - started > timeoutMs ? reject(new Error('timed out')) : setTimeout(tick, 5));
    tick();
  });
}

const exited = (child: ChildProcess) => until(() => child.exitCode !== null || child.signalCode !== null);

describe('parse worker process', () => {
  it('reads the export in its own process and sends back progress and the scan', async () => {
    const { runner, children, sent } = setup();
    runner.start({ request: { kind: 'paths', paths: [exportZip] }, settings: US });
    await until(() => sent.some((e) => e.type === 'done' || e.type === 'failed'));
    const last = sent.at(-1)!;
    expect(last.type).toBe('done');
    // The verdict crosses first (its files are read first), once, before the result.
    expect(sent.filter((e) => e.type === 'verdict-ready')).toHaveLength(1);
    expect(sent.findIndex((e) => e.type === 'verdict-ready')).toBeLessThan(sent.length - 1);
    if (last.type === 'done') {
      expect(last.scan.files.length).toBeGreaterThan(10);
      // Packed items survive the trip between processes as typed arrays.
      expect('items' in last.scan).toBe(false);
      expect(last.items.day).toBeInstanceOf(Float64Array);
      expect(last.items.count).toBeGreaterThan(10);
    }
    const progress = sent.flatMap((e) => (e.type === 'progress' ? [e.progress] : []));
    expect(progress.at(-1)!.bytesDone).toBe(progress.at(-1)!.bytesTotal);
    await exited(children[0]!);
  });

  it('is killed at once on cancel', async () => {
    const { runner, children, sent } = setup();
    runner.start({ request: { kind: 'sample' }, settings: US });
    await until(() => sent.length > 0);
    runner.cancel();
    expect(sent.at(-1)).toEqual({ type: 'cancelled' });
    await exited(children[0]!);
    expect(children[0]!.signalCode).toBe('SIGTERM');
    expect(sent.filter((e) => e.type === 'done')).toHaveLength(0);
  });

  it('turns a crash into plain words', async () => {
    const { runner, children, sent } = setup();
    runner.start({ request: { kind: 'sample' }, settings: US });
    await until(() => sent.length > 0);
    children[0]!.kill('SIGKILL');
    await until(() => sent.some((e) => e.type === 'failed'));
    expect(sent.at(-1)).toMatchObject({ type: 'failed', messages: [expect.stringMatching(/^The analysis stopped before it finished/)] });
  });

  it('answers a request it does not understand with a plain failure', async () => {
    const { children } = setup();
    const worker = startWorker(children);
    const events: unknown[] = [];
    worker.on('message', (m) => events.push(m));
    worker.postMessage({ kind: 'shell', command: 'rm -rf /' });
    await until(() => events.length > 0);
    expect(events[0]).toEqual({ type: 'failed', messages: ['The app asked for an analysis it does not know how to do.'] });
    worker.kill();
  });
});
