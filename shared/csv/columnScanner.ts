// Runtime: any. A quote-aware column scanner: it finds each record's boundaries exactly as the
// app's reader does (papaparse as csvStream.ts configures it, plus its row clean-up) but cuts out
// only the wanted columns, skipping the rest of each record with indexOf. For files the member's
// data is not trained on, where the analysis needs a few columns (messages.csv: sender, date,
// content, conversation, folder, draft); measured about 2× papaparse on messages.csv.
//
// It models well-formed quoting only: a quote that closes nothing where CSV expects, or a quote
// left open at the end of the file, is an anomaly it does not count as papaparse does (papaparse
// counts it again each time an unfinished record is re-parsed). It throws ColumnScanAnomaly then,
// and the file is read again with papaparse, so the results never differ.

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * A skipped field's value when it holds more than whitespace. No reader looks at skipped fields;
 * the blank-row test (a row of blank cells is not a record) still sees that the record is not blank.
 */
export const SKIPPED_FIELD = '\u0000';

/** Quoting the scanner does not model: read the file with papaparse instead. */
export class ColumnScanAnomaly extends Error {
  constructor() {
    super('quoting the column scanner does not model');
    this.name = 'ColumnScanAnomaly';
  }
}

export interface ColumnScan {
  /** Every complete record: the wanted fields' values, '' or SKIPPED_FIELD for the others. */
  readonly rows: string[][];
  /** Where the first incomplete record starts (the text's length when every record is complete). */
  readonly cursor: number;
}

/** String.prototype.trim's whitespace, tested on a skipped field's first character only. */
function isWhitespace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function skipped(s: string, from: number, to: number): string {
  if (from === to) return '';
  if (!isWhitespace(s.charCodeAt(from))) return SKIPPED_FIELD;
  return s.slice(from, to).trim() === '' ? '' : SKIPPED_FIELD;
}

/**
 * The records of `s` (which starts at a record's start), as papaparse's `parse(s, 0, !final)` and
 * csvStream's clean-up give them, with only the fields `wanted` marks cut out. Not final: an
 * incomplete last record is left for the next call (the cursor says where it starts).
 */
export function scanColumns(s: string, wanted: Uint8Array, delimiter: string, final: boolean): ColumnScan {
  const rows: string[][] = [];
  const len = s.length;
  const delim = delimiter.charCodeAt(0);
  let start = 0;
  let nextNewline = s.indexOf('\n');
  let nextDelim = s.indexOf(delimiter);
  record: while (start < len) {
    const row: string[] = [];
    let p = start;
    let end = -1;
    while (end === -1) {
      const keep = row.length < wanted.length && wanted[row.length] === 1;
      if (s.charCodeAt(p) === QUOTE) {
        let q = p + 1;
        /** An escaped quote ("") was stepped over: known here, so a kept value is not searched again. */
        let doubled = false;
        for (;;) {
          q = s.indexOf('"', q);
          if (q === -1) {
            if (final) throw new ColumnScanAnomaly();
            break record;
          }
          if (q === len - 1) {
            if (!final) break record;
            end = len;
            break;
          }
          const after = s.charCodeAt(q + 1);
          if (after === QUOTE) {
            doubled = true;
            q += 2;
            continue;
          }
          if (after === delim || after === LF) {
            if (after === LF) end = q + 2;
            break;
          }
          if (after === CR) {
            if (q + 2 === len && !final) break record;
            if (s.charCodeAt(q + 2) === LF) {
              end = q + 3;
              break;
            }
          }
          throw new ColumnScanAnomaly();
        }
        if (keep) {
          const raw = s.slice(p + 1, q);
          row.push(doubled ? raw.replace(/""/g, '"') : raw);
        } else row.push(skipped(s, p + 1, q));
        p = q + 2;
      } else {
        if (nextDelim !== -1 && nextDelim < p) nextDelim = s.indexOf(delimiter, p);
        if (nextNewline !== -1 && nextNewline < p) nextNewline = s.indexOf('\n', p);
        const from = p;
        let to: number;
        if (nextDelim !== -1 && (nextDelim < nextNewline || nextNewline === -1)) {
          to = nextDelim;
          p = nextDelim + 1;
        } else if (nextNewline !== -1) {
          to = nextNewline;
          end = nextNewline + 1;
        } else {
          if (!final) break record;
          to = len;
          end = len;
        }
        row.push(keep ? s.slice(from, to) : skipped(s, from, to));
      }
    }
    // A CRLF file leaves a CR on each record's last field (papaparse splits at LF): dropped.
    const last = row.length - 1;
    const tail = row[last]!;
    if (tail.charCodeAt(tail.length - 1) === CR) row[last] = tail.slice(0, -1);
    rows.push(row);
    start = end;
  }
  return { rows, cursor: start };
}
