// Runtime: any. A CSV entry, as a stream of byte chunks, to batches of rows; never the whole
// file's text or rows at once. papaparse's Parser does the tokenizing; this file feeds it chunk
// by chunk and carries the unfinished last record over to the next chunk.

import Papa from 'papaparse';
import { ChunkDecoder, sniffEncoding, type DecodeStats, type StreamDecoderFactory, type TextEncodingName } from '../text/decode';
import { CancelledError, throwIfCancelled, type CancelSignal } from '../platform/cancel';
import { ColumnScanAnomaly, scanColumns } from './columnScanner';

export interface CsvStreamOptions {
  /** Quotes escaped as `\"` inside quoted fields (Comments.csv). */
  readonly backslashQuotes: boolean;
  /** A record longer than this (in characters) stops the file: a broken quote or a hostile file. */
  readonly maxRecordChars: number;
  readonly signal?: CancelSignal | undefined;
  readonly decoder?: StreamDecoderFactory | undefined;
  /**
   * Asked after each batch of rows until it answers: the only columns (1 = wanted, by position)
   * the reader still needs. The rest of each record is then skipped by the column scanner, which
   * throws ColumnScanAnomaly on quoting it does not model (the caller reads the file again without).
   */
  readonly projection?: (() => Uint8Array | null) | undefined;
}

export interface CsvStreamInfo {
  readonly encoding: TextEncodingName;
  readonly bom: boolean;
  readonly delimiter: string;
  readonly decode: DecodeStats;
  /** Quotes that did not close a field where CSV expects (kept as text). */
  readonly malformedQuotes: number;
  /** The last field opened a quote that never closed: it ran to the end of the file. */
  readonly unterminatedQuote: boolean;
}

export class RecordTooLongError extends Error {
  constructor(readonly limitChars: number) {
    super(`a record is longer than ${limitChars} characters`);
  }
}

type Row = string[];

/** Enough bytes to sniff an encoding. */
const SNIFF_BYTES = 4;
const DELIMITER_SNIFF_CHARS = 65_536;
/** Bytes decoded at once: the text (up to 2 bytes a character) stays in V8's young generation. */
const DECODE_BYTES = 32 * 1024;

/**
 * The first line that holds a comma or a tab decides (a preamble line may hold neither). Read in
 * place, up to that line's end: splitting the whole head into lines cost more than every other
 * per-file step of a small file.
 */
export function sniffDelimiter(text: string): string {
  const end = Math.min(text.length, DELIMITER_SNIFF_CHARS);
  let tabs = 0;
  let commas = 0;
  let quoted = false;
  for (let i = 0; i <= end; i++) {
    const c = i === end ? 10 : text.charCodeAt(i);
    if (c === 10) {
      if (tabs > 0 || commas > 0) return tabs >= commas ? '\t' : ',';
      tabs = 0;
      commas = 0;
      quoted = false;
    } else if (c === 34) quoted = !quoted;
    else if (!quoted && c === 9) tabs++;
    else if (!quoted && c === 44) commas++;
  }
  return ',';
}

function cleanRows(rows: Row[], backslashQuotes: boolean): void {
  for (const row of rows) {
    const last = row.length - 1;
    const tail = row[last]!;
    // Newlines are parsed as LF; a CRLF file leaves a CR on each unquoted last field.
    if (tail.charCodeAt(tail.length - 1) === 13) row[last] = tail.slice(0, -1);
    if (backslashQuotes) {
      for (let i = 0; i < row.length; i++) {
        const field = row[i]!;
        if (field.indexOf('""') !== -1) row[i] = field.replace(/""/g, '"');
      }
    }
  }
}

/**
 * Calls `onRows` with each batch of complete rows, in order, and the delimiter they were split
 * at. Returns what it learned about the
 * file's encoding and quoting. Throws RecordTooLongError, or CancelledError when cancelled.
 */
export async function streamCsvRows(
  chunks: AsyncIterable<Uint8Array>,
  onRows: (rows: Row[], delimiter: string) => void,
  options: CsvStreamOptions,
): Promise<CsvStreamInfo> {
  let decoder: ChunkDecoder | undefined;
  let parser: Papa.Parser | undefined;
  let delimiter = ',';
  let pendingHead: Uint8Array[] = [];
  let pendingHeadBytes = 0;
  let buffer = '';
  /** Re-parse an unfinished record only once the buffer has doubled: linear on huge records. */
  let parseWhenLength = 0;
  let malformedQuotes = 0;
  let unterminatedQuote = false;
  const lineEnds = new LoneCarriageReturns();
  let wanted: Uint8Array | null = null;

  /** The column scanner's reading of the same text: the same rows, the skipped fields left out. */
  const scan = (text: string, final: boolean): number => {
    const { rows, cursor } = scanColumns(text, wanted!, delimiter, final);
    if (rows.length > 0) onRows(rows, delimiter);
    return cursor;
  };

  const tokenize = (text: string, final: boolean): number => {
    if (!parser) {
      delimiter = sniffDelimiter(text);
      parser = new Papa.Parser({
        delimiter,
        newline: '\n',
        quoteChar: '"',
        escapeChar: options.backslashQuotes ? '\\' : '"',
      });
    }
    const result = parser.parse(text, 0, !final);
    const rows = result.data as Row[];
    // After a final newline papaparse reports one more, empty, row: not a line of the file.
    const lastRow = rows[rows.length - 1];
    if (final && lastRow && lastRow.length === 1 && lastRow[0] === '' && text.endsWith('\n')) rows.pop();
    for (const error of result.errors) {
      if (error.code === 'MissingQuotes') unterminatedQuote = true;
      // With backslash escapes papaparse flags every standard `""` pair as invalid; ignore those.
      else if (error.code === 'InvalidQuotes' && !options.backslashQuotes) malformedQuotes++;
    }
    if (rows.length > 0) {
      cleanRows(rows, options.backslashQuotes);
      onRows(rows, delimiter);
      if (options.projection) wanted = options.projection();
    }
    return result.meta.cursor;
  };

  const parse = (text: string, final: boolean): void => {
    const cursor = wanted === null ? tokenize(text, final) : scan(text, final);
    if (final) {
      buffer = '';
      return;
    }
    buffer = cursor > 0 ? text.slice(cursor) : text;
    if (cursor === 0) {
      if (buffer.length > options.maxRecordChars) throw new RecordTooLongError(options.maxRecordChars);
      parseWhenLength = buffer.length * 2;
    } else {
      parseWhenLength = 0;
    }
  };

  const feed = (decoded: string): void => {
    const text = lineEnds.normalize(decoded, false);
    if (text.length === 0) return;
    buffer = buffer.length === 0 ? text : buffer + text;
    // The delimiter is sniffed once, from the first 64 KB (or the whole file, if shorter).
    if (!parser && buffer.length < DELIMITER_SNIFF_CHARS) return;
    if (buffer.length >= parseWhenLength) parse(buffer, false);
    else if (buffer.length > options.maxRecordChars) throw new RecordTooLongError(options.maxRecordChars);
  };

  // Decoded in pieces: a string over V8's regular object size (128 KB) is allocated in its
  // large-object space, freed only by a full collection (measured: decoding 256 KB chunks took
  // several times as long as 32 KB ones).
  const decodeAndFeed = (bytes: Uint8Array): void => {
    for (let at = 0; at < bytes.length; at += DECODE_BYTES) feed(decoder!.decode(bytes.subarray(at, at + DECODE_BYTES)));
  };

  const startDecoding = (): void => {
    const head = concat(pendingHead, pendingHeadBytes);
    pendingHead = [];
    decoder = new ChunkDecoder(sniffEncoding(head), options.decoder);
    decodeAndFeed(head);
  };

  try {
    for await (const chunk of chunks) {
      throwIfCancelled(options.signal);
      if (chunk.length === 0) continue;
      if (!decoder) {
        pendingHead.push(chunk);
        pendingHeadBytes += chunk.length;
        if (pendingHeadBytes >= SNIFF_BYTES) startDecoding();
        continue;
      }
      decodeAndFeed(chunk);
    }
  } catch (error) {
    // A damaged or stopped entry: the complete records already buffered (the first 64 KB wait
    // for the delimiter sniff) still count, as the problem's message says they do.
    if (!(error instanceof CancelledError) && !(error instanceof RecordTooLongError) && !(error instanceof ColumnScanAnomaly) && buffer.length > 0) {
      try {
        parse(buffer, false);
      } catch (reparse) {
        // The entry's own error is the one to report, once papaparse reads the records (see projection).
        if (reparse instanceof ColumnScanAnomaly) throw reparse;
      }
    }
    throw error;
  }
  if (!decoder) startDecoding();
  const tail = lineEnds.normalize(decoder!.end(), true);
  if (tail.length > 0) buffer += tail;
  if (buffer.length > 0) parse(buffer, true);

  return {
    encoding: decoder!.sniffed.encoding,
    bom: decoder!.sniffed.bom,
    delimiter,
    decode: decoder!.stats,
    malformedQuotes,
    unterminatedQuote,
  };
}

const LONE_CR = /\r(?!\n)/;
const LONE_CRS = /\r(?!\n)/g;

/**
 * A carriage return not followed by a line feed ends a line: files an old spreadsheet saved with
 * CR-only endings, or with CR, LF and CRLF mixed, read like LF files (CRLF is left to the parser,
 * which drops the CR). A CR at the end of a chunk waits for the next one, which tells which it is.
 */
export class LoneCarriageReturns {
  private pending = false;

  normalize(text: string, final: boolean): string {
    if (this.pending) {
      text = `\r${text}`;
      this.pending = false;
    }
    if (text.indexOf('\r') === -1) return text;
    if (!final && text.charCodeAt(text.length - 1) === 13) {
      this.pending = true;
      text = text.slice(0, -1);
    }
    return LONE_CR.test(text) ? text.replace(LONE_CRS, '\n') : text;
  }
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
