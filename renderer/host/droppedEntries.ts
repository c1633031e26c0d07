// Turns what the member dropped in a browser into files (zips, CSVs) and folders of File objects. Folders
// arrive as FileSystemDirectoryEntry (webkitGetAsEntry); they are walked here, on the page,
// because entries cannot be sent to a worker, while the File objects they yield can. A
// sub-folder or file the browser may not open is skipped with the reason, never the whole drop.

import { DEFAULT_LIMITS, type SkippedEntry } from '../../shared/archive/types';
import type { DroppedItem, ExportSelection, PickedFolder } from './analysisHost';

/** Deeper than any export; stops symlink loops. */
const MAX_DEPTH = 8;
/** One past the most files the reader takes from a folder, so it can say there were more. */
const MAX_FILES = DEFAULT_LIMITS.maxEntries + 1;

interface Walk {
  readonly files: { path: string; file: File }[];
  readonly skipped: SkippedEntry[];
}

function readBatch(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function walk(dir: FileSystemDirectoryEntry, prefix: string, depth: number, into: Walk): Promise<void> {
  const reader = dir.createReader();
  // readEntries hands out a batch at a time (Chromium: 100) until it returns none.
  for (;;) {
    const batch = await readBatch(reader);
    if (batch.length === 0) return;
    for (const entry of batch) {
      if (into.files.length >= MAX_FILES) return;
      const path = `${prefix}${entry.name}`;
      if (entry.isDirectory) {
        if (depth + 1 > MAX_DEPTH) into.skipped.push({ path: `${path}/`, reason: 'too-deep' });
        else await walk(entry as FileSystemDirectoryEntry, `${path}/`, depth + 1, into).catch(() => into.skipped.push({ path: `${path}/`, reason: 'unreadable' }));
      } else if (entry.isFile) {
        await fileOf(entry as FileSystemFileEntry).then(
          (file) => into.files.push({ path, file }),
          () => into.skipped.push({ path, reason: 'unreadable' }),
        );
      }
    }
  }
}

export async function folderOfEntry(entry: FileSystemDirectoryEntry): Promise<PickedFolder> {
  const into: Walk = { files: [], skipped: [] };
  await walk(entry, '', 0, into);
  return { name: entry.name, files: into.files, skipped: into.skipped };
}

export async function selectionOfDrop(items: readonly DroppedItem[]): Promise<ExportSelection | null> {
  const files: File[] = [];
  const folders: PickedFolder[] = [];
  for (const item of items) {
    if (item.entry?.isDirectory) folders.push(await folderOfEntry(item.entry as FileSystemDirectoryEntry));
    else if (item.file) files.push(item.file);
  }
  return files.length + folders.length > 0 ? { kind: 'files', files, folders } : null;
}

/** Files from `<input webkitdirectory>`: each carries its path under the chosen folder. */
export function folderOfPicked(files: readonly File[]): PickedFolder {
  const first = files[0]?.webkitRelativePath ?? '';
  const name = first.includes('/') ? first.slice(0, first.indexOf('/')) : 'Folder';
  return {
    name,
    files: files.map((file) => {
      const relative = file.webkitRelativePath || file.name;
      return { path: relative.startsWith(`${name}/`) ? relative.slice(name.length + 1) : relative, file };
    }),
  };
}
