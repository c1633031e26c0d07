// Runtime: any. Inflating zip entries, and the guard that stops zip bombs.

import { decompressionStreamConstructor } from '../platform/universalGlobals';
import type { Inflater, ReadLimits } from './types';

export class EntryLimitError extends Error {
  constructor(
    readonly limit: 'size' | 'ratio' | 'claimed',
    readonly bytesRead: number,
  ) {
    super(limit === 'size' ? 'entry larger than the size limit' : limit === 'ratio' ? 'entry inflates at a suspicious ratio' : 'entry larger than the archive says');
    this.name = 'EntryLimitError';
  }
}

export class DamagedEntryError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'DamagedEntryError';
  }
}

/** Slack over the size the archive records before an entry counts as lying about its size. */
const CLAIMED_SLACK_BYTES = 1024 * 1024;

/**
 * Counts what an entry inflates to and stops it past the size cap, at a zip-bomb ratio, or well
 * past the size the archive records for it (a bomb that hides its size stops after a megabyte).
 */
export async function* guardInflation(
  chunks: AsyncIterable<Uint8Array>,
  compressedSize: number,
  limits: ReadLimits,
  claimedSize = Infinity,
): AsyncGenerator<Uint8Array> {
  let total = 0;
  const ratioBase = Math.max(compressedSize, 1);
  const claimedCeiling = claimedSize + CLAIMED_SLACK_BYTES;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > limits.maxEntryBytes) throw new EntryLimitError('size', total);
    if (total > claimedCeiling) throw new EntryLimitError('claimed', total);
    if (total > limits.ratioCheckAfterBytes && total / ratioBase > limits.maxCompressionRatio) {
      throw new EntryLimitError('ratio', total);
    }
    yield chunk;
  }
}

const WRITE_SLICE = 1024 * 1024;

/** Inflate with the web platform's DecompressionStream (browsers, workers, Node 18+). */
export function webInflater(): Inflater | null {
  const Decompression = decompressionStreamConstructor();
  if (!Decompression) return null;
  return async function* inflateWithStreams(compressed: Uint8Array): AsyncGenerator<Uint8Array> {
    const stream = new Decompression('deflate-raw');
    const writer = stream.writable.getWriter();
    const reader = stream.readable.getReader();
    // Written in slices so the stream's backpressure, not this loop, paces the work.
    const writing = (async () => {
      for (let offset = 0; offset < compressed.length; offset += WRITE_SLICE) {
        await writer.ready;
        await writer.write(compressed.subarray(offset, offset + WRITE_SLICE));
      }
      await writer.close();
    })();
    writing.catch(() => undefined);
    let finished = false;
    try {
      for (;;) {
        let result;
        try {
          result = await reader.read();
        } catch (error) {
          throw new DamagedEntryError(error instanceof Error ? error.message : String(error));
        }
        if (result.done) break;
        yield result.value;
      }
      finished = true;
    } finally {
      if (!finished) await reader.cancel().catch(() => undefined);
    }
  };
}

/** Stored (uncompressed) entries, handed out in slices like an inflater would. */
export async function* storedChunks(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += WRITE_SLICE) {
    yield bytes.subarray(offset, offset + WRITE_SLICE);
  }
}
