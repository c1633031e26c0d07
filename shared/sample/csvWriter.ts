// Runtime: any. The one CSV writer of the generator. Every encoding, delimiter, quoting and
// line-ending variant LinkedIn has shipped is an option here, so file builders only say which.

import { encodeUtf8 } from '../platform/universalGlobals';
import { encodeUtf16LeWithBom } from './utf16';

export interface CsvWriteOptions {
  readonly delimiter?: ',' | '\t';
  /** Quote every field, header included (2018, 2026 messages.csv). */
  readonly quoteAll?: boolean;
  readonly lineEnding?: '\n' | '\r\n';
  /** `utf-16le` always starts with the BOM `FF FE`. */
  readonly encoding?: 'utf-8' | 'utf-16le';
  /** After the last record: one line ending, none, or one plus an empty line. */
  readonly finalNewline?: 'one' | 'none' | 'extra-blank-line';
  /** Raw lines written before the header (the Connections `Notes:` preamble). */
  readonly preamble?: readonly string[];
}

/** A field whose inner quotes are escaped as `\"`, as some Comments messages are. */
export interface BackslashQuotedCell {
  readonly backslashQuoted: string;
}

/** A field written as is, line breaks and all, without quotes (older Comments messages). */
export interface UnquotedCell {
  readonly unquoted: string;
}

export type CsvCell = string | BackslashQuotedCell | UnquotedCell;

export function backslashQuoted(text: string): BackslashQuotedCell {
  return { backslashQuoted: text };
}

export function unquoted(text: string): UnquotedCell {
  return { unquoted: text };
}

function needsQuotes(text: string, delimiter: string): boolean {
  return text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r');
}

function formatCell(cell: CsvCell, delimiter: string, quoteAll: boolean): string {
  if (typeof cell !== 'string') return 'unquoted' in cell ? cell.unquoted : `"${cell.backslashQuoted.replace(/"/g, '\\"')}"`;
  if (!quoteAll && !needsQuotes(cell, delimiter)) return cell;
  return `"${cell.replace(/"/g, '""')}"`;
}

/** The file's text, before encoding (tests and the writer share it). */
export function csvText(header: readonly string[], rows: readonly (readonly CsvCell[])[], options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const quoteAll = options.quoteAll ?? false;
  const eol = options.lineEnding ?? '\n';
  const lines: string[] = [...(options.preamble ?? [])];
  lines.push(header.map((h) => formatCell(h, delimiter, quoteAll)).join(delimiter));
  for (const row of rows) lines.push(row.map((c) => formatCell(c, delimiter, quoteAll)).join(delimiter));
  const body = lines.join(eol);
  switch (options.finalNewline ?? 'one') {
    case 'none':
      return body;
    case 'extra-blank-line':
      return body + eol + eol;
    case 'one':
      return body + eol;
  }
}

export function encodeText(text: string, encoding: 'utf-8' | 'utf-16le'): Uint8Array {
  return encoding === 'utf-16le' ? encodeUtf16LeWithBom(text) : encodeUtf8(text);
}

export function writeCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], options: CsvWriteOptions = {}): Uint8Array {
  return encodeText(csvText(header, rows, options), options.encoding ?? 'utf-8');
}
