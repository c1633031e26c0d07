// The browser's CRC-32 (slicing-by-8, in JavaScript) agrees with zlib's on every length and
// alignment, and when continued chunk by chunk as entries stream through.

import { crc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsCrc32 } from '../../shared/archive/crc32';

describe('CRC-32', () => {
  it('matches zlib on the standard check value and on empty input', () => {
    expect(jsCrc32(new TextEncoder().encode('123456789'), 0)).toBe(0xcbf43926);
    expect(jsCrc32(new Uint8Array(0), 0)).toBe(0);
  });

  it('matches zlib on any bytes, at any offset, continued over any split', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(8), fc.nat(), (bytes, skip, cut) => {
        const view = bytes.subarray(Math.min(skip, bytes.length));
        const split = view.length === 0 ? 0 : cut % (view.length + 1);
        const chained = jsCrc32(view.subarray(split), jsCrc32(view.subarray(0, split), 0));
        expect(chained).toBe(crc32(view));
      }),
      { numRuns: 2_000, seed: 20_261_129 },
    );
  });
});
