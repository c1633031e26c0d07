// Runtime: Node. Inflates zip entries with Node's zlib: native code on the libuv thread pool, so
// decompression runs on the second core while the main thread parses.

import { createInflateRaw } from 'node:zlib';
import type { Inflater } from '../../shared/archive/types';

const CHUNK_BYTES = 256 * 1024;

export const nodeInflater: Inflater = async function* inflateWithZlib(compressed: Uint8Array) {
  const inflate = createInflateRaw({ chunkSize: CHUNK_BYTES });
  inflate.end(compressed);
  try {
    for await (const chunk of inflate) yield chunk as Uint8Array;
  } finally {
    inflate.destroy();
  }
};
