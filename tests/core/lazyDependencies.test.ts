// The Node builds initialize jszip on first use, not when the bundle loads (scripts/
// lazyDependencies.mjs); used, a library behaves as itself through its stand-in.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types.
import { lazyDependencies, lazyDependency } from '../../scripts/lazyDependencies.mjs';
import { sampleExport, zipExport } from '../../shared/sample';

const root = join(__dirname, '..', '..');

/** A temporary folder of the test's own, removed afterwards whatever happens. */
async function inTempDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'lae-lazy-'));
  try {
    return await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** `entry` bundled as the Node builds are (with `plugin`), then loaded. */
async function bundled<T>(dir: string, entry: string, plugin: unknown, workingDir: string): Promise<T> {
  const entryFile = join(dir, 'entry.ts');
  await writeFile(entryFile, entry);
  const outfile = join(dir, 'bundle.cjs');
  await build({ bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent', absWorkingDir: workingDir, plugins: [plugin as never], entryPoints: [entryFile], outfile });
  return createRequire(outfile)(outfile) as T;
}

/** A library whose initialization is seen: it counts on a global. */
const COUNTING_LIBRARY = `globalThis.lazyInits = (globalThis.lazyInits || 0) + 1;
class Counter { constructor(start) { this.value = start; } static named(text) { return 'named ' + text; } }
module.exports = Counter;
`;

describe('libraries initialized on first use (Node builds)', () => {
  it('a listed library is not initialized when the bundle loads; constructed or read, it is itself', async () => {
    await inTempDir(async (dir) => {
      await mkdir(join(dir, 'node_modules', 'counting-library'), { recursive: true });
      await writeFile(join(dir, 'node_modules', 'counting-library', 'index.js'), COUNTING_LIBRARY);
      const global = globalThis as { lazyInits?: number };
      delete global.lazyInits;
      const probe = await bundled<{ make: (n: number) => { value: number }; named: (t: string) => string }>(
        dir,
        `import Counter from 'counting-library';
export const make = (n: number) => new Counter(n);
export const named = (t: string) => Counter.named(t);`,
        lazyDependency(['counting-library']),
        dir,
      );
      expect(global.lazyInits).toBeUndefined();
      expect(probe.make(3).value).toBe(3);
      expect(probe.named('x')).toBe('named x');
      expect(global.lazyInits).toBe(1);
      delete global.lazyInits;
    });
  });

  it("jszip through its stand-in: the sample's zip byte for byte, and its inflate", async () => {
    await inTempDir(async (dir) => {
      const probe = await bundled<{ sampleZip: () => Promise<Uint8Array>; inflate: (compressed: Uint8Array, size: number) => Promise<Uint8Array> }>(
        dir,
        `import { jszipInflater } from '${root}/shared/archive/jszipInflater';
import { sampleExport, zipExport } from '${root}/shared/sample';
export const sampleZip = () => zipExport(sampleExport());
export async function inflate(compressed: Uint8Array, size: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of jszipInflater((async function* () { yield compressed; })(), size)) chunks.push(chunk);
  return Buffer.concat(chunks);
}`,
        lazyDependencies,
        root,
      );
      expect(Buffer.from(await probe.sampleZip()).equals(Buffer.from(await zipExport(sampleExport())))).toBe(true);
      const text = Buffer.from('invented text, inflated by jszip\n'.repeat(500));
      expect(Buffer.from(await probe.inflate(deflateRawSync(text), text.length)).equals(text)).toBe(true);
    });
  });
});
