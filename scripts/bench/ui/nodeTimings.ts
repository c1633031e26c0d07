// What the UI benchmark times in Node: the pieces behind the interface whose speed the tests
// used to assert (the explorer's row query, how often Electron's parse job reports, the reader's
// linear-time guards, the hostile reads' bound). Each returns milliseconds.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runParseJob } from '../../../electron/parseJob';
import { explorerRows, type ExplorerIndex } from '../../../renderer/explorer/explorerRows';
import { RecordTooLongError, streamCsvRows } from '../../../shared/csv/csvStream';
import type { ReadLimits } from '../../../shared/archive/types';
import { generateExport, zipExport } from '../../../shared/sample';
import { ChunkDecoder } from '../../../shared/text/decode';
import { longLineCase, manyTinyEntriesCase, zipBombCase, type DamagedExportCase } from '../../../tests/hostile/corpus';
import { ZEBRA_QUERY } from '../../../tests/support/manyItems';
import { scan } from '../../../tests/support/scanGenerated';

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

async function timedAsync(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** The explorer's row query over an index of 300,000 items (tests/support/manyItems.ts). */
export function explorerQueryMs(index: ExplorerIndex): number {
  return timed(() => explorerRows(index, ZEBRA_QUERY));
}

/** A generated 2026 export written to a temporary folder, for the parse job to read from disk. */
export async function writtenExport(): Promise<{ path: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'lae-bench-ui-'));
  const path = join(dir, 'Complete_LinkedInDataExport_09-05-2026.zip');
  await writeFile(path, await zipExport(generateExport({ era: 2026 })));
  return { path, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Electron's parse job on a zip: the longest wait for its next event, from the start to the result. */
export async function parseJobLongestGapMs(zipPath: string): Promise<number> {
  const times = [performance.now()];
  await runParseJob({ request: { kind: 'paths', paths: [zipPath] }, settings: { region: 'eu', optedOut: '2026-01-15', adultFrom: null } }, () => times.push(performance.now()));
  return Math.max(...times.slice(1).map((t, i) => t - times[i]!));
}

/** A 3 MB record that never ends, read in 64 KB chunks until the 1 MB record limit stops it. */
export async function unendingRecordMs(): Promise<number> {
  const bytes = new TextEncoder().encode(`a,b\n1,"${'x'.repeat(3_000_000)}`);
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += 65_536) yield bytes.subarray(i, i + 65_536);
  }
  return timedAsync(async () => {
    const stopped = await streamCsvRows(chunks(), () => undefined, { backslashQuotes: false, maxRecordChars: 1_000_000 }).then(
      () => false,
      (error: unknown) => error instanceof RecordTooLongError,
    );
    if (!stopped) throw new Error('the unending record was not stopped at the record limit');
  });
}

/** 64 MB of zero bytes through the streaming decoder in 256 KB chunks (a zip bomb of zeros). */
export function zeroBytesDecodeMs(): number {
  const decoder = new ChunkDecoder({ encoding: 'utf-8', bom: false });
  const zeros = new Uint8Array(256 * 1024);
  return timed(() => {
    for (let i = 0; i < 256; i++) decoder.decode(zeros);
  });
}

interface HostileRead {
  readonly name: string;
  readonly build: () => Promise<DamagedExportCase>;
  readonly limits?: Partial<ReadLimits>;
}

/** The cases of tests/hostile/boundedReads.test.ts, read as the test reads them. */
export const HOSTILE_READS: readonly HostileRead[] = [
  { name: 'zip bomb hiding its size, 4 GiB', build: () => zipBombCase() },
  { name: 'zip bomb claiming its size, 4 GiB', build: () => zipBombCase(4 * 1024 ** 3, true) },
  { name: 'entry past a 64 MB size cap', build: () => zipBombCase(256 * 1024 ** 2, true), limits: { maxEntryBytes: 64 * 1024 ** 2, maxCompressionRatio: 1e9 } },
  { name: '10,000 tiny entries', build: () => manyTinyEntriesCase(10_000) },
  { name: '100,000 entries, the first 20,000 read', build: () => manyTinyEntriesCase(100_000) },
  { name: '50 MB line', build: () => longLineCase() },
];

export async function hostileReadMs(read: HostileRead, hostile: DamagedExportCase): Promise<number> {
  return timedAsync(() => scan([{ kind: 'zip', name: hostile.name, bytes: hostile.bytes }], { limits: read.limits ?? {} }));
}
