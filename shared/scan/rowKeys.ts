// Runtime: any. Copies of one file in one export (a Basic and a Complete archive, the legacy UTF-16
// `Endorsement Received Info.csv` beside `Endorsement_Received_Info.csv`) may hold different rows.
// Each copy's rows are compared by their content, whatever the encoding, delimiter or column order:
// a row an earlier copy already counted is counted once, a row only this copy has is counted here.
// Rows are kept as 53-bit hashes, never as text, so memory stays at 8 bytes a row.

import { normalizeColumn } from './columns';

/** The rows earlier copies counted: the columns compared (by normalized name) and each row's hash. */
export interface CountedRows {
  readonly columns: readonly string[];
  readonly hashes: Float64Array;
}

/** Asked of a copy's reading: key its rows, against the rows earlier copies counted (none for the first). */
export interface RowKeysRequest {
  readonly counted: CountedRows | null;
}

/** What keying one copy's rows gave: every row counted so far (earlier copies' and this one's), and how many of this copy's were already counted. */
export interface KeyedRows {
  readonly counted: CountedRows;
  readonly shared: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SECOND_SEED = 0x9747b28c;
const SECOND_PRIME = 0x5bd1e995;
const CELL_END = 0x1f;
const CR = 13;
const TWO_POW_21 = 2_097_152;

/** Two 32-bit hashes in one pass, joined to 53 bits: 300,000 rows collide with odds near one in 200,000. */
class RowHash {
  private a = FNV_OFFSET;
  private b = SECOND_SEED;

  reset(): void {
    this.a = FNV_OFFSET;
    this.b = SECOND_SEED;
  }

  unit(code: number): void {
    this.a = Math.imul(this.a ^ code, FNV_PRIME);
    this.b = Math.imul(this.b ^ code, SECOND_PRIME);
    this.b ^= this.b >>> 15;
  }

  /** A cell, trimmed, its carriage returns left out (a copy's CRLF is another's LF). */
  cell(text: string): void {
    let start = 0;
    let end = text.length;
    while (start < end && text.charCodeAt(start) <= 32) start++;
    while (end > start && text.charCodeAt(end - 1) <= 32) end--;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code !== CR) this.unit(code);
    }
    this.unit(CELL_END);
  }

  value(): number {
    return (this.a >>> 0) * TWO_POW_21 + (this.b >>> 11);
  }
}

/**
 * Keys one copy's rows. The first copy compares its own columns; later copies compare the first
 * copy's, found in their own header by name (the n-th of a repeated name to its n-th), a column
 * they lack as empty. The date column is compared as the instant it names, so `2020/05/01 12:00:00
 * UTC` and `2020-05-01 12:00:00` are one date.
 */
export class RowKeyer {
  private readonly columns: readonly string[];
  private readonly indexes: readonly number[];
  private readonly dateSlot: number;
  private readonly earlier: Map<number, number>;
  private readonly own: number[] = [];
  private shared = 0;
  private readonly hash = new RowHash();

  constructor(
    header: readonly string[],
    dateIndex: number,
    private readonly counted: CountedRows | null,
  ) {
    const names = header.map(normalizeColumn);
    this.columns = counted?.columns ?? names;
    const taken = new Set<number>();
    this.indexes = this.columns.map((column) => {
      const index = names.findIndex((name, i) => name === column && !taken.has(i));
      if (index !== -1) taken.add(index);
      return index;
    });
    this.dateSlot = dateIndex === -1 ? -1 : this.indexes.indexOf(dateIndex);
    this.earlier = new Map();
    for (const hash of counted?.hashes ?? []) this.earlier.set(hash, (this.earlier.get(hash) ?? 0) + 1);
  }

  /** True when an earlier copy already counted this row (it is then not counted again). */
  seen(row: readonly string[], dateMs: number | null): boolean {
    const hash = this.hash;
    hash.reset();
    for (let slot = 0; slot < this.indexes.length; slot++) {
      const index = this.indexes[slot]!;
      if (slot === this.dateSlot && dateMs !== null) hash.cell(String(dateMs));
      else hash.cell(index === -1 ? '' : (row[index] ?? ''));
    }
    const key = hash.value();
    const left = this.earlier.get(key);
    if (left !== undefined && left > 0) {
      this.earlier.set(key, left - 1);
      this.shared++;
      return true;
    }
    this.own.push(key);
    return false;
  }

  result(): KeyedRows {
    const before = this.counted?.hashes ?? new Float64Array(0);
    const hashes = new Float64Array(before.length + this.own.length);
    hashes.set(before);
    hashes.set(this.own, before.length);
    return { counted: { columns: this.columns, hashes }, shared: this.shared };
  }
}
