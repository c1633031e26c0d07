import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types.
import { patchArrayReader } from '../../scripts/jszipReaderPatch.mjs';

const require = createRequire(import.meta.url);

describe('the build-time patch of jszip’s ArrayReader', () => {
  const source = readFileSync(require.resolve('jszip/lib/reader/ArrayReader.js'), 'utf8');

  it('still finds the loop it skips in the installed jszip (a jszip update fails the build, not silently)', () => {
    const patched: string = patchArrayReader(source);
    expect(patched).toContain('if (!(data instanceof Uint8Array))');
    expect(() => patchArrayReader('function ArrayReader() {}')).toThrow(/review the patch/);
  });

  it('reads the same bytes as the original for a Uint8Array and still masks plain arrays', () => {
    const load = (code: string) => {
      const module = { exports: {} as unknown };
      const localRequire = createRequire(require.resolve('jszip/lib/reader/ArrayReader.js'));
      new Function('require', 'module', 'exports', code)(localRequire, module, module.exports);
      return module.exports as new (data: ArrayLike<number>) => { byteAt(i: number): number; length: number };
    };
    const Original = load(source);
    const Patched = load(patchArrayReader(source));
    const bytes = new Uint8Array([0x50, 0x4b, 0x05, 0x06, 0xff, 0x00]);
    const a = new Original(bytes.slice());
    const b = new Patched(bytes.slice());
    expect(Array.from({ length: bytes.length }, (_, i) => b.byteAt(i))).toEqual(Array.from({ length: bytes.length }, (_, i) => a.byteAt(i)));
    const plain = new Patched([0x150, 0x4b]);
    expect(plain.byteAt(0)).toBe(0x50);
  });
});
