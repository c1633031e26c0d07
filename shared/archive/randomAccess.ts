// Runtime: any. Reading a file by ranges: bytes in memory as a RandomAccessFile, and a range
// read as a stream of chunks, the next read under way while the current chunk is used.

import { throwIfCancelled, type CancelSignal } from '../platform/cancel';
import type { BlobLike, RandomAccessFile, RangeReader } from './types';

/** Large enough that a read's fixed cost is small, small enough that memory stays flat. */
export const RANGE_CHUNK_BYTES = 512 * 1024;

/** A zip (or any file) already in memory: reads are views, nothing is copied. */
export function memoryFile(bytes: Uint8Array): RandomAccessFile {
  const reader: RangeReader = {
    read: async (offset, length) => {
      const start = Math.min(Math.max(0, offset), bytes.length);
      return bytes.subarray(start, Math.min(bytes.length, start + Math.max(0, length)));
    },
    close: async () => undefined,
  };
  return { size: bytes.length, open: async () => reader };
}

/** A Blob (a browser's File) read a range at a time (slice), never whole; another thread may receive it. */
export function blobFile(blob: BlobLike): RandomAccessFile {
  const reader: RangeReader = {
    read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
    close: async () => undefined,
  };
  return { size: blob.size, open: async () => reader, blob };
}

/** The zip an entry handed to another thread lies in, where that thread can read it without a file system. */
export function transferredZip(zip: { readonly blob: BlobLike } | { readonly bytes: Uint8Array }): RandomAccessFile {
  return 'blob' in zip ? blobFile(zip.blob) : memoryFile(zip.bytes);
}

/**
 * The bytes at [offset, offset + length) as chunks of at most `chunkBytes`; fewer bytes in all
 * only where the file ends. One read ahead: the file is read while the last chunk is worked on.
 */
export async function* rangeChunks(
  reader: RangeReader,
  offset: number,
  length: number,
  signal?: CancelSignal,
  chunkBytes = RANGE_CHUNK_BYTES,
): AsyncGenerator<Uint8Array> {
  const end = offset + length;
  const readAt = (position: number) => reader.read(position, Math.min(chunkBytes, end - position));
  let position = offset;
  let pending: Promise<Uint8Array> | null = position < end ? readAt(position) : null;
  try {
    while (pending) {
      const chunk = await pending;
      const wanted = Math.min(chunkBytes, end - position);
      position += chunk.length;
      // A short read is the end of the file: nothing more to ask for.
      pending = chunk.length === wanted && position < end ? readAt(position) : null;
      throwIfCancelled(signal);
      if (chunk.length > 0) yield chunk;
    }
  } finally {
    // A read still under way when the consumer stops must settle before its reader closes.
    await pending?.catch(() => undefined);
  }
}
