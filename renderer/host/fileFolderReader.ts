// A FolderReader over File objects (a dropped or chosen folder): no file is ever read whole into
// memory (a zip File is read by ranges: shared/archive/randomAccess.ts blobFile).

import type { FolderListing, FolderReader } from '../../shared/archive/types';
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
