// Runtime: any. Older Comments.csv files (seen in exports of 2021 to 2024) write a message's line
// breaks without quoting the field, so a CSV parser hands every later line of the message over as
// a row of its own. In those files every record starts with its date, and a line that does not is
// the previous message's next line: this joins it back. Only Comments is known to do this (the
// catalog's `unquotedBreaksIn`); other files keep the plain CSV reading.

import { parseDate } from '../text/dates';

const ZERO = 48;
const NINE = 57;

function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE;
}

/** Same length, digits where the shape has digits, every other character the same. */
function hasShape(cell: string, shape: string): boolean {
  if (cell.length !== shape.length) return false;
  for (let i = 0; i < shape.length; i++) {
    const expected = shape.charCodeAt(i);
    const actual = cell.charCodeAt(i);
    if (isDigit(expected) ? !isDigit(actual) : actual !== expected) return false;
  }
  return true;
}

/**
 * Holds each record back until the next row shows whether lines follow it. A row continues the
 * held record when its first cell is not a date of the shape the file's first record starts with
 * (a date followed by the delimiter); its cells are joined back with the delimiter they were
 * split at. Blank lines inside a message are kept; blank lines after the last one are not.
 */
export class ContinuationJoiner {
  private held: string[] | null = null;
  private blankLines = 0;
  /** The first record's date cell; null when the file's records do not start with a date. */
  private shape: string | null | undefined = undefined;

  constructor(
    /** The column the later lines belong to (the message). */
    private readonly textIndex: number,
    private readonly emit: (row: string[]) => void,
  ) {}

  push(row: string[], delimiter: string): void {
    const held = this.held;
    if (row.length === 1 && row[0] === '') {
      if (held === null) this.emit(row);
      else this.blankLines++;
      return;
    }
    if (this.shape === undefined) this.shape = parseDate(row[0]!) ? row[0]! : null;
    if (this.shape === null) {
      this.emit(row);
      return;
    }
    if (held === null || hasShape(row[0]!, this.shape)) {
      this.flush();
      this.held = row;
      return;
    }
    while (held.length <= this.textIndex) held.push('');
    held[this.textIndex] += '\n'.repeat(this.blankLines + 1) + (row.length === 1 ? row[0]! : row.join(delimiter));
    this.blankLines = 0;
  }

  /** Records held back, waiting to see whether lines follow (0 or 1). */
  get holding(): number {
    return this.held === null ? 0 : 1;
  }

  /** Hands over the record still held (at the end of the file). */
  flush(): void {
    if (this.held !== null) this.emit(this.held);
    this.held = null;
    this.blankLines = 0;
  }
}
