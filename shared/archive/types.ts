// Runtime: any. The shapes an export arrives in, and one readable file inside it.

import type { CancelSignal } from '../platform/cancel';

/**
 * A file read by byte ranges, never whole: a file handle with positioned reads (Node), a File
 * sliced (browser), or bytes already in memory (generated exports, tests).
 */
export interface RandomAccessFile {
  readonly size: number;
  /** Starts a stretch of reads; every reader opened must be closed. */
  open(): Promise<RangeReader>;
  /** Where another thread of this computer can open the same file (Node). */
  readonly localPath?: string;
  /** The file itself when another thread can receive it and read it by ranges (a browser's File). */
  readonly blob?: BlobLike;
}

/**
 * What shared/ needs of a Blob (a browser's File) without the DOM library: its size and ranges.
 * A Blob is structured-cloneable, so a worker it is posted to reads the same file itself.
 */
export interface BlobLike {
  readonly size: number;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

export interface RangeReader {
  /** The bytes at [offset, offset + length): fewer only where the file ends. */
  read(offset: number, length: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** A folder the member unpacked, read through the host's file system (Node) or File objects (browser). */
export interface FolderReader {
  /** The folder's regular files, at most `maxFiles`, and what was left out and why. */
  list(maxFiles: number): Promise<FolderListing>;
  read(path: string): AsyncIterable<Uint8Array>;
  /** Where the file is on this computer, when another thread may open it by path (Node). */
  localPath?(path: string): string;
}

export interface FolderListing {
  readonly files: readonly FolderFile[];
  /** Entries that are not read, each with why: every entry of the folder is accounted for. */
  readonly skipped: readonly SkippedEntry[];
  /** The walk stopped at `maxFiles`: files past it are neither listed nor skipped. */
  readonly truncated: boolean;
}

export interface FolderFile {
  /** Relative to the folder, `/`-separated. */
  readonly path: string;
  readonly size: number;
}

/** Why an entry of an input was not read at all. */
export type SkipReason =
  /** Added by an operating system when zipping a folder (`__MACOSX/`, `.DS_Store`, `Thumbs.db`). */
  | 'clutter'
  /** A name that is empty once normalized (`/`, `./`). */
  | 'unnamed'
  /** An earlier entry of a name the zip stores twice: the last one is read, as unzip extracts it. */
  | 'repeated-name'
  /** A folder's entries its walk did not follow or open. */
  | 'symlink'
  | 'device'
  | 'fifo'
  | 'socket'
  | 'unreadable'
  | 'too-deep';

/** An entry listed, not read: every entry of an input is reported, with its outcome. */
export interface SkippedEntry {
  /** `/`-separated, as the input has it (a re-zip top folder is not removed: clutter often sits outside it); a folder's path ends with `/`. */
  readonly path: string;
  readonly reason: SkipReason;
}

export type ExportInput =
  /** A zip in memory (generated exports, tests). */
  | { readonly kind: 'zip'; readonly name: string; readonly bytes: Uint8Array }
  /** A zip read by ranges where it lies (a file on disk, a File in the browser). */
  | { readonly kind: 'zip'; readonly name: string; readonly file: RandomAccessFile }
  | { readonly kind: 'folder'; readonly name: string; readonly reader: FolderReader };

/** The input's size in bytes, as far as it is known before opening it. */
export function inputBytes(input: ExportInput): number {
  if (input.kind === 'folder') return 0;
  return 'bytes' in input ? input.bytes.length : input.file.size;
}

/**
 * An input as the member gave it, before it is read: each host loads its own way (a path on
 * disk, a browser File, the built-in sample). Loading may fail with an InputError; the analysis
 * then skips that input, says why, and reads the others.
 */
export interface InputSource {
  readonly name: string;
  load(): Promise<ExportInput>;
  /** The built-in sample (invented data): every output says so. Known from where it came, never from its name. */
  readonly invented?: true;
}

/** An input already in hand (generated exports, tests) as a source. */
export function loadedSource(input: ExportInput): InputSource {
  return { name: input.name, load: async () => input };
}

/**
 * Inflates one raw-deflate stream, fed as chunks. Hosts pass the platform's native inflate
 * (Node's zlib, the browser's DecompressionStream); stopping the iteration must release it and
 * the chunks' source. `expectedBytes` is what the zip records the entry inflates to (may lie).
 */
export type Inflater = (compressed: AsyncIterable<Uint8Array>, expectedBytes: number) => AsyncIterable<Uint8Array>;

/** CRC-32 (the zip's checksum) of `bytes`, continuing from `previous` (0 to start). */
export type Crc32 = (bytes: Uint8Array, previous: number) => number;

/** Where a zip entry lies and what its central directory records: plain data, for any thread. */
export interface ZipEntryInfo {
  readonly storedName: string;
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Where the entry's local header starts, in the file (a self-extracting stub included). */
  readonly headerOffset: number;
  /** Where the next entry's local header, or the central directory, starts: the entry must end by then. */
  readonly slotEnd: number;
  /** No entry follows: the slot ends where the central directory starts. */
  readonly lastSlot: boolean;
}

/** How another thread can read the same file: a zip entry where the zip lies, or a path on this computer. */
export type FileSource =
  | {
      readonly kind: 'zip-entry';
      /** The zip's path on this computer, the zip as a Blob (browser), or (in memory) the bytes of the entry's slot alone, offsets from 0. */
      readonly zip: { readonly path: string } | { readonly blob: BlobLike } | { readonly bytes: Uint8Array };
      readonly entry: ZipEntryInfo;
      /** Inflated bytes the entry may use of its archive's budget; null when its own limits bind first. */
      readonly budgetBytes: number | null;
    }
  | { readonly kind: 'local-path'; readonly path: string };

/** A file handed to another thread, with its share of the archive's budget. */
export interface FileTransfer {
  readonly source: FileSource;
  /** Returns what the other thread did not inflate to the archive's budget. */
  settle(inflatedBytes: number): void;
}

export interface ArchiveFile {
  /** Normalized: `/`-separated, no leading slash, the re-zip top folder removed. */
  readonly path: string;
  /** The name as stored, for display. */
  readonly storedName: string;
  /** Uncompressed size as the archive claims it (may lie), or the file size. */
  readonly claimedSize: number;
  readonly compressedSize: number;
  open(signal?: CancelSignal): AsyncIterable<Uint8Array>;
  /** Present when the file can be handed to another thread; call it once, just before. */
  readonly transfer?: () => FileTransfer;
}

/**
 * Something about a whole input (not one file) the member should know, by its code and figures
 * (worded in shared/scan/problems.ts). `input` is the input's name.
 */
export type ArchiveNote =
  /** Bytes before the zip (a self-extracting stub): read past, as unzip does. */
  | { readonly code: 'data-before-zip'; readonly input: string; readonly bytes: number }
  /** The end record's entry count is not what the directory lists. */
  | { readonly code: 'entry-count-mismatch'; readonly input: string; readonly recorded: number; readonly listed: number }
  /** More entries than `limit`: the first `limit` were read; `listed` when the zip says how many. */
  | { readonly code: 'too-many-entries'; readonly input: string; readonly kind: 'zip' | 'folder'; readonly limit: number; readonly listed: number | null }
  /** The directory breaks off after `read` entries. */
  | { readonly code: 'directory-damaged'; readonly input: string; readonly read: number }
  | { readonly code: 'directory-size-wrong' | 'zip64-extra-ignored' | 'zip64-end-ignored'; readonly input: string }
  /** Entries of a folder left out, `count` of them, for one reason. */
  | { readonly code: 'folder-unreadable' | 'folder-too-deep' | 'links-not-followed' | 'not-regular-files'; readonly input: string; readonly count: number };

export interface OpenedInput {
  readonly name: string;
  /** `file`: one CSV the member took out of an export (a partial export). */
  readonly kind: 'zip' | 'folder' | 'file';
  readonly files: readonly ArchiveFile[];
  /** Names that appear more than once in the archive (read once). */
  readonly repeatedNames: number;
  /** The top folder a re-zipped export sat under, removed from every path. */
  readonly topFolder: string | null;
  readonly bytes: number;
  /** From the name LinkedIn gives the zip, `…_MM-DD-YYYY.zip`, else from its re-zip top folder's. */
  readonly exportDate: string | null;
  readonly archiveKind: 'basic' | 'complete' | 'unknown';
  /** Entries not read, each with why: operating-system clutter, a folder's links, devices, unreadable folders. */
  readonly skipped: readonly SkippedEntry[];
  /** What the member should know about the input as a whole: a lying entry count, a stub before the zip, a limit reached. */
  readonly notes: readonly ArchiveNote[];
}

/**
 * How far the reader goes with one file before it stops, each far above any real export, so a
 * hostile file ends in bounded time and memory. A limit reached is one problem on that file (the
 * records before it counted); every other file is read. The command line raises any of them
 * (`--limit rows=20000000`, names in LIMIT_OPTIONS).
 */
export interface ReadLimits {
  /** An entry inflating past this stops with a problem on that file (default 2 GiB). */
  readonly maxEntryBytes: number;
  /** Inflated ÷ compressed above this, past `ratioCheckAfterBytes`, is treated as a zip bomb. */
  readonly maxCompressionRatio: number;
  readonly ratioCheckAfterBytes: number;
  /** One CSV record longer than this stops its file (default 16 Mi characters). */
  readonly maxRecordChars: number;
  /** Records read from one file (default 10 million; the largest real file, the messages, holds a few hundred thousand). */
  readonly maxRows: number;
  /** Columns read of a header (default 10,000; real files have fewer than 50). */
  readonly maxColumns: number;
  /** Characters read of a header, and of each row before it (default 64 Ki; real headers are under 2,000). */
  readonly maxHeaderChars: number;
  /**
   * Different values one insight of one file keeps apart: conversations, senders, IP addresses,
   * devices, folders (default 100,000; a heavy member's export has a few thousand). Past it,
   * records are still counted, new values no longer told apart.
   */
  readonly maxDistinctKeys: number;
  /**
   * All the entries of one zip together inflating past this stop where it is reached, with a
   * problem on that file (default 16 GiB; real exports inflate to less than 2 GB).
   */
  readonly maxArchiveBytes: number;
  /**
   * Files read from one zip or folder (default 20,000; real exports hold fewer than 200). The
   * rest are not listed, and the input says so.
   */
  readonly maxEntries: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxEntryBytes: 2 * 1024 ** 3,
  maxCompressionRatio: 200,
  ratioCheckAfterBytes: 8 * 1024 ** 2,
  maxRecordChars: 16 * 1024 ** 2,
  maxRows: 10_000_000,
  maxColumns: 10_000,
  maxHeaderChars: 64 * 1024,
  maxDistinctKeys: 100_000,
  maxArchiveBytes: 16 * 1024 ** 3,
  maxEntries: 20_000,
};

/** The command line's names for the limits a member may raise (`--limit rows=…`). */
export const LIMIT_OPTIONS = {
  rows: 'maxRows',
  columns: 'maxColumns',
  'header-chars': 'maxHeaderChars',
  'distinct-values': 'maxDistinctKeys',
  'record-chars': 'maxRecordChars',
  'entry-bytes': 'maxEntryBytes',
  'compression-ratio': 'maxCompressionRatio',
  'archive-bytes': 'maxArchiveBytes',
  entries: 'maxEntries',
} as const satisfies Record<string, keyof ReadLimits>;
