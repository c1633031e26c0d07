// Runtime: Node. Inflates zip entries with Node's zlib: native code on the libuv thread pool, so
// decompression runs on the second core while the main thread parses. The zip's own CRC-32 is
// zlib's too (native since Node 20.15).

import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32, createInflateRaw } from 'node:zlib';
import { DamagedEntryError } from '../../shared/archive/entryErrors';
import type { Crc32, Inflater } from '../../shared/archive/types';

const CHUNK_BYTES = 256 * 1024;

/** zlib's own failures ("unexpected end of file", "invalid block type"…) carry a Z_ code. */
function isZlibError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}

export const nodeInflater: Inflater = async function* inflateWithZlib(compressed) {
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
};

export const nodeCrc32: Crc32 = (bytes, previous) => crc32(bytes, previous);
