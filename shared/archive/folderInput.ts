// Runtime: any. An unpacked export folder, read through the host's FolderReader. What the walk
// left out (links, devices, folders it may not open) is listed and said, and the rest is read.

import { collectFiles } from './collectFiles';
import { describeInput } from './entryPaths';
import type { ArchiveNote, FolderListing, FolderReader, OpenedInput, ReadLimits, SkipReason } from './types';

/** Which note says what, for each reason an entry was left out. */
const NOTE_OF: Partial<Record<SkipReason, 'folder-unreadable' | 'folder-too-deep' | 'links-not-followed' | 'not-regular-files'>> = {
  unreadable: 'folder-unreadable',
  'too-deep': 'folder-too-deep',
  symlink: 'links-not-followed',
  device: 'not-regular-files',
  fifo: 'not-regular-files',
  socket: 'not-regular-files',
};

/** One note per kind of entry left out, with how many; the entries themselves are in `skipped`. */
function skippedNotes(input: string, listing: FolderListing, limit: number): ArchiveNote[] {
  const counts = new Map<ArchiveNote['code'], number>();
  for (const { reason } of listing.skipped) {
    const code = NOTE_OF[reason];
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const notes: ArchiveNote[] = (['folder-unreadable', 'folder-too-deep', 'links-not-followed', 'not-regular-files'] as const).flatMap((code) => {
    const count = counts.get(code) ?? 0;
    return count > 0 ? [{ code, input, count }] : [];
  });
  if (listing.truncated) notes.push({ code: 'too-many-entries', input, kind: 'folder', limit, listed: null });
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
  const collected = collectFiles(raw);
  return {
    name,
    kind: 'folder',
    bytes: listing.files.reduce((sum, f) => sum + f.size, 0),
    repeatedNames: 0,
    ...describeInput(name, collected.topFolder),
    ...collected,
    // What the walk left out, then what the zip-like collection set aside (clutter).
    skipped: [...listing.skipped, ...collected.skipped],
    notes: skippedNotes(name, listing, limits.maxEntries),
  };
}
