import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInput } from '../../node/platform/readInputs';
import { threadedExecutor } from '../../node/platform/threadedExecutor';
import { blobFile } from '../../shared/archive/randomAccess';
import { generateExport, zipExport } from '../../shared/sample';
import { badCrcCase, manyCompressibleFilesCase } from '../hostile/corpus';
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

  it('gives the same scan from a zip on disk: the worker opens the zip by its path and reads its entry', async () => {
    const path = join(dir, exp.name);
    await writeFile(path, await zipExport(exp));
    const input = await readInput(path);
    expect('file' in input && input.file.localPath).toBe(path);
    const here = await scan([input], { collectItems: true });
    const threaded = await scan([input], { collectItems: true, executor: everyFile() });
    expect(threaded).toEqual(here);
    expect(here.files.filter((f) => f.status === 'error')).toEqual([]);
  });

  it("gives the same scan from a Blob (a browser's File): the worker is given the Blob and reads its entry by ranges", async () => {
    const file = blobFile(new Blob([new Uint8Array(await zipExport(exp))]));
    const input = { kind: 'zip' as const, name: exp.name, file };
    const here = await scan([input], { collectItems: true });
    const threaded = await scan([input], { collectItems: true, executor: everyFile() });
    expect(threaded).toEqual(here);
    expect(here.files.filter((f) => f.status === 'error')).toEqual([]);
  });

  it('a bad CRC found on a worker is the same problem on the same file, the rest read the same', async () => {
    const hostile = await badCrcCase();
    const path = join(dir, `crc-${hostile.name}`);
    await writeFile(path, hostile.bytes);
    const here = await scan([await readInput(path)]);
    const threaded = await scan([await readInput(path)], { executor: everyFile() });
    expect(threaded.files).toEqual(here.files);
    expect(threaded.files.find((f) => f.path === 'Logins.csv')?.problems.map((p) => p.code)).toEqual(['bad-crc']);
  });

  it("the archive's budget holds across threads: what all files inflate to together stays under it", async () => {
    const hostile = await manyCompressibleFilesCase(6, 400_000);
    const budget = 24 * 1024 ** 2;
    const limits = { maxArchiveBytes: budget, maxCompressionRatio: 1e9 };
    const result = await scan([{ kind: 'zip', name: hostile.name, bytes: hostile.bytes }], { limits, executor: threadedExecutor(workerScript, { workerCount: 1, minOffloadBytes: 1024 ** 2 }) });
    const read = result.files.filter((f) => !f.problems.some((p) => p.code === 'not-read'));
    expect(read.reduce((sum, f) => sum + f.bytes, 0)).toBeLessThanOrEqual(budget);
    expect(result.files.some((f) => f.problems.some((p) => p.code === 'archive-too-large'))).toBe(true);
  });

  it('reports progress up to the total while workers read', async () => {
    const seen: number[] = [];
    const result = await scan([await zipInput(generateExport({ era: 2024 }))], { executor: everyFile(), onProgress: (p) => seen.push(p.bytesDone / p.bytesTotal) });
    expect(result.files.length).toBeGreaterThan(10);
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((v, i) => i === 0 || v >= 0)).toBe(true);
  });
});
