// The benchmark's column scanner (scripts/bench/csv/columnScanner.ts) must read exactly what the
// app's reader reads (shared/csv/csvStream.ts: papaparse plus its clean-up): the same records and
// the same values in the wanted columns, however the text is cut into chunks. On the generator's
// messages files of every era, and on random tables written quoted, multi-line, CRLF, TAB and
// with `\"` escapes.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { streamCsvRows } from '../../shared/csv/csvStream';
import { csvText, encodeUtf16LeWithBom, generateExport, backslashQuoted, type CsvWriteOptions } from '../../shared/sample';
import { ColumnScanner } from '../../scripts/bench/csv/columnScanner';

const COLUMNS = ['FROM', 'DATE', 'CONTENT', 'CONVERSATION ID', 'FOLDER'];
const COLUMNS_2018 = ['From', 'Date', 'Content', 'Folder'];
const SEED = 20_261_129;

function cutPoints(length: number, cuts: readonly number[]): number[] {
  return [...new Set(cuts.map((c) => c % (length + 1)))].sort((a, b) => a - b).concat(length);
}

/** The app's reading: every row through csvStream, then the wanted columns by header name. */
async function appProjection(bytes: Uint8Array, columns: readonly string[], backslashQuotes: boolean, cuts: readonly number[]) {
  async function* chunks() {
    let from = 0;
    for (const to of cutPoints(bytes.length, cuts)) {
      yield bytes.subarray(from, to);
      from = to;
    }
  }
  const rows: string[][] = [];
  await streamCsvRows(chunks(), (batch) => rows.push(...batch), { backslashQuotes, maxRecordChars: 10_000_000 });
  const header = (rows[0] ?? []).map((name) => name.trim());
  const at = columns.map((name) => header.indexOf(name));
  return { records: rows.length, values: rows.slice(1).map((row) => at.map((i) => (i === -1 ? '' : (row[i] ?? '')))) };
}

function scannerProjection(text: string, columns: readonly string[], delimiter: ',' | '\t', backslashQuotes: boolean, cuts: readonly number[]) {
  const values: string[][] = [];
  const scanner = new ColumnScanner({ columns, delimiter, backslashQuotes }, (record) => values.push([...record]));
  let from = 0;
  for (const to of cutPoints(text.length, cuts)) {
    scanner.push(text.slice(from, to));
    from = to;
  }
  scanner.end();
  return { records: scanner.records, values };
}

describe('the column scanner reads what the app reads', () => {
  for (const era of [2018, 2022, 2024, 2026] as const) {
    it(`the generator's ${era} messages file, in chunks of any size`, async () => {
      const exp = generateExport({ era, size: 'sample', seed: 7 });
      const file = exp.files.find((f) => /^messages\.csv$/i.test(f.path))!;
      const utf16 = file.bytes[0] === 0xff && file.bytes[1] === 0xfe;
      const text = new TextDecoder(utf16 ? 'utf-16le' : 'utf-8').decode(file.bytes);
      const columns = era === 2018 ? COLUMNS_2018 : COLUMNS;
      for (const cuts of [[], [1, 2, 3], [97, 4_000, 4_001, 50_000], Array.from({ length: 300 }, (_, i) => i * 997)]) {
        const expected = await appProjection(file.bytes, columns, false, []);
        expect(expected.records).toBeGreaterThan(100);
        expect(scannerProjection(text, columns, utf16 ? '\t' : ',', false, cuts)).toEqual(expected);
      }
    });
  }

  /** Cells rich in what CSV quoting has to get right. */
  const cell = (backslash: boolean) =>
    fc.array(fc.constantFrom('a', 'é', ' ', ',', '\t', '"', '""', '\n', '\r\n', '\r', 'word', '🎉', '\u00a0', ...(backslash ? [] : ['\\'])), { maxLength: 8 }).map((parts) => parts.join(''));

  const table = (backslash: boolean) =>
    fc.record({
      header: fc.shuffledSubarray(['FROM', 'DATE', 'CONTENT', 'CONVERSATION ID', 'FOLDER', 'TO', 'SUBJECT'], { minLength: 3 }),
      rows: fc.array(fc.array(cell(backslash), { minLength: 7, maxLength: 7 }), { maxLength: 25 }),
      delimiter: fc.constantFrom(',' as const, '\t' as const),
      quoteAll: fc.boolean(),
      lineEnding: fc.constantFrom('\n' as const, '\r\n' as const),
      finalNewline: fc.constantFrom('one' as const, 'none' as const),
      utf16: fc.boolean(),
      cuts: fc.array(fc.nat(), { maxLength: 12 }),
    });

  for (const backslash of [false, true]) {
    it(`random tables: quoted, multi-line, CRLF, TAB, UTF-16${backslash ? ', quotes escaped as \\"' : ''}`, async () => {
      await fc.assert(
        fc.asyncProperty(table(backslash), async (t) => {
          const rows = t.rows.map((row) => row.slice(0, t.header.length).map((c) => (backslash && c.includes('"') ? backslashQuoted(c) : c)));
          const options: CsvWriteOptions = { delimiter: t.delimiter, quoteAll: t.quoteAll, lineEnding: t.lineEnding, finalNewline: t.finalNewline };
          const text = csvText(t.header, rows, options);
          const bytes = t.utf16 ? encodeUtf16LeWithBom(text) : new TextEncoder().encode(text);
          const expected = await appProjection(bytes, COLUMNS, backslash, t.cuts);
          expect(scannerProjection(text, COLUMNS, t.delimiter, backslash, t.cuts)).toEqual(expected);
        }),
        { seed: SEED + Number(backslash), numRuns: 300 },
      );
    });
  }
});
