// Runtime: any. An unpacked export folder, read through the host's FolderReader. What the walk
// left out (links, devices, folders it may not open) is listed and said, and the rest is read.

import { collectFiles } from './collectFiles';
import { describeArchiveName } from './entryPaths';
import type { ArchiveNote, FolderListing, FolderReader, OpenedInput, ReadLimits, SkipReason } from './types';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One sentence per kind of entry left out; the entries themselves are in `skipped`. */
function skippedNotes(name: string, listing: FolderListing, maxFiles: number): ArchiveNote[] {
  const count = (reasons: readonly SkipReason[]) => listing.skipped.filter((s) => reasons.includes(s.reason)).length;
  const notes: ArchiveNote[] = [];
  const unreadable = count(['unreadable']);
  if (unreadable > 0) {
    notes.push({
      severity: 'warning',
      code: 'folder-unreadable',
      message: `${name}: ${plural(unreadable, 'folder or file', 'folders or files')} inside could not be opened (no permission to read ${unreadable === 1 ? 'it' : 'them'}), so ${unreadable === 1 ? 'it was' : 'they were'} not read; everything else was. Check that you may read ${unreadable === 1 ? 'it' : 'them'}.`,
    });
  }
  const tooDeep = count(['too-deep']);
  if (tooDeep > 0) {
    notes.push({ severity: 'warning', code: 'folder-too-deep', message: `${name}: ${plural(tooDeep, 'folder nested', 'folders nested')} deeper than any export holds ${tooDeep === 1 ? 'was' : 'were'} not read.` });
  }
  const links = count(['symlink']);
  if (links > 0) {
    notes.push({ severity: 'info', code: 'links-not-followed', message: `${name}: ${plural(links, 'symbolic link was', 'symbolic links were')} not followed (a link can lead outside the export), so what ${links === 1 ? 'it points' : 'they point'} to was not read.` });
  }
  const special = count(['device', 'fifo', 'socket']);
  if (special > 0) {
    notes.push({ severity: 'info', code: 'not-regular-files', message: `${name}: ${plural(special, 'entry is', 'entries are')} not a regular file (a device, a named pipe or a socket) and ${special === 1 ? 'was' : 'were'} skipped.` });
  }
  if (listing.truncated) {
    notes.push({
      severity: 'warning',
      code: 'too-many-entries',
      message: `${name} holds more than ${maxFiles} files, more than this app reads from one folder (real exports hold fewer than 200); the first ${maxFiles} were read.`,
    });
  }
  return notes;
}

export async function openFolderInput(name: string, reader: FolderReader, limits: ReadLimits): Promise<OpenedInput> {
  const listing = await reader.list(limits.maxEntries);
  const raw = listing.files.map((file) => ({
    storedName: file.path,
    claimedSize: file.size,
    compressedSize: file.size,
    open: () => reader.read(file.path),
    ...(reader.localPath ? { transfer: () => ({ source: { kind: 'local-path', path: reader.localPath!(file.path) } as const, settle: () => undefined }) } : {}),
  }));
  return {
    name,
    kind: 'folder',
    bytes: listing.files.reduce((sum, f) => sum + f.size, 0),
    repeatedNames: 0,
    ...describeArchiveName(name),
    ...collectFiles(raw),
    skipped: listing.skipped,
    notes: skippedNotes(name, listing, limits.maxEntries),
  };
}
