// Runtime: Node. Inflates zip entries with Node's zlib: native code on the libuv thread pool, so
// decompression runs on the second core while the main thread parses.

import { createInflateRaw } from 'node:zlib';
import { DamagedEntryError } from '../../shared/archive/inflate';
import type { Inflater } from '../../shared/archive/types';

const CHUNK_BYTES = 256 * 1024;

export const nodeInflater: Inflater = async function* inflateWithZlib(compressed: Uint8Array) {
  const inflate = createInflateRaw({ chunkSize: CHUNK_BYTES });
  inflate.end(compressed);
  try {
    for await (const chunk of inflate) yield chunk as Uint8Array;
  } catch (error) {
    // zlib's "unexpected end of file", "invalid block type"…: the entry's bytes are damaged.
    throw new DamagedEntryError(error instanceof Error ? error.message : String(error));
  } finally {
    inflate.destroy();
  }
};
