// Runtime: any. Opens a zip where it lies, by ranges: our own reader checks its structure and
// lists its entries (zipDirectory.ts); each entry is read lazily, as a stream, when its file is
// read, and draws on the archive's budget of inflated bytes.

import type { CancelSignal } from '../platform/cancel';
import { ArchiveBudget } from './archiveBudget';
import { collectFiles, type RawFile } from './collectFiles';
import { describeInput, normalizeEntryPath } from './entryPaths';
import type { ZipEntryError } from './entryErrors';
import { entryCeiling } from './inflate';
import { InputError, inputError } from './inputError';
import { memoryFile } from './randomAccess';
import { readZipDirectory, type DirectoryEntry, type ZipDirectory } from './zipDirectory';
import { readZipEntry, type EntryPlatform } from './zipEntryReader';
import type { ExportInput, FileSource, FileTransfer, OpenedInput, RandomAccessFile, ReadLimits } from './types';

export interface ZipReadOptions extends EntryPlatform {
  readonly limits: ReadLimits;
}

const OTHER_FORMATS: readonly { magic: number[]; what: string }[] = [
  { magic: [0x1f, 0x8b], what: 'a gzip file' },
  { magic: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7-Zip archive' },
  { magic: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
];


function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** No end record: a zip cut short (it starts like one), or another kind of file. */
function notAZip(name: string, head: Uint8Array): InputError {
  if (head[0] === 0x50 && head[1] === 0x4b) {
    return inputError(name, { reason: 'zip-directory-broken' });
  }
  const other = OTHER_FORMATS.find((f) => startsWith(head, f.magic));
  const what = other ? `it is ${other.what}` : 'its first bytes are not those of a zip';
  return inputError(name, { reason: 'not-zip', what });
}

/** When every file of the zip has the same problem, it is the zip's, said once. */
function refuseWhole(name: string, entries: readonly DirectoryEntry[]): void {
  if (entries.length === 0) return;
  const all = (code: ZipEntryError['code']) => entries.every((e) => e.problem?.code === code);
  if (all('encrypted-entry')) {
    throw inputError(name, { reason: 'encrypted' });
  }
  if (all('unsupported-method')) {
    throw inputError(name, { reason: 'unsupported-compression' });
  }
}

async function* failing(error: ZipEntryError): AsyncGenerator<Uint8Array> {
  throw error;
}

/** How another thread can read the entry: by the zip's path, the zip as a Blob (browser), or (in memory) a copy of its slot alone. */
function sourceOf(input: ZipInput, entry: DirectoryEntry, budgetBytes: number | null): FileSource | null {
  const info = {
    storedName: entry.storedName,
    method: entry.method,
    flags: entry.flags,
    crc32: entry.crc32,
    compressedSize: entry.compressedSize,
    uncompressedSize: entry.uncompressedSize,
    headerOffset: entry.headerOffset,
    slotEnd: entry.slotEnd,
    lastSlot: entry.lastSlot,
  };
  if ('bytes' in input) {
    const slot = input.bytes.slice(entry.headerOffset, entry.slotEnd);
    return { kind: 'zip-entry', zip: { bytes: slot }, entry: { ...info, headerOffset: 0, slotEnd: slot.length }, budgetBytes };
  }
  const { localPath: path, blob } = input.file;
  if (path !== undefined) return { kind: 'zip-entry', zip: { path }, entry: info, budgetBytes };
  return blob === undefined ? null : { kind: 'zip-entry', zip: { blob }, entry: info, budgetBytes };
}

type ZipInput = Extract<ExportInput, { kind: 'zip' }>;

function rawFileOf(input: ZipInput, file: RandomAccessFile, entry: DirectoryEntry, budget: ArchiveBudget, options: ZipReadOptions): RawFile {
  const shape = { storedName: entry.storedName, claimedSize: entry.uncompressedSize, compressedSize: entry.compressedSize };
  const { problem } = entry;
  if (problem) return { ...shape, open: () => failing(problem) };
  const ceiling = () => entryCeiling(entry.compressedSize, entry.uncompressedSize, options.limits);
  const canTransfer = 'bytes' in input || file.localPath !== undefined || file.blob !== undefined;
  return {
    ...shape,
    open: (signal?: CancelSignal) => leasedRead(file, entry, budget, ceiling(), options, signal),
    ...(canTransfer
      ? {
          transfer: (): FileTransfer => {
            const lease = budget.lease(ceiling());
            return { source: sourceOf(input, entry, lease.cap)!, settle: lease.settle };
          },
        }
      : {}),
  };
}

async function* leasedRead(
  file: RandomAccessFile,
  entry: DirectoryEntry,
  budget: ArchiveBudget,
  ceiling: number,
  platform: EntryPlatform,
  signal: CancelSignal | undefined,
): AsyncGenerator<Uint8Array> {
  const lease = budget.lease(ceiling);
  let inflated = 0;
  try {
    for await (const chunk of readZipEntry(() => file.open(), entry, platform, lease.cap, signal)) {
      inflated += chunk.length;
      yield chunk;
    }
  } finally {
    lease.settle(inflated);
  }
}

export async function openZipInput(input: ZipInput, options: ZipReadOptions): Promise<OpenedInput> {
  const { name } = input;
  const file = 'bytes' in input ? memoryFile(input.bytes) : input.file;
  if (file.size === 0) throw inputError(name, { reason: 'empty-file' });
  const reader = await file.open();
  let entries: readonly DirectoryEntry[];
  let notes: ZipDirectory['notes'];
  try {
    const directory = await readZipDirectory(reader, file.size, name, options.limits.maxEntries, options.crc32);
    if (!directory) throw notAZip(name, await reader.read(0, 8));
    entries = directory.entries.filter((e) => !e.isDirectory);
    notes = directory.notes;
  } finally {
    await reader.close();
  }
  refuseWhole(name, entries);
  // A name stored twice is read once: the last copy, as unzip would leave it extracted; the
  // earlier ones are listed as not read.
  const lastOfName = new Map(entries.map((e, i) => [e.storedName, i]));
  const kept = entries.filter((e, i) => lastOfName.get(e.storedName) === i);
  const repeated = entries.filter((e, i) => lastOfName.get(e.storedName) !== i).map((e) => ({ path: normalizeEntryPath(e.storedName) || e.storedName, reason: 'repeated-name' as const }));
  const budget = new ArchiveBudget(options.limits.maxArchiveBytes);
  const collected = collectFiles(kept.map((entry) => rawFileOf(input, file, entry, budget, options)));
  return {
    name,
    kind: 'zip',
    bytes: file.size,
    repeatedNames: entries.length - kept.length,
    ...describeInput(name, collected.topFolder),
    ...collected,
    skipped: [...repeated, ...collected.skipped],
    notes,
  };
}
