// Zips of gigabytes, as sparse files (the headers and directory written, the rest a hole, so
// the disk is not filled): read where they lie, by ranges, in bounded memory, never whole. One
// past 4 GiB needs zip64 for an entry's offset and the directory's place.

import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput } from '../../node/platform/readInputs';
import { sparseLargeZipCase, type SparseZipCase } from './corpus';
import { scan } from '../support/scanGenerated';
import { runCli } from '../support/runCli';
import { expectOthersIntact, inTempDir, measured } from './hostileSupport';

const GIB = 1024 ** 3;
const MEMORY_BOUND_MB = 300;

async function writeSparse(path: string, zip: SparseZipCase): Promise<void> {
  const file = await open(path, 'w');
  try {
    for (const segment of zip.segments) await file.write(segment.bytes, 0, segment.bytes.length, segment.offset);
    await file.truncate(zip.size);
  } finally {
    await file.close();
  }
}

async function readSparse(label: string, zip: SparseZipCase): Promise<void> {
  await inTempDir(async (dir) => {
    const path = join(dir, zip.name);
    await writeSparse(path, zip);
    const input = await readInput(path);
    const { value: result, ms, peakRssGrowthMb } = await measured(() => scan([input]));
    console.info(`${label} (${(zip.size / GIB).toFixed(2)} GiB): ${Math.round(ms)} ms, resident growth ${Math.round(peakRssGrowthMb)} MB`);
    expect(peakRssGrowthMb).toBeLessThan(MEMORY_BOUND_MB);
    expect(result.inputs[0]).toMatchObject({ bytes: zip.size, error: null });
    expectOthersIntact(result, zip.base, []);
    expect(result.files.find((f) => f.path === zip.holePath)).toMatchObject({ status: 'unknown', rows: 0 });

    const run = await runCli(['analyze', path, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });
}

describe('zips of gigabytes', () => {
  it('a 3 GiB zip (past the 2 GiB a whole-file read allows) is read by ranges in bounded memory', async () => {
    await readSparse('3 GiB sparse zip', await sparseLargeZipCase(3 * GIB));
  });

  it('a 4.5 GiB zip64 zip, an export file past the 4 GiB mark, is read the same way', async () => {
    const zip = await sparseLargeZipCase(4.5 * GIB, 'Skills.csv');
    expect(zip.segments.at(-2)!.offset).toBeGreaterThan(4 * GIB);
    await readSparse('4.5 GiB sparse zip64 zip', zip);
  });
});
