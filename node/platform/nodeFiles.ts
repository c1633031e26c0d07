// Runtime: Node. Files read by positioned reads on a handle, only ever regular files: a device
// has no end (/dev/zero), a named pipe can block forever, a socket is not data at rest.

import { constants, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import type { RandomAccessFile, RangeReader } from '../../shared/archive/types';
import { rangeChunks } from '../../shared/archive/randomAccess';

/** What a path is when it is neither a regular file nor a folder; null when it is one of those. */
export function specialKind(info: Stats): 'device' | 'fifo' | 'socket' | null {
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  if (info.isFIFO()) return 'fifo';
  if (info.isSocket()) return 'socket';
  return null;
}

/** Thrown when the path turns out not to be a regular file once opened. */
export class NotARegularFileError extends Error {
  constructor(readonly kind: 'device' | 'fifo' | 'socket' | 'folder' | 'other') {
    super(`not a regular file (${kind})`);
    this.name = 'NotARegularFileError';
  }
}

// O_NONBLOCK: opening a named pipe must not wait for a writer (it is refused just after).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** Why a file could not be opened, by its code alone: Node's message carries the absolute path. */
export class FileOpenError extends Error {
  constructor(readonly code: string) {
    super(code);
    this.name = 'FileOpenError';
  }
}

/**
 * Reads of at most this many bytes are made at once on this thread: a small entry's header and
 * data cost less to read than an asynchronous read's round trip through the libuv thread pool.
 */
const SYNC_READ_BYTES = 256 * 1024;

/** Opens `path` for positioned reads, refusing anything but a regular file. */
export async function openRegularFile(path: string): Promise<RangeReader & { readonly size: number }> {
  const handle = await open(path, OPEN_FLAGS).catch((error: NodeJS.ErrnoException) => {
    throw new FileOpenError(error.code ?? 'error');
  });
  let info: Stats;
  try {
    info = await handle.stat();
    if (!info.isFile()) throw new NotARegularFileError(info.isDirectory() ? 'folder' : (specialKind(info) ?? 'other'));
  } catch (error) {
    await handle.close();
    throw error;
  }
  return {
    size: info.size,
    async read(offset: number, length: number): Promise<Uint8Array> {
      const buffer = Buffer.allocUnsafe(Math.max(0, length));
      let filled = 0;
      // Each turn reads at least one byte or stops: at the end of the file a read returns 0.
      while (filled < buffer.length) {
        const bytesRead =
          buffer.length <= SYNC_READ_BYTES
            ? readSync(handle.fd, buffer, filled, buffer.length - filled, offset + filled)
            : (await handle.read(buffer, filled, buffer.length - filled, offset + filled)).bytesRead;
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return buffer.subarray(0, filled);
    },
    // FileHandle.close waits for reads still under way.
    close: () => handle.close(),
  };
}

/**
 * A zip on disk, read by ranges; `size` as stat found it. Its entries are read one after another,
 * each opening the zip: one handle serves them all while any is open, and it is closed once none
 * has been for a turn of the event loop (opening, checking and closing the file for each of an
 * export's 100-300 entries cost more than reading most of them).
 */
export function nodeRandomAccessFile(path: string, size: number): RandomAccessFile {
  let shared: Promise<RangeReader> | null = null;
  let users = 0;
  let closing: ReturnType<typeof setImmediate> | null = null;
  const release = () => {
    if (--users > 0) return;
    closing = setImmediate(() => {
      closing = null;
      const handle = shared;
      shared = null;
      void handle?.then((reader) => reader.close()).catch(() => undefined);
    });
  };
  const open = async (): Promise<RangeReader> => {
    if (closing !== null) clearImmediate(closing);
    closing = null;
    shared ??= openRegularFile(path);
    const opening = shared;
    users++;
    let reader: RangeReader;
    try {
      reader = await opening;
    } catch (error) {
      // Not opened: the next reader tries again.
      if (shared === opening) shared = null;
      users--;
      throw error;
    }
    let closed = false;
    return {
      read: (offset, length) => reader.read(offset, length),
      close: async () => {
        if (closed) return;
        closed = true;
        release();
      },
    };
  };
  return { size, localPath: path, open };
}

/** A whole regular file as chunks, read to its end. */
export async function* regularFileChunks(path: string): AsyncGenerator<Uint8Array> {
  const reader = await openRegularFile(path);
  try {
    yield* rangeChunks(reader, 0, Infinity);
  } finally {
    await reader.close();
  }
}
