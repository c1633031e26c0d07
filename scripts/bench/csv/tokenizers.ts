// Bench support (Node): the CSV tokenizers compared, each given already decoded text and
// calling back with every record as an array of strings, in the mode it would serve the app in:
// fed chunks where the library can stream, the whole text where it cannot (noted).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse as csvParseStream } from 'csv-parse';
import { csvParseRows } from 'd3-dsv';
import { parse as fastCsvStream } from '@fast-csv/parse';
import { inferSchema, initParser } from 'udsv';
import type Papa from 'papaparse';
import { scanColumns } from '../../../shared/csv/columnScanner';
// @ts-expect-error: a build script in plain JavaScript, without types.
import { patchPapaparse } from '../../dependencyPatches.mjs';

type OnRow = (row: readonly string[]) => void;

export interface Tokenizer {
  readonly id: string;
  readonly label: string;
  /** How it is fed: `chunks` of CHUNK_CHARS as the app's reader is, or the `whole text`. */
  readonly mode: 'chunks' | 'whole text';
  readonly tokenize: (text: string, onRow: OnRow) => Promise<void>;
}

/** What the app's reader hands papaparse at a time: about one 32 KiB piece of an inflate chunk, decoded (shared/csv/csvStream.ts). */
export const CHUNK_CHARS = 32 * 1024;

function* chunksOf(text: string): Generator<string> {
  for (let at = 0; at < text.length; at += CHUNK_CHARS) yield text.slice(at, at + CHUNK_CHARS);
}

/** The installed papaparse, stock or with the build's patch (scripts/dependencyPatches.mjs). */
function loadPapaparse(patched: boolean): typeof Papa {
  const require = createRequire(join(process.cwd(), 'package.json'));
  const file = require.resolve('papaparse/papaparse.js');
  const source = readFileSync(file, 'utf8');
  const module = { exports: {} as unknown };
  new Function('require', 'module', 'exports', patched ? (patchPapaparse(source) as string) : source)(createRequire(file), module, module.exports);
  return module.exports as typeof Papa;
}

/** papaparse's Parser fed chunk by chunk, the unfinished record carried over: as shared/csv/csvStream.ts does. */
function papaparseChunked(papa: typeof Papa) {
  return async (text: string, onRow: OnRow): Promise<void> => {
    const parser = new papa.Parser({ delimiter: ',', newline: '\n', quoteChar: '"', escapeChar: '"' });
    let buffer = '';
    const emit = (rows: string[][]) => {
      for (const row of rows) onRow(row);
    };
    for (const chunk of chunksOf(text)) {
      buffer = buffer.length === 0 ? chunk : buffer + chunk;
      const result = parser.parse(buffer, 0, true);
      emit(result.data as string[][]);
      const cursor = result.meta.cursor;
      if (cursor > 0) buffer = buffer.slice(cursor);
    }
    if (buffer.length === 0) return;
    const rows = parser.parse(buffer, 0, false).data as string[][];
    const last = rows[rows.length - 1];
    // After a final newline papaparse reports one more, empty, row (the app drops it too).
    if (last && last.length === 1 && last[0] === '' && buffer.endsWith('\n')) rows.pop();
    emit(rows);
  };
}

/** Every field of a record: more than any export file has, so the scanner skips nothing. */
export const EVERY_FIELD = new Uint8Array(512).fill(1);

/** The app's column scanner fed chunks as csvStream feeds it, `wanted` asked before each (it may change after the header). */
export function scanChunked(text: string, wanted: () => Uint8Array, onRow: OnRow): void {
  let pending = '';
  for (const piece of chunksOf(text)) {
    const chunk = pending + piece;
    const { rows, cursor } = scanColumns(chunk, wanted(), ',', false);
    for (const row of rows) onRow(row);
    pending = chunk.slice(cursor);
  }
  if (pending.length > 0) for (const row of scanColumns(pending, wanted(), ',', true).rows) onRow(row);
}

/** Feeds a Node transform stream the chunks and resolves when its last record is out. */
function throughStream(stream: NodeJS.ReadWriteStream, text: string, onRow: OnRow): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.on('data', (row: string[]) => onRow(row));
    stream.on('end', () => resolve());
    stream.on('error', reject);
    for (const chunk of chunksOf(text)) stream.write(chunk);
    stream.end();
  });
}

export const TOKENIZERS: readonly Tokenizer[] = [
  { id: 'papaparse-patched', label: 'papaparse 5.7.1, patched as built (the app)', mode: 'chunks', tokenize: papaparseChunked(loadPapaparse(true)) },
  { id: 'papaparse-stock', label: 'papaparse 5.7.1, stock', mode: 'chunks', tokenize: papaparseChunked(loadPapaparse(false)) },
  { id: 'column-scanner-all', label: 'the column scanner, every column wanted (shared/csv/columnScanner.ts)', mode: 'chunks', tokenize: async (text, onRow) => scanChunked(text, () => EVERY_FIELD, onRow) },
  {
    id: 'csv-parse',
    label: 'csv-parse 7.0.3 (stream API)',
    mode: 'chunks',
    tokenize: (text, onRow) => throughStream(csvParseStream({ relax_column_count: true, relax_quotes: true }), text, onRow),
  },
  {
    id: 'udsv',
    label: 'udsv 0.7.3 (chunk API)',
    mode: 'chunks',
    tokenize: async (text, onRow) => {
      const parser = initParser(inferSchema(text.slice(0, 65_536), { col: ',', row: '\n', encl: '"', esc: '"', header: () => [] }));
      for (const chunk of chunksOf(text)) parser.chunk<string[]>(chunk, parser.stringArrs, (row) => onRow(row));
      parser.end();
    },
  },
  {
    id: 'd3-dsv',
    label: 'd3-dsv 3.0.2 (csvParseRows; it cannot stream)',
    mode: 'whole text',
    tokenize: async (text, onRow) => {
      csvParseRows(text, (row) => {
        onRow(row);
        return null;
      });
    },
  },
  {
    id: 'fast-csv',
    label: '@fast-csv/parse 5.0.8 (stream API)',
    mode: 'chunks',
    tokenize: (text, onRow) => throughStream(fastCsvStream({ headers: false, ignoreEmpty: false }), text, onRow),
  },
];
