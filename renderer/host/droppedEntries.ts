// Turns what the member dropped in a browser into files (zips, CSVs) and folders of File objects. Folders
// arrive as FileSystemDirectoryEntry (webkitGetAsEntry); they are walked here, on the page,
// because entries cannot be sent to a worker, while the File objects they yield can.

import type { DroppedItem, ExportSelection, PickedFolder } from './analysisHost';

/** Deeper than any export; stops symlink loops. */
const MAX_DEPTH = 8;
const MAX_FILES = 20_000;

function readBatch(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function walk(dir: FileSystemDirectoryEntry, prefix: string, depth: number, into: { path: string; file: File }[]): Promise<void> {
  if (depth > MAX_DEPTH) return;
  const reader = dir.createReader();
  // readEntries hands out a batch at a time (Chromium: 100) until it returns none.
  for (;;) {
    const batch = await readBatch(reader);
    if (batch.length === 0) return;
    for (const entry of batch) {
      if (into.length >= MAX_FILES) return;
      const path = `${prefix}${entry.name}`;
      if (entry.isDirectory) await walk(entry as FileSystemDirectoryEntry, `${path}/`, depth + 1, into);
      else if (entry.isFile) into.push({ path, file: await fileOf(entry as FileSystemFileEntry) });
    }
  }
}

export async function folderOfEntry(entry: FileSystemDirectoryEntry): Promise<PickedFolder> {
  const files: { path: string; file: File }[] = [];
  await walk(entry, '', 0, files);
  return { name: entry.name, files };
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
