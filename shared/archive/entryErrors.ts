// Runtime: any. Why one entry of an archive could not be read (to the end): each becomes a
// problem on that file alone, and every other entry is still read.

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
  | 'unsupported-method'
  | 'encrypted-entry'
  | 'bad-crc'
  | 'entry-past-end'
  | 'overlapping-entries'
  | 'entry-not-found'
  | 'damaged-entry';

const DOWNLOAD_AGAIN = 'Download the export again to read it whole.';

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

/** A zip entry that is damaged, or built in a way this app does not read, with its sentence. */
export class ZipEntryError extends Error {
  private constructor(
    readonly code: ZipEntryErrorCode,
    /** What is wrong and what it means. */
    private readonly what: string,
    /** What to do. */
    private readonly todo: string,
  ) {
    super(what);
    this.name = 'ZipEntryError';
  }

  /** One plain sentence (or two): what is wrong, what was counted before it, what to do. */
  sentence(counted: string): string {
    return `${this.what}${counted} ${this.todo}`;
  }

  static unsupportedMethod(method: number): ZipEntryError {
    const name = METHOD_NAMES[method];
    return new ZipEntryError(
      'unsupported-method',
      `The file is compressed with ${name ? `${name} (method ${method})` : `method ${method}`}, which this app cannot decompress; LinkedIn's exports use only the standard method, so another tool repacked this zip.`,
      "Unzip it with your system's tool and open the folder instead.",
    );
  }

  static encrypted(): ZipEntryError {
    return new ZipEntryError(
      'encrypted-entry',
      'The file is encrypted (password-protected) inside the zip, so it could not be read.',
      "LinkedIn's export is not encrypted: open the original download, or unzip it with the password and open the folder.",
    );
  }

  static badCrc(): ZipEntryError {
    return new ZipEntryError('bad-crc', "The file's contents do not match the checksum the zip records for them, so the file is damaged.", DOWNLOAD_AGAIN);
  }

  static pastEnd(): ZipEntryError {
    return new ZipEntryError(
      'entry-past-end',
      'The zip records this file as running past the end of the archive, so the archive is cut short or damaged; the file was not read.',
      DOWNLOAD_AGAIN,
    );
  }

  static overlapping(): ZipEntryError {
    return new ZipEntryError(
      'overlapping-entries',
      'The file\'s data overlaps another file\'s inside the zip, which no real archive does (a damaged zip, or a "zip bomb" that reuses the same data many times); the file was not read.',
      'Download the export again from LinkedIn.',
    );
  }

  static badRecord(): ZipEntryError {
    return new ZipEntryError('damaged-entry', "The zip's table of contents records this file incompletely (its large-size fields are missing), so the zip is damaged; the file was not read.", DOWNLOAD_AGAIN);
  }

  static notFound(): ZipEntryError {
    return new ZipEntryError('entry-not-found', "The file's data is not where the zip's table of contents says it is, so the zip is damaged; the file was not read.", DOWNLOAD_AGAIN);
  }
}
