// Node's inflate reads a small entry at once and a large one as a stream; both hand on the same
// bytes, and where the entry is damaged or larger than the archive says, the same bytes before the
// same error.

import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DamagedEntryError } from '../../shared/archive/entryErrors';
import { nodeInflater } from '../../node/platform/nodeInflater';
import { sampleExport } from '../../shared/sample';

/** Compressed bytes as the range reader hands them: pieces of `pieceBytes`. */
async function* pieces(bytes: Uint8Array, pieceBytes: number): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += pieceBytes) yield bytes.subarray(offset, offset + pieceBytes);
}

interface Inflated {
  readonly chunks: number[];
  readonly bytes: Buffer;
  readonly error: unknown;
}

async function inflated(compressed: Uint8Array, expectedBytes: number, pieceBytes = 512 * 1024): Promise<Inflated> {
  const chunks: Buffer[] = [];
  let error: unknown = null;
  try {
    for await (const chunk of nodeInflater(pieces(compressed, pieceBytes), expectedBytes)) chunks.push(Buffer.from(chunk));
  } catch (caught) {
    error = caught;
  }
  return { chunks: chunks.map((c) => c.length), bytes: Buffer.concat(chunks), error };
}

/** The sample's largest file (346 KB: read at once): invented text as an export holds it. */
function largestSampleFile(): Uint8Array {
  return sampleExport().files.reduce((a, b) => (b.bytes.length > a.bytes.length ? b : a)).bytes;
}

/** Large enough to be read as a stream whatever size is claimed. */
const STREAMED = 1 << 30;

describe("Node's inflate, at once or streamed", () => {
  it('a small entry inflates to its bytes, in the same chunks as the stream gives', async () => {
    const content = largestSampleFile();
    const compressed = deflateRawSync(content);
    const atOnce = await inflated(compressed, content.length);
    const streamed = await inflated(compressed, STREAMED);
    expect(atOnce.error).toBeNull();
    expect(atOnce.bytes.equals(Buffer.from(content))).toBe(true);
    expect(atOnce.chunks).toEqual(streamed.chunks);
  });

  it('compressed bytes in many pieces are gathered before inflating', async () => {
    const content = largestSampleFile();
    const atOnce = await inflated(deflateRawSync(content), content.length, 97);
    expect(atOnce.error).toBeNull();
    expect(atOnce.bytes.equals(Buffer.from(content))).toBe(true);
  });

  it('an entry cut short: the bytes before the cut are handed on, then a DamagedEntryError, as streamed', async () => {
    const content = Buffer.concat(Array.from({ length: 2 }, () => largestSampleFile()));
    const compressed = deflateRawSync(content);
    const cut = compressed.subarray(0, Math.floor(compressed.length * 0.6));
    const atOnce = await inflated(cut, content.length);
    const streamed = await inflated(cut, STREAMED);
    expect(atOnce.error).toBeInstanceOf(DamagedEntryError);
    expect(atOnce.bytes.length).toBeGreaterThan(0);
    expect(atOnce.bytes.equals(content.subarray(0, atOnce.bytes.length))).toBe(true);
    expect(atOnce.bytes.equals(streamed.bytes)).toBe(true);
    expect((atOnce.error as Error).message).toBe((streamed.error as Error).message);
  });

  it('an entry that claims a few bytes but inflates past a megabyte is still read whole (the guards downstream decide)', async () => {
    const content = Buffer.alloc(3 * 1024 * 1024, 'a');
    const atOnce = await inflated(deflateRawSync(content), 10);
    expect(atOnce.error).toBeNull();
    expect(atOnce.bytes.equals(content)).toBe(true);
  });

  it('compressed bytes past a megabyte under a small claim are streamed, not gathered whole', async () => {
    const content = Buffer.from(Array.from({ length: 1_500_000 }, (_, i) => (i * 2_654_435_761) >>> 24));
    const compressed = deflateRawSync(content, { level: 0 });
    const atOnce = await inflated(compressed, 10, 64 * 1024);
    expect(atOnce.error).toBeNull();
    expect(atOnce.bytes.equals(content)).toBe(true);
  });
});
