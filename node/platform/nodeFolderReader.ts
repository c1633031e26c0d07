// Runtime: Node. An unpacked export folder on disk, read in place (nothing is copied). Only
// regular files are read; links are not followed, devices, pipes and sockets are skipped, and a
// sub-folder that cannot be opened is skipped with the reason, never the whole folder.

import { lstat, readdir } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { inputError } from '../../shared/archive/inputError';
import type { FolderFile, FolderListing, FolderReader, SkippedEntry } from '../../shared/archive/types';
import { regularFileChunks, specialKind } from './nodeFiles';

/** Deeper than any export; stops hostile trees. */
const MAX_DEPTH = 8;

interface Walk {
  readonly root: string;
  readonly maxFiles: number;
  readonly files: FolderFile[];
  readonly skipped: SkippedEntry[];
  truncated: boolean;
}

const relativePath = (walk: Walk, full: string) => relative(walk.root, full).split(sep).join('/');

async function visit(walk: Walk, dir: string, depth: number): Promise<void> {
  // The folder itself cannot be opened: the whole input fails (readdir's error); below it, a
  // sub-folder is skipped and the walk goes on.
  const names = (await readdir(dir)).sort();
  for (const name of names) {
    if (walk.files.length >= walk.maxFiles) {
      walk.truncated = true;
      return;
    }
    const full = join(dir, name);
    const path = relativePath(walk, full);
    let info;
    try {
      info = await lstat(full);
    } catch {
      walk.skipped.push({ path, reason: 'unreadable' });
      continue;
    }
    if (info.isSymbolicLink()) walk.skipped.push({ path, reason: 'symlink' });
    else if (info.isFile()) walk.files.push({ path, size: info.size });
    else if (!info.isDirectory()) walk.skipped.push({ path, reason: specialKind(info) ?? 'device' });
    else if (depth + 1 > MAX_DEPTH) walk.skipped.push({ path: `${path}/`, reason: 'too-deep' });
    else {
      try {
        await visit(walk, full, depth + 1);
      } catch {
        walk.skipped.push({ path: `${path}/`, reason: 'unreadable' });
      }
    }
  }
}

export function nodeFolderReader(root: string): FolderReader {
  return {
    async list(maxFiles: number): Promise<FolderListing> {
      const walk: Walk = { root, maxFiles, files: [], skipped: [], truncated: false };
      try {
        await visit(walk, root, 0);
      } catch (error) {
        const name = basename(root);
        const code = (error as NodeJS.ErrnoException).code ?? 'error';
        throw inputError(name, { reason: 'folder-unreadable', detail: code });
      }
      return { files: walk.files, skipped: walk.skipped, truncated: walk.truncated };
    },
    read(path: string) {
      return regularFileChunks(join(root, ...path.split('/')));
    },
    // Paths come from list(), which only returns files under root.
    localPath: (path: string) => join(root, ...path.split('/')),
  };
}
