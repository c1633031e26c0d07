// Property: the streaming decoder gives the same text and counts however the bytes are split
// into chunks (a U+FFFD the file holds as text is no decoding error), and drops exactly the NULs (as bytes in UTF-8, where a zero byte is only ever
// U+0000; as characters in UTF-16). A zip bomb of zeros leans on this path.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChunkDecoder, type TextEncodingName } from '../../shared/text/decode';
import { nodeTextDecoder } from '../../node/platform/nodeTextDecoder';

const SEED = 20_261_130;
const RUNS = Math.max(200, Math.floor(Number(process.env.FUZZ_RUNS ?? 0) / 10));

/** Bytes rich in what breaks decoders: zeros, lone and cut multi-byte sequences, surrogates. */
const awkwardBytes = fc.array(
  fc.oneof(
    fc.constantFrom(0x00, 0x22, 0x0a, 0x41, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x8e, 0x89, 0xed, 0xa0, 0xff, 0xfe, 0xef, 0xbf, 0xbd),
    // U+FFFD written as text (valid UTF-8), as LinkedIn's own exports hold it.
    fc.constant([0xef, 0xbf, 0xbd]),
    fc.integer({ min: 0, max: 255 }),
  ),
  { maxLength: 300 },
).map((parts) => Uint8Array.from(parts.flat()));

/**
 * Mostly ASCII with a few Latin-1 Supplement characters (no-break spaces, accents: Node's decoder
 * reads those itself), now and then another character, a cut one or a stray byte.
 */
const latin1Bytes = fc
  .array(
    fc.oneof(
      { arbitrary: fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 60 }), weight: 6 },
      { arbitrary: fc.integer({ min: 0x80, max: 0xff }).map((c) => String.fromCharCode(c)), weight: 3 },
      { arbitrary: fc.constantFrom('€', '🎉', '日', '\uFFFD'), weight: 1 },
    ),
    { maxLength: 60 },
  )
  .chain((parts) => fc.tuple(fc.constant(new TextEncoder().encode(parts.join(''))), fc.option(fc.integer({ min: 0, max: 255 }), { freq: 4 }), fc.nat()))
  .map(([bytes, stray, at]) => (stray === null ? bytes : Uint8Array.from([...bytes.subarray(0, at % (bytes.length + 1)), stray, ...bytes.subarray(at % (bytes.length + 1))])));

/** EF BF BD in the bytes: U+FFFD that is text, not a decoding error. */
function literalReplacements(bytes: Uint8Array): number {
  let count = 0;
  for (let i = 2; i < bytes.length; i++) if (bytes[i] === 0xbd && bytes[i - 1] === 0xbf && bytes[i - 2] === 0xef) count++;
  return count;
}

/**
 * The decoder is told there was no BOM (the sniffer found none), so a leading U+FEFF is text:
 * the reference decoder must keep it too.
 */
const reference = (encoding: TextEncodingName) => new TextDecoder(encoding, { ignoreBOM: true });

function decodeInChunks(bytes: Uint8Array, cuts: readonly number[], encoding: TextEncodingName, native: boolean) {
  const decoder = new ChunkDecoder({ encoding, bom: false }, native ? nodeTextDecoder : undefined);
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  let text = '';
  let from = 0;
  for (const point of [...points, bytes.length]) {
    text += decoder.decode(bytes.subarray(from, point));
    from = point;
  }
  return { text: text + decoder.end(), stats: decoder.stats };
}

describe('the streaming decoder on awkward bytes', () => {
  for (const native of [false, true]) {
    it(`UTF-8${native ? " (Node's StringDecoder)" : ''}: NUL bytes dropped and counted, whatever the chunks`, () => {
      fc.assert(
        fc.property(awkwardBytes, fc.array(fc.nat(), { maxLength: 8 }), (bytes, cuts) => {
          const { text, stats } = decodeInChunks(bytes, cuts, 'utf-8', native);
          const expected = reference('utf-8').decode(bytes.filter((b) => b !== 0));
          expect(text).toBe(expected);
          expect(stats.nulCharacters).toBe(bytes.filter((b) => b === 0).length);
          expect(stats.invalidSequences).toBe(expected.split('\uFFFD').length - 1 - literalReplacements(bytes.filter((b) => b !== 0)));
        }),
        { seed: SEED, numRuns: RUNS },
      );
    });
  }

  it("UTF-8 text that is ASCII but for a few Latin-1 characters: Node's decoder gives TextDecoder's text, whatever the chunks", () => {
    fc.assert(
      fc.property(latin1Bytes, fc.array(fc.nat(), { maxLength: 4 }), (bytes, cuts) => {
        const { text, stats } = decodeInChunks(bytes, cuts, 'utf-8', true);
        const expected = reference('utf-8').decode(bytes.filter((b) => b !== 0));
        expect(text).toBe(expected);
        expect(stats.invalidSequences).toBe(expected.split('\uFFFD').length - 1 - literalReplacements(bytes.filter((b) => b !== 0)));
      }),
      { seed: SEED, numRuns: RUNS * 5 },
    );
  });

  it('a character cut at the end of a chunk is an error, even when the next chunk is ASCII and Latin-1', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('abc'), 0xe2, ...new TextEncoder().encode('d\u00a0e')]);
    const { text, stats } = decodeInChunks(bytes, [4], 'utf-8', true);
    expect(text).toBe('abc\uFFFDd\u00a0e');
    expect(stats.invalidSequences).toBe(1);
  });

  it('UTF-16LE: NUL characters dropped and counted, whatever the chunks', () => {
    fc.assert(
      fc.property(awkwardBytes, fc.array(fc.nat(), { maxLength: 8 }), (bytes, cuts) => {
        const { text, stats } = decodeInChunks(bytes, cuts, 'utf-16le', false);
        const whole = reference('utf-16le').decode(bytes);
        expect(text).toBe(whole.replaceAll('\0', ''));
        expect(stats.nulCharacters).toBe(whole.length - whole.replaceAll('\0', '').length);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('a 64 MB run of zeros is dropped in one pass per chunk', () => {
    const decoder = new ChunkDecoder({ encoding: 'utf-8', bom: false });
    const zeros = new Uint8Array(256 * 1024);
    let text = '';
    for (let i = 0; i < 256; i++) text += decoder.decode(zeros);
    expect(text).toBe('');
    expect(decoder.stats.nulCharacters).toBe(64 * 1024 * 1024);
    // Removing them from text cost about 3 s; as bytes, well under one: `npm run bench:ui` times it.
  });
});
