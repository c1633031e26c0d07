// The parse worker's job, run for real in Node on generated exports written to temp files: no
// mocked parser, no mocked file system.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisEvent, AnalysisRequest } from '../../shared/contract/desktopApi';
import { generateExport, zipExport } from '../../shared/sample';
import { runParseJob } from '../../electron/parseJob';
import { failureEvent } from '../../shared/contract/failureEvent';
import { UNEXPECTED_FAILURE, describeFailure } from '../../shared/pipeline/failures';
import { CancelledError } from '../../shared/platform/cancel';

let dir: string;
let exportZip: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lae-parse-'));
  exportZip = join(dir, 'Complete_LinkedInDataExport_09-05-2026.zip');
  await writeFile(exportZip, await zipExport(generateExport({ era: 2026 })));
  await writeFile(join(dir, 'notes.txt'), 'not a zip');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(request: AnalysisRequest, options: Parameters<typeof runParseJob>[2] = {}, onEvent?: (event: AnalysisEvent) => void): Promise<AnalysisEvent[]> {
  const events: AnalysisEvent[] = [];
  await runParseJob(
    { request, settings: { region: 'eu', optedOut: '2026-01-15', adultFrom: null } },
    (event) => {
      events.push(event);
      onEvent?.(event);
    },
    options,
  );
  return events;
}

function progressOf(events: readonly AnalysisEvent[]) {
  return events.flatMap((e) => (e.type === 'progress' ? [e.progress] : []));
}

function expectNoStackTrace(messages: readonly string[]) {
  for (const message of messages) {
    expect(message).not.toMatch(/\n\s+at |Error:|\.ts:\d+|\.cjs:\d+/);
    expect(message.length).toBeGreaterThan(20);
  }
}

describe('parse job', () => {
  it('reads an export from disk and ends with the scan, after progress that reaches the total', async () => {
    const events = await run({ kind: 'paths', paths: [exportZip] });
    const last = events.at(-1)!;
    expect(last.type).toBe('done');
    expect(events.filter((e) => e.type === 'done')).toHaveLength(1);

    const progress = progressOf(events);
    expect(progress.length).toBeGreaterThan(0);
    const final = progress.at(-1)!;
    expect(final.bytesTotal).toBeGreaterThan(0);
    expect(final.bytesDone).toBe(final.bytesTotal);
    expect(final.filesDone).toBe(final.filesTotal);
    for (const [i, p] of progress.entries()) if (i > 0) expect(p.bytesDone).toBeGreaterThanOrEqual(progress[i - 1]!.bytesDone);

    // How often the UI hears from the job (at least every 250 ms) is measured by `npm run bench:ui`.

    if (last.type !== 'done') throw new Error('unreachable');
    expect(last.scan.inputs[0]!.name).toBe('Complete_LinkedInDataExport_09-05-2026.zip');
    expect(last.scan.files.length).toBeGreaterThan(10);
    // What crosses IPC must survive a structured clone unchanged.
    expect(structuredClone(last.scan)).toEqual(last.scan);
    expect(structuredClone(last.items)).toEqual(last.items);
    // The analysis for the settings the run started with comes with the scan.
    expect(last.analysis.policy).toMatchObject({ region: 'eu', optedOut: '2026-01-15', adultFrom: null, asOf: last.scan.scannedAt.slice(0, 10) });
    expect(last.analysis.files).toHaveLength(last.scan.files.length);
    // The items travel packed beside the scan: typed arrays and one string, not 100,000s of values.
    expect('items' in last.scan).toBe(false);
    expect(last.items.count).toBeGreaterThan(10);
    expect(last.items.file).toBeInstanceOf(Int32Array);
    expect(last.items.byDate).toHaveLength(last.items.count);
    expect(last.items.offsets[last.items.count]).toBe(last.items.text.length);
  });

  it('throttles progress to one event per interval, and still sends the last one', async () => {
    const events = await run({ kind: 'paths', paths: [exportZip] }, { progressIntervalMs: 60_000 });
    const progress = progressOf(events);
    // The first (nothing read yet) goes at once, and may be repeated while nothing else may go;
    // every later value waits for the end, and only the latest of them is sent.
    const final = progress.at(-1)!;
    expect(final.bytesDone).toBe(final.bytesTotal);
    expect(final.bytesTotal).toBeGreaterThan(0);
    for (const p of progress.slice(0, -1)) expect(p).toEqual({ input: 'Complete_LinkedInDataExport_09-05-2026.zip', file: '', filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0 });
    expect(events.at(-1)!.type).toBe('done');
  });

  it('runs the built-in sample', async () => {
    const events = await run({ kind: 'sample' });
    expect(progressOf(events).length).toBeGreaterThan(1);
    const last = events.at(-1)!;
    expect(last.type).toBe('done');
    if (last.type === 'done') expect(last.scan.inputs[0]!.name).toMatch(/LinkedInDataExport/);
  });

  it('stops with "cancelled" once cancelled, and never reports a result', async () => {
    const signal = { aborted: false };
    const events = await run({ kind: 'paths', paths: [exportZip] }, { signal, progressIntervalMs: 0 }, (event) => {
      if (event.type === 'progress') signal.aborted = true;
    });
    expect(events.at(-1)!).toEqual({ type: 'cancelled' });
    expect(events.some((e) => e.type === 'done')).toBe(false);
  });

  it('skips an input it cannot read, says why, and reads the others', async () => {
    const events = await run({ kind: 'paths', paths: [join(dir, 'nowhere.zip'), exportZip] });
    const last = events.at(-1)!;
    expect(last.type).toBe('done');
    if (last.type !== 'done') return;
    expect(last.scan.inputs.map((i) => i.name)).toEqual(['nowhere.zip', 'Complete_LinkedInDataExport_09-05-2026.zip']);
    expect(last.scan.inputs[0]!.error?.message).toMatch(/does not exist or cannot be opened/);
    expect(last.scan.inputs[1]!.error).toBeNull();
    expect(last.scan.files.length).toBeGreaterThan(10);
  });

  it('explains a missing path in plain words', async () => {
    const events = await run({ kind: 'paths', paths: [join(dir, 'nowhere.zip')] });
    const last = events.at(-1)!;
    expect(last.type).toBe('failed');
    if (last.type !== 'failed') return;
    expect(last.messages).toHaveLength(1);
    expect(last.messages[0]).toMatch(/does not exist or cannot be opened/);
    expectNoStackTrace(last.messages);
  });

  it('explains a file that is not an export in plain words', async () => {
    const events = await run({ kind: 'paths', paths: [join(dir, 'notes.txt')] });
    const last = events.at(-1)!;
    expect(last.type).toBe('failed');
    if (last.type !== 'failed') return;
    expect(last.messages[0]).toMatch(/notes\.txt/);
    expectNoStackTrace(last.messages);
  });

  it('reads CSV files given as paths as a partial export, and says so', async () => {
    const exp = generateExport({ era: 2026 });
    const paths: string[] = [];
    for (const file of exp.files.filter((f) => ['Connections.csv', 'Profile.csv'].includes(f.path))) {
      paths.push(join(dir, file.path));
      await writeFile(paths.at(-1)!, file.bytes);
    }
    const last = (await run({ kind: 'paths', paths })).at(-1)!;
    if (last.type !== 'done') throw new Error(`expected done, got ${last.type}`);
    expect(last.scan.inputs.map((i) => [i.name, i.kind])).toEqual(paths.map((p) => [p.slice(dir.length + 1), 'file']));
    expect(last.scan.problems.map((p) => p.code)).toEqual(['partial-export']);
    expect(last.scan.files.map((f) => f.status)).toEqual(['parsed', 'parsed']);
  });

  it("refuses two members' exports with one sentence naming both", async () => {
    const other = join(dir, 'Complete_LinkedInDataExport_10-01-2026.zip');
    await writeFile(other, await zipExport(generateExport({ era: 2026, seed: 3 })));
    const last = (await run({ kind: 'paths', paths: [exportZip, other] })).at(-1)!;
    expect(last.type).toBe('failed');
    if (last.type !== 'failed') return;
    expect(last.messages).toEqual([
      "Complete_LinkedInDataExport_09-05-2026.zip and Complete_LinkedInDataExport_10-01-2026.zip are exports of two different members (their files carry different member ids), so they were not read together. Open one member's export at a time.",
    ]);
  });

  it('turns any other error into one plain sentence, never its text', () => {
    for (const error of [new TypeError("Cannot read properties of undefined (reading 'x')"), new RangeError('Array buffer allocation failed'), 'thrown string', null]) {
      const event = failureEvent(describeFailure(error));
      expect(event).toEqual({ type: 'failed', messages: [UNEXPECTED_FAILURE] });
    }
    expect(failureEvent(describeFailure(new CancelledError()))).toEqual({ type: 'cancelled' });
    expectNoStackTrace([UNEXPECTED_FAILURE]);
  });

});
