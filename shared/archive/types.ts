// Runtime: any. The shapes an export arrives in, and one readable file inside it.

import type { CancelSignal } from '../platform/cancel';

/** A folder the member unpacked, read through the host's file system (Node) or File objects (browser). */
export interface FolderReader {
  list(): Promise<readonly FolderFile[]>;
  read(path: string): AsyncIterable<Uint8Array>;
  /** Where the file is on this computer, when another thread may open it by path (Node). */
  localPath?(path: string): string;
}

export interface FolderFile {
  /** Relative to the folder, `/`-separated. */
  readonly path: string;
  readonly size: number;
}

export type ExportInput =
  | { readonly kind: 'zip'; readonly name: string; readonly bytes: Uint8Array }
  | { readonly kind: 'folder'; readonly name: string; readonly reader: FolderReader };

/**
 * An input as the member gave it, before it is read: each host loads its own way (a path on
 * disk, a browser File, the built-in sample). Loading may fail with an InputError; the analysis
 * then skips that input, says why, and reads the others.
 */
export interface InputSource {
  readonly name: string;
  load(): Promise<ExportInput>;
}

/** An input already in hand (generated exports, tests) as a source. */
export function loadedSource(input: ExportInput): InputSource {
  return { name: input.name, load: async () => input };
}

/**
 * Inflates one raw-deflate stream. Hosts pass the platform's native inflate (Node's zlib, the
 * browser's DecompressionStream); stopping the iteration must release it.
 */
export type Inflater = (compressed: Uint8Array) => AsyncIterable<Uint8Array>;

/** How another thread can read the same file: the entry's bytes, or a path on this computer. */
export type FileSource =
  | { readonly kind: 'deflate' | 'store'; readonly bytes: Uint8Array }
  | { readonly kind: 'local-path'; readonly path: string };

export interface ArchiveFile {
  /** Normalized: `/`-separated, no leading slash, the re-zip top folder removed. */
  readonly path: string;
  /** The name as stored, for display. */
  readonly storedName: string;
  /** Uncompressed size as the archive claims it (may lie), or the file size. */
  readonly claimedSize: number;
  readonly compressedSize: number;
  open(signal?: CancelSignal): AsyncIterable<Uint8Array>;
  /** Present when the file can be handed to another thread. */
  readonly source?: FileSource;
}

/** Why an entry of an input was not read at all. */
export type SkipReason =
  /** Added by an operating system when zipping a folder (`__MACOSX/`, `.DS_Store`, `Thumbs.db`). */
  | 'clutter'
  /** A name that is empty once normalized (`/`, `./`). */
  | 'unnamed';

/** An entry listed, not read: every entry of an input is reported, with its outcome. */
export interface SkippedEntry {
  /** Normalized, as stored (a re-zip top folder is not removed: clutter often sits outside it). */
  readonly path: string;
  readonly reason: SkipReason;
}

export interface OpenedInput {
  readonly name: string;
  /** `file`: one CSV the member took out of an export (a partial export). */
  readonly kind: 'zip' | 'folder' | 'file';
  readonly files: readonly ArchiveFile[];
  readonly skipped: readonly SkippedEntry[];
  /** Names that appear more than once in the archive (read once). */
  readonly repeatedNames: number;
  /** The top folder a re-zipped export sat under, removed from every path. */
  readonly topFolder: string | null;
  readonly bytes: number;
  /** From the name LinkedIn gives the zip, `…_MM-DD-YYYY.zip`, else from its re-zip top folder's. */
  readonly exportDate: string | null;
  readonly archiveKind: 'basic' | 'complete' | 'unknown';
}

export interface ReadLimits {
  /** An entry inflating past this stops with a problem on that file (default 2 GiB). */
  readonly maxEntryBytes: number;
  /** Inflated ÷ compressed above this, past `ratioCheckAfterBytes`, is treated as a zip bomb. */
  readonly maxCompressionRatio: number;
  readonly ratioCheckAfterBytes: number;
  /** One CSV record longer than this stops its file. */
  readonly maxRecordChars: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxEntryBytes: 2 * 1024 ** 3,
  maxCompressionRatio: 200,
  ratioCheckAfterBytes: 8 * 1024 ** 2,
  maxRecordChars: 16 * 1024 ** 2,
};
