// A FolderReader over File objects (a dropped or chosen folder), streamed with File.stream().

import type { FolderReader } from '../../shared/archive/types';
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
    async list() {
      return folder.files.map((f) => ({ path: f.path, size: f.file.size }));
    },
    read(path: string) {
      const file = byPath.get(path);
      if (!file) throw new Error(`${path} is not in the folder`);
      return chunksOf(file);
    },
  };
}
