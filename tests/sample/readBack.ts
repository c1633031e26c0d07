// Reads generated files back the way an independent reader would: sniff the encoding, parse the
// CSV with papaparse, find the header (after a preamble), read a date column. Test-only.

import Papa from 'papaparse';
import { matchFile, baseName } from '../../shared/catalog/matchFile';
import { dayOf, isoFromDay, parseDate } from '../../shared/text/dates';
import type { GeneratedExport, GeneratedFile } from '../../shared/sample';

export function isUtf16(bytes: Uint8Array): boolean {
  return bytes[0] === 0xff && bytes[1] === 0xfe;
}

/** The file's text, without its BOM. */
export function textOf(bytes: Uint8Array): string {
  if (isUtf16(bytes)) return new TextDecoder('utf-16le').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

export function fileAt(exp: GeneratedExport, path: string): GeneratedFile {
  const file = exp.files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path} in ${exp.name}: ${exp.files.map((f) => f.path).join(', ')}`);
  return file;
}

/** The file whose base name (member-id suffix removed) is `name`. */
export function fileNamed(exp: GeneratedExport, name: string): GeneratedFile {
  const file = exp.files.find((f) => stemOf(f.path) === name);
  if (!file) throw new Error(`no ${name}.csv in ${exp.name}`);
  return file;
}

/** `Shares_123456.csv` → `Shares`; `Jobs/Saved Jobs.csv` → `Saved Jobs`. */
export function stemOf(path: string): string {
  return baseName(path).replace(/\.(csv|html)$/, '').replace(/_\d{4,}$/, '');
}

/** The first line with a TAB or comma outside quotes decides; a one-column file reads either way. */
function sniffDelimiter(text: string): string {
  for (const line of text.split('\n')) {
    const unquoted = line.replace(/"[^"]*"/g, '');
    if (unquoted.includes('\t')) return '\t';
    if (unquoted.includes(',')) return ',';
  }
  return ',';
}

export interface ParsedCsv {
  readonly header: string[];
  readonly records: string[][];
  readonly delimiter: string;
}

/** Comments files escape quotes as `\"` (sometimes): parse with a backslash escape, then undo `""`. */
export function parseCsv(file: GeneratedFile): ParsedCsv {
  const text = textOf(file.bytes);
  const match = matchFile(file.path);
  const backslash = match?.entry.backslashQuotes === true;
  const delimiter = sniffDelimiter(text);
  const result = Papa.parse<string[]>(text, {
    delimiter,
    // Every line feed ends a line, CRLF or not (as Python's csv reads them): a CRLF file may hold bare LF breaks.
    newline: '\n',
    quoteChar: '"',
    escapeChar: backslash ? '\\' : '"',
    skipEmptyLines: true,
  });
  let rows = result.data.map((r) => r.map((c) => c.replace(/\r$/, '')));
  if (backslash) rows = rows.map((r) => r.map((c) => c.replace(/""/g, '"')));
  const hints = match?.entry.headerHints ?? [];
  const headerIndex = hints.length === 0 ? 0 : rows.findIndex((r) => hints.every((h) => r.includes(h)));
  if (headerIndex < 0) throw new Error(`no header in ${file.path}`);
  const header = rows[headerIndex] ?? [];
  const records = rows.slice(headerIndex + 1);
  return { header, records: match?.entry.id === 'comments' ? joinUnquotedBreaks(records, delimiter) : records, delimiter };
}

const LEADING_DATE = /^\d{4}[-/]\d{2}[-/]\d{2} \d{2}:\d{2}:\d{2}/;

/**
 * Comments written with unquoted line breaks (2022, 2024): a line that starts with no date is
 * the previous message's next line, whatever commas it holds. A blank line inside a message
 * arrives as no row at all (papaparse skips it), so the text here lacks it; its words do not.
 */
function joinUnquotedBreaks(records: string[][], delimiter: string): string[][] {
  const joined: string[][] = [];
  for (const row of records) {
    const previous = joined.at(-1);
    if (previous && !LEADING_DATE.test(row[0] ?? '')) previous[previous.length - 1] += `\n${row.join(delimiter)}`;
    else joined.push([...row]);
  }
  return joined;
}

export function column(parsed: ParsedCsv, name: string): string[] {
  const index = parsed.header.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());
  if (index < 0) throw new Error(`no column ${name} in ${parsed.header.join('|')}`);
  return parsed.records.map((r) => r[index] ?? '');
}

/** First and last ISO day of the catalog's first date column present, read with the app's date parser. */
export function dayRange(file: GeneratedFile): { first: string | null; last: string | null } {
  const match = matchFile(file.path);
  if (!match) return { first: null, last: null };
  if (match.entry.format === 'article') {
    const created = /<p class="created">Created on (\d{4}-\d{2}-\d{2})/.exec(textOf(file.bytes));
    return { first: created?.[1] ?? null, last: created?.[1] ?? null };
  }
  const parsed = parseCsv(file);
  const lower = parsed.header.map((h) => h.trim().toLowerCase());
  const dateColumn = match.entry.dateColumns.find((c) => lower.includes(c.toLowerCase()));
  if (!dateColumn) return { first: null, last: null };
  const days = column(parsed, dateColumn)
    .map((v) => parseDate(v))
    .filter((d) => d !== null)
    .map((d) => dayOf(d.ms));
  if (days.length === 0) return { first: null, last: null };
  return { first: isoFromDay(Math.min(...days)), last: isoFromDay(Math.max(...days)) };
}

/** Records an independent reader counts: 1 per article, parsed data rows for a CSV. */
export function countRecords(file: GeneratedFile): number {
  if (matchFile(file.path)?.entry.format === 'article') return 1;
  return parseCsv(file).records.length;
}
