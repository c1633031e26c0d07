// Runtime: any. From the raw entries of a zip or folder to the files worth reading: paths
// normalized, operating-system clutter set aside (listed as skipped, never dropped silently), a
// re-zip top folder removed.

import type { CancelSignal } from '../platform/cancel';
import { commonTopFolder, isClutter, normalizeEntryPath } from './entryPaths';
import type { ArchiveFile, FileTransfer, SkippedEntry } from './types';

export interface RawFile {
  readonly storedName: string;
  readonly claimedSize: number;
  readonly compressedSize: number;
  open(signal?: CancelSignal): AsyncIterable<Uint8Array>;
  readonly transfer?: () => FileTransfer;
}

export function collectFiles(raw: readonly RawFile[]): { files: ArchiveFile[]; skipped: SkippedEntry[]; topFolder: string | null } {
  const kept: { path: string; file: RawFile }[] = [];
  const skipped: SkippedEntry[] = [];
  for (const file of raw) {
    const path = normalizeEntryPath(file.storedName);
    if (path === '') skipped.push({ path: file.storedName, reason: 'unnamed' });
    else if (isClutter(path)) skipped.push({ path, reason: 'clutter' });
    else kept.push({ path, file });
  }
  const topFolder = commonTopFolder(kept.map((k) => k.path));
  const strip = topFolder === null ? 0 : topFolder.length + 1;
  const files = kept.map(({ path, file }) => ({
    path: path.slice(strip),
    storedName: file.storedName,
    claimedSize: file.claimedSize,
    compressedSize: file.compressedSize,
    open: (signal?: CancelSignal) => file.open(signal),
    ...(file.transfer ? { transfer: file.transfer } : {}),
  }));
  return { files, skipped, topFolder };
}
