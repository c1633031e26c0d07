// A zip on disk is read through one handle while any of its readers is open, and the handle is
// closed once none is: every reader reads its own ranges, nothing stays open after the last.

import { readdirSync } from 'node:fs';
import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileOpenError, nodeRandomAccessFile } from '../../node/platform/nodeFiles';

/** Open file descriptors of this process (Linux). */
const openDescriptors = () => readdirSync('/proc/self/fd').length;
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function withFile<T>(bytes: Uint8Array, run: (path: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'lae-handle-'));
  try {
    const path = join(dir, 'export.zip');
    await writeFile(path, bytes);
    return await run(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const BYTES = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31) & 0xff);

describe('a zip on disk, read by many readers', () => {
  it('readers at once and one after another each read their own ranges; no descriptor is left once all are closed', async () => {
    await withFile(BYTES, async (path) => {
      const before = openDescriptors();
      const file = nodeRandomAccessFile(path, BYTES.length);
      const [a, b] = await Promise.all([file.open(), file.open()]);
      expect(openDescriptors()).toBe(before + 1);
      expect(Array.from(await a.read(10, 5))).toEqual(Array.from(BYTES.subarray(10, 15)));
      expect(Array.from(await b.read(99_990, 50))).toEqual(Array.from(BYTES.subarray(99_990)));
      await a.close();
      await a.close();
      expect(Array.from(await b.read(0, 3))).toEqual(Array.from(BYTES.subarray(0, 3)));
      await b.close();
      // The next entry, opened in the same turn, reuses the handle.
      const c = await file.open();
      expect(openDescriptors()).toBe(before + 1);
      expect(Array.from(await c.read(50_000, 4))).toEqual(Array.from(BYTES.subarray(50_000, 50_004)));
      await c.close();
      for (let i = 0; i < 5 && openDescriptors() > before; i++) await turn();
      expect(openDescriptors()).toBe(before);
    });
  });

  it('a zip that can no longer be opened fails that reader, and a later one tries again', async () => {
    await withFile(BYTES, async (path) => {
      const file = nodeRandomAccessFile(path, BYTES.length);
      await unlink(path);
      await expect(file.open()).rejects.toBeInstanceOf(FileOpenError);
      await writeFile(path, BYTES);
      const reader = await file.open();
      expect(Array.from(await reader.read(1, 2))).toEqual(Array.from(BYTES.subarray(1, 3)));
      await reader.close();
    });
  });
});
