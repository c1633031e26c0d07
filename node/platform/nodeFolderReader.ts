// Runtime: Node. An unpacked export folder on disk, read in place (nothing is copied).

import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { FolderFile, FolderReader } from '../../shared/archive/types';

/** Deeper than any export; stops symlink loops and hostile trees. */
const MAX_DEPTH = 8;
const MAX_FILES = 20_000;

async function walk(root: string, dir: string, depth: number, into: FolderFile[]): Promise<void> {
  if (depth > MAX_DEPTH || into.length >= MAX_FILES) return;
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await walk(root, full, depth + 1, into);
    else if (entry.isFile() && into.length < MAX_FILES) {
      const info = await stat(full);
      into.push({ path: relative(root, full).split(sep).join('/'), size: info.size });
    }
  }
}

export function nodeFolderReader(root: string): FolderReader {
  return {
    async list() {
      const files: FolderFile[] = [];
      await walk(root, root, 0, files);
      return files;
    },
    read(path: string) {
      return createReadStream(join(root, ...path.split('/')), { highWaterMark: 256 * 1024 });
    },
    // Paths come from list(), which only returns files under root.
    localPath: (path: string) => join(root, ...path.split('/')),
  };
}
