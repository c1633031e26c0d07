// Runtime: any. Reads one file of an export into its FileScan. Whatever goes wrong inside the
// file becomes a problem on that file; only cancellation escapes.

import type { FileMatch } from '../catalog/matchFile';
import { extensionOf } from '../catalog/matchFile';
import { commonExtension } from '../catalog/fileTypes';
import { DamagedEntryError, EntryLimitError, ZipEntryError } from '../archive/entryErrors';
import { guardInflation } from '../archive/inflate';
import type { ArchiveFile, ReadLimits } from '../archive/types';
import { RecordTooLongError, streamCsvRows, type CsvStreamInfo } from '../csv/csvStream';
import { ColumnScanAnomaly } from '../csv/columnScanner';
import { ChunkDecoder, sniffEncoding, type StreamDecoderFactory } from '../text/decode';
import { dayOf } from '../text/dates';
import { CancelledError, throwIfCancelled, type CancelSignal } from '../platform/cancel';
import { errorReason } from '../platform/errorReason';
import { ArticleScanner } from './articleScanner';
import { CsvFileScanner, RowLimitError, type CsvFileResult, type FileIdentity, type ScanContext } from './csvFileScanner';
import { DayBuckets } from './dayBuckets';
import { problem } from './problems';
import type { FileScan, Problem } from './scanTypes';

export interface ReadOptions {
  readonly limits: ReadLimits;
  readonly signal: CancelSignal | undefined;
  readonly decoder: StreamDecoderFactory | undefined;
  /** Called with the bytes of text read so far in this file. */
  readonly onBytes: (bytes: number) => void;
  /** Whether a file not trained on may be read by the column scanner (default: yes; off to compare). */
  readonly columnScanner?: boolean | undefined;
}

/** What went wrong while reading a file, as a problem a member can understand. */
export function problemFromError(error: unknown, limits: ReadLimits, rowsBefore: number): Problem {
  if (error instanceof ZipEntryError) {
    return error.code === 'unsupported-method' ? problem('unsupported-method', { rowsBefore, method: error.method }) : problem(error.code, { rowsBefore });
  }
  if (error instanceof EntryLimitError) {
    if (error.limit === 'archive') return problem('archive-too-large', { rowsBefore, limit: limits.maxArchiveBytes });
    if (error.limit === 'claimed') return problem('size-mismatch', { rowsBefore });
    return error.limit === 'size' ? problem('entry-too-large', { rowsBefore, limit: limits.maxEntryBytes }) : problem('compression-bomb', { rowsBefore, ratio: limits.maxCompressionRatio });
  }
  if (error instanceof RecordTooLongError) return problem('record-too-long', { rowsBefore, limit: limits.maxRecordChars });
  if (error instanceof RowLimitError) return problem('too-many-rows', { limit: error.limit });
  if (error instanceof DamagedEntryError) return problem('damaged-entry', { rowsBefore });
  return problem('unreadable', { rowsBefore, reason: errorReason(error) });
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
): Promise<CsvFileResult> {
  const backslashQuotes = match?.entry.backslashQuotes ?? false;
  // The column scanner models standard quoting only; a file it cannot read as papaparse does is read again by papaparse.
  if ((options.columnScanner ?? true) && !backslashQuotes) {
    const projected = await readCsvOnce(file, match, identity, context, options, true);
    if (projected !== null) return projected;
    context.items?.clear();
  }
  return (await readCsvOnce(file, match, identity, context, options, false))!;
}

/** One reading of a CSV file; null when the column scanner met quoting it does not model. */
async function readCsvOnce(
  file: ArchiveFile,
  match: FileMatch | null,
  identity: FileIdentity,
  context: ScanContext,
  options: ReadOptions,
  columnScanner: boolean,
): Promise<CsvFileResult | null> {
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
        projection: columnScanner ? scanner.projection : undefined,
      },
    );
  } catch (error) {
    if (error instanceof CancelledError) throw error;
    if (error instanceof ColumnScanAnomaly) return null;
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
      ownTextKnown: true,
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

/** A file listed with nothing read from it: no rows, no dates, no text. */
export function blankFileScan(identity: FileIdentity, status: FileScan['status'], problems: readonly Problem[]): FileScan {
  return {
    ...identity,
    catalogId: null,
    category: null,
    status,
    rows: 0,
    columns: [],
    unknownColumns: [],
    encoding: null,
    delimiter: null,
    bytes: 0,
    firstDate: null,
    lastDate: null,
    ownText: { items: 0, words: 0, chars: 0 },
    ownTextKnown: true,
    undated: { items: 0, words: 0, chars: 0 },
    histogram: { days: [], items: [], words: [], chars: [] },
    problems,
  };
}

/** A file the app does not read (not CSV, not an article): listed with its name and size. */
export function unreadFile(file: ArchiveFile, identity: FileIdentity): FileScan {
  return { ...blankFileScan(identity, 'unknown', [problem('not-read', { extension: commonExtension(extensionOf(identity.name)) })]), bytes: file.claimedSize };
}
