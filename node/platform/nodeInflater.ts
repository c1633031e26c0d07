// Runtime: Node. Inflates zip entries with Node's zlib. A small entry (most files of an export) is
// inflated at once on this thread: the stream's round trips through the libuv thread pool cost
// more than the inflating. A large one streams on the thread pool, so decompression runs on the
// second core while the main thread parses. The zip's own CRC-32 is zlib's too (native since
// Node 20.15).

import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32, createInflateRaw, inflateRawSync } from 'node:zlib';
import { DamagedEntryError } from '../../shared/archive/entryErrors';
import type { Crc32, Inflater } from '../../shared/archive/types';

const CHUNK_BYTES = 256 * 1024;

/** Entries that inflate to at most this are inflated at once (1 MB: a few ms on this thread). */
const AT_ONCE_BYTES = 1024 * 1024;

/** zlib's own failures ("unexpected end of file", "invalid block type"…) carry a Z_ code. */
function isZlibError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}

async function* streamed(compressed: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const inflate = createInflateRaw({ chunkSize: CHUNK_BYTES });
  // The pipeline passes a failure to read the compressed bytes on to the inflater, and when the
  // inflater stops early it stops the source (which then closes its file).
  const piped = pipeline(Readable.from(compressed, { objectMode: false }), inflate);
  piped.catch(() => undefined);
  try {
    for await (const chunk of inflate) yield chunk as Uint8Array;
  } catch (error) {
    // The entry's bytes are damaged; any other failure (reading, cancelling) is passed on as it is.
    throw isZlibError(error) ? new DamagedEntryError(error instanceof Error ? error.message : String(error)) : error;
  } finally {
    inflate.destroy();
    await piped.catch(() => undefined);
  }
}

/** The compressed bytes gathered while they stay small; `rest` holds what was not read yet. */
async function gatherSmall(compressed: AsyncIterable<Uint8Array>): Promise<{ readonly parts: Uint8Array[]; readonly rest: AsyncIterator<Uint8Array> | null }> {
  const source = compressed[Symbol.asyncIterator]();
  const parts: Uint8Array[] = [];
  let gathered = 0;
  for (;;) {
    const next = await source.next();
    if (next.done) return { parts, rest: null };
    parts.push(next.value);
    gathered += next.value.length;
    if (gathered > AT_ONCE_BYTES) return { parts, rest: source };
  }
}

async function* followedBy(parts: readonly Uint8Array[], rest: AsyncIterator<Uint8Array> | null): AsyncGenerator<Uint8Array> {
  yield* parts;
  if (rest) yield* { [Symbol.asyncIterator]: () => rest };
}

/** The whole entry inflated here, or null where the stream must decide (damage, a size that lies). */
function inflatedAtOnce(parts: readonly Uint8Array[]): Buffer | null {
  try {
    return inflateRawSync(parts.length === 1 ? parts[0]! : Buffer.concat(parts), { maxOutputLength: AT_ONCE_BYTES });
  } catch {
    return null;
  }
}

export const nodeInflater: Inflater = async function* inflateWithZlib(compressed, expectedBytes) {
  if (expectedBytes > AT_ONCE_BYTES) {
    yield* streamed(compressed);
    return;
  }
  const { parts, rest } = await gatherSmall(compressed);
  const whole = rest === null ? inflatedAtOnce(parts) : null;
  if (whole === null) {
    // Damaged, or larger than the archive says: the stream hands on what inflates before the
    // damage or the limit, exactly as for a large entry.
    yield* streamed(followedBy(parts, rest));
    return;
  }
  for (let offset = 0; offset < whole.length; offset += CHUNK_BYTES) yield whole.subarray(offset, offset + CHUNK_BYTES);
};

export const nodeCrc32: Crc32 = (bytes, previous) => crc32(bytes, previous);
