import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { threadedExecutor } from '../../node/platform/threadedExecutor';
import { generateExport } from '../../shared/sample';
import type { ExportScan } from '../../shared/scan/scanTypes';
import { scan, withFolder, zipInput } from '../support/scanGenerated';

let dir: string;
let workerScript: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lae-worker-'));
  workerScript = join(dir, 'fileWorker.cjs');
  await build({ entryPoints: ['node/platform/fileWorker.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: workerScript, logLevel: 'error' });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Every file offloaded (threshold 0): the worker's results must equal this thread's exactly. */
const everyFile = () => threadedExecutor(workerScript, { workerCount: 1, minOffloadBytes: 0 });

describe('reading files on a worker thread', () => {
  const exp = generateExport({ era: 2026 });

  it('gives the same scan as reading everything on this thread (zip)', async () => {
    const input = await zipInput(exp);
    const here: ExportScan = await scan([input], { collectItems: true });
    const threaded: ExportScan = await scan([input], { collectItems: true, executor: everyFile() });
    expect(threaded).toEqual(here);
  });

  it('gives the same scan from an unpacked folder, opened by path in the worker', async () => {
    await withFolder(exp, async (input) => {
      const here = await scan([input]);
      const threaded = await scan([input], { executor: everyFile() });
      expect(threaded).toEqual(here);
    });
  });

  it('reports progress up to the total while workers read', async () => {
    const seen: number[] = [];
    const result = await scan([await zipInput(generateExport({ era: 2024 }))], { executor: everyFile(), onProgress: (p) => seen.push(p.bytesDone / p.bytesTotal) });
    expect(result.files.length).toBeGreaterThan(10);
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((v, i) => i === 0 || v >= 0)).toBe(true);
  });
});
