// Runtime: any. Inflating zip entries, and the guards that stop zip bombs: one entry's own
// limits here, the whole archive's in archiveBudget.ts.

import { decompressionStreamConstructor } from '../platform/universalGlobals';
import { DamagedEntryError, EntryLimitError } from './entryErrors';
import type { Inflater, ReadLimits } from './types';

export { DamagedEntryError, EntryLimitError } from './entryErrors';

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

/** The most an entry can inflate to before guardInflation stops it. */
export function entryCeiling(compressedSize: number, claimedSize: number, limits: ReadLimits): number {
  const ratioCeiling = Math.max(limits.ratioCheckAfterBytes, Math.max(compressedSize, 1) * limits.maxCompressionRatio);
  return Math.min(limits.maxEntryBytes, claimedSize + CLAIMED_SLACK_BYTES, ratioCeiling);
}

/** Inflate with the web platform's DecompressionStream (browsers, workers, Node 18+). */
export function webInflater(): Inflater | null {
  const Decompression = decompressionStreamConstructor();
  if (!Decompression) return null;
  return async function* inflateWithStreams(compressed: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
    const stream = new Decompression('deflate-raw');
    const writer = stream.writable.getWriter();
    const reader = stream.readable.getReader();
    // A failure to read the compressed bytes (not their damage) is passed on as it is.
    let sourceFailure: { readonly error: unknown } | null = null;
    // Written as the source yields, so the stream's backpressure, not this loop, paces the work.
    const writing = (async () => {
      const source = compressed[Symbol.asyncIterator]();
      try {
        for (;;) {
          let next: IteratorResult<Uint8Array>;
          try {
            next = await source.next();
          } catch (error) {
            sourceFailure = { error };
            await writer.abort(error).catch(() => undefined);
            return;
          }
          if (next.done) break;
          await writer.ready;
          await writer.write(next.value);
        }
        await writer.close();
      } catch {
        // The stream failed (damaged data) or was cancelled: its reader reports which.
      } finally {
        await Promise.resolve(source.return?.()).catch(() => undefined);
      }
    })();
    let finished = false;
    try {
      for (;;) {
        let result;
        try {
          result = await reader.read();
        } catch (error) {
          const failure = sourceFailure as { readonly error: unknown } | null;
          if (failure) throw failure.error;
          throw new DamagedEntryError(error instanceof Error ? error.message : String(error));
        }
        if (result.done) break;
        yield result.value;
      }
      finished = true;
    } finally {
      if (!finished) {
        // Stopping early: the write loop fails on the cancelled stream and releases its source.
        await reader.cancel().catch(() => undefined);
      }
      await writing;
    }
  };
}
