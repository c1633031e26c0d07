// Runtime: any (pure, no Node: it could move to shared/csv). A quote-aware column scanner: it
// finds each record's boundaries the way the app's reader does (papaparse as configured in
// shared/csv/csvStream.ts, plus its row clean-up) but only cuts out the named columns, skipping
// the rest of each record with indexOf. For files the member's data does not train on, where the
// analysis needs a few columns (messages.csv: FROM, DATE, CONTENT, CONVERSATION ID, FOLDER).
//
// Fed decoded text in chunks of any size; a record cut by a chunk's end waits for the next one.

import { LoneCarriageReturns } from '../../../shared/csv/csvStream';

const QUOTE = 34;
const BACKSLASH = 92;
const LF = 10;
const CR = 13;
/** Fields read from the header record: more than any export file has. */
const MAX_HEADER_FIELDS = 512;

export interface ColumnScannerOptions {
  /** The header names of the columns wanted, in the order the values are given. */
  readonly columns: readonly string[];
  readonly delimiter: ',' | '\t';
  /** Quotes escaped as `\"` inside quoted fields (Comments.csv), as csvStream's option. */
  readonly backslashQuotes: boolean;
}

/** Whitespace that String.prototype.trim removes, as papaparse tests after a closing quote. */
function isTrimmed(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export class ColumnScanner {
  private readonly delimiter: number;
  private readonly delimiterText: string;
  private readonly backslash: boolean;
  /** For each field index, its slot among the wanted values, or -1. Null until the header is read. */
  private slotOf: Int32Array | null = null;
  private readonly wanted: number;
  private carry = '';
  /** A lone CR ends a line, as in the app's reader. */
  private readonly lineEnds = new LoneCarriageReturns();
  private values: string[];
  /** Records seen, the header included (as the app's reader counts rows). */
  records = 0;

  constructor(
    private readonly options: ColumnScannerOptions,
    /** Each data record's wanted values ('' for a column the record or the header lacks). */
    private readonly onRecord: (values: readonly string[]) => void,
  ) {
    this.delimiter = options.delimiter.charCodeAt(0);
    this.delimiterText = options.delimiter;
    this.backslash = options.backslashQuotes;
    this.wanted = options.columns.length;
    this.values = new Array<string>(MAX_HEADER_FIELDS).fill('');
  }

  push(chunk: string): void {
    const text = this.lineEnds.normalize(chunk, false);
    this.scan(this.carry.length === 0 ? text : this.carry + text, false);
  }

  end(): void {
    const rest = this.carry + this.lineEnds.normalize('', true);
    if (rest.length > 0) this.scan(rest, true);
    this.carry = '';
  }

  private unescape(raw: string): string {
    let value = raw;
    if (this.backslash) {
      if (value.indexOf('\\"') !== -1) value = value.replace(/\\"/g, '"');
    } else if (value.indexOf('""') !== -1) value = value.replace(/""/g, '"');
    return value;
  }

  /** Parses every complete record of `s` from the start; keeps the incomplete rest. */
  private scan(s: string, final: boolean): void {
    const len = s.length;
    const delimiter = this.delimiter;
    let start = 0;
    let nextNewline = -2;
    record: while (start < len) {
      const slotOf = this.slotOf;
      const values = this.values;
      const slots = slotOf ? this.wanted : MAX_HEADER_FIELDS;
      for (let i = 0; i < slots; i++) values[i] = '';
      let field = 0;
      let p = start;
      let lastSlot = -1;
      let ended = -1;
      while (ended === -1) {
        const slot = slotOf === null ? (field < MAX_HEADER_FIELDS ? field : -1) : field < slotOf.length ? slotOf[field]! : -1;
        if (p < len && s.charCodeAt(p) === QUOTE) {
          let q = p + 1;
          let value: string | null = null;
          let next = -1;
          for (;;) {
            q = s.indexOf('"', q);
            if (q === -1 || (q === len - 1 && !final)) {
              if (!final) break record;
              // An unterminated quote runs to the end of the text, as papaparse reads it.
              value = s.slice(p + 1);
              next = len;
              ended = len;
              break;
            }
            if (q === len - 1) {
              value = this.unescape(s.slice(p + 1, q));
              next = len;
              ended = len;
              break;
            }
            const after = s.charCodeAt(q + 1);
            if (!this.backslash && after === QUOTE) {
              q += 2;
              continue;
            }
            if (this.backslash && s.charCodeAt(q - 1) === BACKSLASH) {
              q += 1;
              continue;
            }
            let k = q + 1;
            while (k < len && s.charCodeAt(k) !== delimiter && s.charCodeAt(k) !== LF && isTrimmed(s.charCodeAt(k))) k++;
            if (k === len && !final) break record;
            const c = k < len ? s.charCodeAt(k) : -1;
            if (c === delimiter) {
              if (slot !== -1) value = this.unescape(s.slice(p + 1, q));
              next = k + 1;
              break;
            }
            if (c === LF) {
              if (slot !== -1) value = this.unescape(s.slice(p + 1, q));
              next = k + 1;
              ended = k + 1;
              break;
            }
            // A quote inside the field that closes nothing: papaparse keeps it as text.
            q += 1;
          }
          if (slot !== -1) {
            values[slot] = value!;
            lastSlot = slot;
          } else lastSlot = -1;
          p = next;
        } else {
          if (nextNewline !== -1 && nextNewline < p) nextNewline = s.indexOf('\n', p);
          const d = s.indexOf(this.delimiterText, p);
          if (d !== -1 && (nextNewline === -1 || d < nextNewline)) {
            if (slot !== -1) values[slot] = s.slice(p, d);
            lastSlot = slot;
            p = d + 1;
          } else if (nextNewline !== -1) {
            if (slot !== -1) values[slot] = s.slice(p, nextNewline);
            lastSlot = slot;
            ended = nextNewline + 1;
          } else {
            if (!final) break record;
            if (slot !== -1) values[slot] = s.slice(p);
            lastSlot = slot;
            ended = len;
          }
        }
        field++;
      }
      // The app's reader drops a trailing CR from each record's last field (CRLF files).
      if (lastSlot !== -1) {
        const last = values[lastSlot]!;
        if (last.charCodeAt(last.length - 1) === CR) values[lastSlot] = last.slice(0, -1);
      }
      this.finishRecord(field);
      start = ended;
    }
    this.carry = start < len ? s.slice(start) : '';
  }

  private finishRecord(fields: number): void {
    const values = this.values;
    if (this.backslash) {
      // csvStream also turns `""` into `"` in every field when quotes are backslash-escaped.
      const count = this.slotOf ? this.wanted : Math.min(fields, MAX_HEADER_FIELDS);
      for (let i = 0; i < count; i++) if (values[i]!.indexOf('""') !== -1) values[i] = values[i]!.replace(/""/g, '"');
    }
    this.records++;
    if (this.slotOf === null) {
      const header = values.slice(0, Math.min(fields, MAX_HEADER_FIELDS)).map((name) => name.replace(/^\ufeff/, '').trim());
      const slotOf = new Int32Array(header.length).fill(-1);
      this.options.columns.forEach((name, slot) => {
        const at = header.indexOf(name);
        if (at !== -1) slotOf[at] = slot;
      });
      this.slotOf = slotOf;
      this.values = new Array<string>(this.wanted).fill('');
      return;
    }
    this.onRecord(values);
  }
}
