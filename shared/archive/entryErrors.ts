// Runtime: any. Why one entry of an archive could not be read (to the end): each becomes a
// problem on that file alone (worded in shared/scan/problems.ts), and every other entry is read.

export class EntryLimitError extends Error {
  constructor(
    readonly limit: 'size' | 'ratio' | 'claimed' | 'archive',
    readonly bytesRead: number,
  ) {
    super(
      limit === 'size'
        ? 'entry larger than the size limit'
        : limit === 'ratio'
          ? 'entry inflates at a suspicious ratio'
          : limit === 'claimed'
            ? 'entry larger than the archive says'
            : "the archive's entries together inflate past the limit",
    );
    this.name = 'EntryLimitError';
  }
}

/** The inflater could not decompress the entry's bytes to their end. */
export class DamagedEntryError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'DamagedEntryError';
  }
}

export type ZipEntryErrorCode =
  /** Compressed with a method other than store or deflate. */
  | 'unsupported-method'
  /** Encryption flag (or WinZip AES) set. */
  | 'encrypted-entry'
  /** Every byte read, and the CRC-32 the directory records does not match them. */
  | 'bad-crc'
  /** The entry's data runs past the central directory's start. */
  | 'entry-past-end'
  /** The entry's bytes are another entry's, or run into the next one's. */
  | 'overlapping-entries'
  /** No local header where the directory says the entry starts. */
  | 'entry-not-found'
  /** The directory's record lacks the zip64 values its fields point to. */
  | 'entry-record-incomplete';

/** A zip entry that is damaged, or built in a way this app does not read. */
export class ZipEntryError extends Error {
  constructor(
    readonly code: ZipEntryErrorCode,
    /** The compression method, for `unsupported-method`. */
    readonly method = 0,
  ) {
    super(code);
    this.name = 'ZipEntryError';
  }
}

/** Names of the methods other zip tools use; LinkedIn's exports use only deflate (8) and store (0). */
const METHOD_NAMES: Readonly<Record<number, string>> = {
  1: 'Shrink',
  6: 'Implode',
  9: 'Deflate64',
  12: 'bzip2',
  14: 'LZMA',
  93: 'Zstandard',
  95: 'XZ',
  96: 'JPEG',
  97: 'WavPack',
  98: 'PPMd',
};

/** `bzip2 (method 12)`, or `method 77` for a method without a known name. */
export function describeMethod(method: number): string {
  const name = METHOD_NAMES[method];
  return name ? `${name} (method ${method})` : `method ${method}`;
}
