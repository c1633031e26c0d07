// A FolderReader over File objects (a dropped or chosen folder), and a zip File read by ranges
// (File.slice): neither is ever read whole into memory.

import type { FolderListing, FolderReader, RandomAccessFile } from '../../shared/archive/types';
import type { PickedFolder } from './analysisHost';

async function* chunksOf(file: File): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield value;
    }
    finished = true;
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
  }
}

export function fileFolderReader(folder: PickedFolder): FolderReader {
  const byPath = new Map(folder.files.map((f) => [f.path, f.file]));
  return {
    async list(maxFiles: number): Promise<FolderListing> {
      return {
        files: folder.files.slice(0, maxFiles).map((f) => ({ path: f.path, size: f.file.size })),
        skipped: folder.skipped ?? [],
        truncated: folder.files.length > maxFiles,
      };
    },
    read(path: string) {
      const file = byPath.get(path);
      if (!file) throw new Error(`${path} is not in the folder`);
      return chunksOf(file);
    },
  };
}

/** A zip the member chose or dropped, read a range at a time. */
export function fileRandomAccess(file: Blob): RandomAccessFile {
  return {
    size: file.size,
    open: async () => ({
      read: async (offset: number, length: number) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()),
      close: async () => undefined,
    }),
  };
}
