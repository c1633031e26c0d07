// Runtime: any. Reads one file of an export into its FileScan. Whatever goes wrong inside the
// file becomes a problem on that file; only cancellation escapes.

import type { FileMatch } from '../catalog/matchFile';
import { extensionOf } from '../catalog/matchFile';
import { DamagedEntryError, EntryLimitError, ZipEntryError } from '../archive/entryErrors';
import { guardInflation } from '../archive/inflate';
import type { ArchiveFile, ReadLimits } from '../archive/types';
import { RecordTooLongError, streamCsvRows, type CsvStreamInfo } from '../csv/csvStream';
import { ChunkDecoder, sniffEncoding, type StreamDecoderFactory } from '../text/decode';
import { dayOf } from '../text/dates';
import { CancelledError, throwIfCancelled, type CancelSignal } from '../platform/cancel';
import { ArticleScanner } from './articleScanner';
import { CsvFileScanner, type FileIdentity, type ScanContext } from './csvFileScanner';
import { DayBuckets } from './dayBuckets';
import type { FileScan, Problem } from './scanTypes';

const MIB = 1024 * 1024;

export interface ReadOptions {
  readonly limits: ReadLimits;
  readonly signal: CancelSignal | undefined;
  readonly decoder: StreamDecoderFactory | undefined;
  /** Called with the bytes of text read so far in this file. */
  readonly onBytes: (bytes: number) => void;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * MIB ? `${(bytes / (1024 * MIB)).toFixed(1)} GB` : `${Math.round(bytes / MIB)} MB`;
}

/** What went wrong while reading a file, as a problem a member can understand. */
export function problemFromError(error: unknown, limits: ReadLimits, rowsBefore: number): Problem {
  const counted = rowsBefore > 0 ? ` The ${rowsBefore} record${rowsBefore === 1 ? '' : 's'} before that point are counted.` : '';
  if (error instanceof EntryLimitError && error.limit === 'claimed') {
    return {
      severity: 'error',
      code: 'size-mismatch',
      message: `Reading stopped: the file inflates past the size the zip records for it, so the zip is damaged or built to mislead.${counted}`,
    };
  }
  if (error instanceof EntryLimitError && error.limit === 'archive') {
    return {
      severity: 'error',
      code: 'archive-too-large',
      message: `Reading stopped: the zip's files together inflate past the ${formatBytes(limits.maxArchiveBytes)} limit for one archive, far beyond any real export (a "zip bomb").${counted}`,
    };
  }
  if (error instanceof EntryLimitError) {
    return error.limit === 'size'
      ? {
          severity: 'error',
          code: 'entry-too-large',
          message: `Reading stopped: the file inflates past the ${formatBytes(limits.maxEntryBytes)} limit, far beyond any real export file.${counted}`,
        }
      : {
          severity: 'error',
          code: 'compression-bomb',
          message: `Reading stopped: the file inflates more than ${limits.maxCompressionRatio} times its compressed size, which real exports never do (a "zip bomb").${counted}`,
        };
  }
  if (error instanceof RecordTooLongError) {
    return {
      severity: 'error',
      code: 'record-too-long',
      message: `Reading stopped: one record is longer than ${formatBytes(limits.maxRecordChars)} (a broken quote or a damaged file).${counted}`,
    };
  }
  if (error instanceof ZipEntryError) return { severity: 'error', code: error.code, message: error.sentence(counted) };
  if (error instanceof DamagedEntryError) {
    return {
      severity: 'error',
      code: 'damaged-entry',
      message: `The file is damaged inside the zip and could not be decompressed to the end.${counted} Download the export again to read it whole.`,
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    severity: 'error',
    code: 'unreadable',
    message: `The file could not be read (${detail.slice(0, 120)}).${counted}`,
  };
}

async function* counted(chunks: AsyncIterable<Uint8Array>, options: ReadOptions): AsyncGenerator<Uint8Array> {
  let bytes = 0;
  for await (const chunk of chunks) {
    throwIfCancelled(options.signal);
    bytes += chunk.length;
    options.onBytes(bytes);
    yield chunk;
  }
}

function contentOf(file: ArchiveFile, options: ReadOptions): AsyncIterable<Uint8Array> {
  return counted(guardInflation(file.open(options.signal), file.compressedSize, options.limits, file.claimedSize), options);
}

export async function readCsvFile(
  file: ArchiveFile,
  match: FileMatch | null,
  identity: FileIdentity,
  context: ScanContext,
  options: ReadOptions,
): Promise<FileScan> {
  const scanner = new CsvFileScanner(match, identity, context);
  let bytes = 0;
  let info: CsvStreamInfo | null = null;
  let failure: Problem | null = null;
  try {
    info = await streamCsvRows(
      contentOf(file, { ...options, onBytes: (b) => options.onBytes((bytes = b)) }),
      scanner.onRows,
      {
        backslashQuotes: match?.entry.backslashQuotes ?? false,
        maxRecordChars: options.limits.maxRecordChars,
        signal: options.signal,
        decoder: options.decoder,
      },
    );
  } catch (error) {
    if (error instanceof CancelledError) throw error;
    // The scanner's records: the header, a preamble and blank lines are not records.
    failure = problemFromError(error, options.limits, scanner.records);
  }
  return scanner.finish(info, bytes, failure);
}

export interface ArticleRead {
  readonly scan: FileScan;
  readonly excerpt: string;
}

export async function readArticleFile(
  file: ArchiveFile,
  match: FileMatch,
  identity: FileIdentity,
  options: ReadOptions,
): Promise<ArticleRead> {
  const scanner = new ArticleScanner();
  let bytes = 0;
  let failure: Problem | null = null;
  let decoder: ChunkDecoder | null = null;
  try {
    for await (const chunk of contentOf(file, { ...options, onBytes: (b) => options.onBytes((bytes = b)) })) {
      decoder ??= new ChunkDecoder(sniffEncoding(chunk), options.decoder);
      scanner.feed(decoder.decode(chunk));
    }
    if (decoder) scanner.feed(decoder.end());
  } catch (error) {
    if (error instanceof CancelledError) throw error;
    failure = problemFromError(error, options.limits, 0);
  }
  const article = scanner.finish();
  const buckets = new DayBuckets();
  buckets.add(article.date ? dayOf(article.date.ms) : null, article.words, article.chars);
  const iso = article.created ?? article.published;
  return {
    excerpt: article.excerpt,
    scan: {
      ...identity,
      catalogId: match.entry.id,
      category: match.entry.category,
      status: failure ? 'error' : 'parsed',
      rows: 1,
      columns: [],
      unknownColumns: [],
      encoding: decoder?.sniffed.encoding ?? null,
      delimiter: null,
      bytes,
      firstDate: iso,
      lastDate: iso,
      ownText: { items: 1, words: article.words, chars: article.chars },
      undated: { ...buckets.undated },
      histogram: buckets.histogram(),
      problems: failure ? [failure] : [],
      article: { title: article.title, created: article.created, published: article.published, words: article.words },
    },
  };
}

/** A file whose reading failed outside the reader's own checks (a fault): reported, not lost. */
export function failedFile(file: ArchiveFile, match: FileMatch | null, identity: FileIdentity, error: unknown, limits: ReadLimits): FileScan {
  return {
    ...unreadFile(file, identity),
    catalogId: match?.entry.id ?? null,
    category: match?.entry.category ?? null,
    status: match ? 'error' : 'unknown',
    bytes: 0,
    problems: [problemFromError(error, limits, 0)],
  };
}

/** A file the app does not read (not CSV, not an article): listed with its name and size. */
export function unreadFile(file: ArchiveFile, identity: FileIdentity): FileScan {
  const ext = extensionOf(identity.name);
  return {
    ...identity,
    catalogId: null,
    category: null,
    status: 'unknown',
    rows: 0,
    columns: [],
    unknownColumns: [],
    encoding: null,
    delimiter: null,
    bytes: file.claimedSize,
    firstDate: null,
    lastDate: null,
    ownText: { items: 0, words: 0, chars: 0 },
    undated: { items: 0, words: 0, chars: 0 },
    histogram: { days: [], items: [], words: [], chars: [] },
    problems: [
      {
        severity: 'info',
        code: 'not-read',
        message: ext === 'zip'
          ? 'A zip inside the export; this app does not open archives inside archives.'
          : `Not a file type LinkedIn exports data in (.${ext || 'no extension'}); listed, not read.`,
      },
    ],
  };
}
