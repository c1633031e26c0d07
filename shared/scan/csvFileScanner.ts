// Runtime: any. Aggregates one CSV file's rows as they stream past: the header (found by name,
// after any preamble), record count, dates, the member's own text, and the views' hooks.

import type { CatalogEntry, OwnRowRule } from '../catalog/fileCatalog';
import type { FileMatch } from '../catalog/matchFile';
import type { CsvStreamInfo } from '../csv/csvStream';
import { dayOf, parseDate } from '../text/dates';
import { detach } from '../text/detach';
import { measureText, stripMarkup, unwrapPerLineQuotes, type TextMeasure } from '../text/words';
import { findColumn, guessDateColumn, isBlankRow, normalizeColumn } from './columns';
import { DateRange } from './dateRange';
import { DayBuckets } from './dayBuckets';
import type { FileFacts, RowHook } from './insights/insight';
import { insightColumns, startInsight, type FileInsightReader, type InsightPart } from './insights/insights';
import { mayBeTrainedOn } from '../policy/policyModel';
import type { ItemCollector } from './itemCollector';
import type { FileScan, FileStatus, Problem } from './scanTypes';
import type { ReadLimits } from '../archive/types';
import { ContinuationJoiner } from './continuationLines';
import { RowKeyer, type KeyedRows, type RowKeysRequest } from './rowKeys';
import { MessageOwnership, type MemberIdentity } from './messageOwnership';
import { problem } from './problems';

/** A preamble longer than this is not a preamble: the first row is taken as the header. */
const MAX_PREAMBLE_ROWS = 20;
const PLACEHOLDER_VALUES = new Set(['n/a', '---', '-', 'null', 'none']);
const LONGEST_PLACEHOLDER = 4;

/** `N/A`, `---` and the like: no value. Long cells are never placeholders (no copy made). */
function isPlaceholder(value: string): boolean {
  const trimmed = value.length > LONGEST_PLACEHOLDER + 2 ? value : value.trim();
  return trimmed === '' || (trimmed.length <= LONGEST_PLACEHOLDER && PLACEHOLDER_VALUES.has(trimmed.toLowerCase()));
}

export interface ScanContext {
  /** Who the member is (read first), to tell their own messages apart. */
  readonly member: MemberIdentity;
  readonly items: ItemCollector | null;
  /** Set when the file is one of several copies: rows earlier copies counted are not counted again. */
  readonly rowKeys: RowKeysRequest | null;
  readonly limits: WorkLimits;
}

/** The work budgets one file's scan keeps to (ReadLimits). */
export type WorkLimits = Pick<ReadLimits, 'maxRows' | 'maxColumns' | 'maxHeaderChars' | 'maxDistinctKeys'>;

/** A file reached `ReadLimits.maxRows`: reading stops there, the records before it counted. */
export class RowLimitError extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} records`);
    this.name = 'RowLimitError';
  }
}

/** A row before the header is found, cut to the header's limits, and how much it had. */
interface CutRow {
  readonly cells: string[];
  readonly columns: number;
  /** Its cells ran past `maxHeaderChars` characters. */
  readonly tooLong: boolean;
}

/** A file's scan, its part of the export's insights, and its keyed rows (copies only). */
export interface CsvFileResult {
  readonly scan: FileScan;
  readonly insight: InsightPart | null;
  readonly keyed: KeyedRows | null;
}

export interface FileIdentity {
  readonly name: string;
  readonly path: string;
  readonly input: number;
}

type OwnCheck = (row: readonly string[]) => boolean;

function ownCheck(rule: OwnRowRule, header: readonly string[]): OwnCheck {
  switch (rule.kind) {
    case 'all':
      return () => true;
    case 'column-equals': {
      const index = findColumn(header, [rule.column]);
      const value = rule.value.toUpperCase();
      return (row) => index !== -1 && (row[index] ?? '').trim().toUpperCase() === value;
    }
    case 'column-filled': {
      const index = findColumn(header, [rule.column]);
      return (row) => index !== -1 && (row[index] ?? '').trim() !== '';
    }
    case 'member-sender':
      // Decided per row by the scanner's MessageOwnership (it counts how each row was told apart).
      return () => false;
  }
}

export class CsvFileScanner {
  private header: string[] | null = null;
  private readonly preamble: CutRow[] = [];
  private rows = 0;
  private placeholder: string | null = null;
  private readonly problems: Problem[] = [];
  private readonly dates = new DateRange();
  private readonly buckets = new DayBuckets();
  private readonly own = { items: 0, words: 0, chars: 0 };
  private readonly measure: TextMeasure = { words: 0, chars: 0 };
  private unreadableDates = 0;
  private unreadableExample = '';
  private dateIndex = -1;
  private ownColumns: number[] = [];
  private unwrapColumns = new Set<number>();
  private isOwn: OwnCheck = () => false;
  private hook: RowHook | null = null;
  private insight: FileInsightReader | null = null;
  private unknownColumns: string[] = [];
  /** Private messages only. */
  private messages: MessageOwnership | null = null;
  /** Files whose records run over unquoted lines (Comments): joins them before they are counted. */
  private joiner: ContinuationJoiner | null = null;
  /** Copies of a file only: tells rows an earlier copy counted. */
  private keyer: RowKeyer | null = null;
  /** The columns read, by position, once the header says they are all this scan needs (see projection). */
  private projected: Uint8Array | null = null;

  constructor(
    private readonly match: FileMatch | null,
    private readonly identity: FileIdentity,
    private readonly context: ScanContext,
  ) {}

  /** Data records so far (the header, a preamble and blank lines are not counted; a record held back for its next lines is). */
  get records(): number {
    return this.rows + (this.joiner?.holding ?? 0);
  }

  private get entry(): CatalogEntry | null {
    return this.match?.entry ?? null;
  }

  private get insightLimits(): { readonly maxDistinctKeys: number } {
    return { maxDistinctKeys: this.context.limits.maxDistinctKeys };
  }

  readonly onRows = (rows: string[][], delimiter: string): void => {
    for (const row of rows) {
      if (this.header === null) this.seekHeader(row);
      else if (this.joiner !== null) this.joiner.push(row, delimiter);
      else this.dataRow(row);
    }
  };

  /**
   * At most `maxColumns` cells, and only those within `maxHeaderChars` characters: a header (or a
   * row that may be one) of millions of columns is not copied, compared or kept.
   */
  private cut(row: string[]): CutRow {
    const { maxColumns, maxHeaderChars } = this.context.limits;
    let chars = 0;
    let keep = 0;
    while (keep < row.length && keep < maxColumns) {
      chars += row[keep]!.length;
      if (chars > maxHeaderChars) break;
      keep++;
    }
    return { cells: keep === row.length ? row : row.slice(0, keep), columns: row.length, tooLong: chars > maxHeaderChars };
  }

  private seekHeader(whole: string[]): void {
    if (isBlankRow(whole)) return;
    const row = this.cut(whole);
    const known = this.entry?.columns;
    if (!known || row.cells.some((cell) => known.some((k) => normalizeColumn(k) === normalizeColumn(cell) && k !== ''))) {
      this.setHeader(row);
      return;
    }
    this.preamble.push({ ...row, cells: row.cells.map(detach) });
    if (this.preamble.length > MAX_PREAMBLE_ROWS) this.fallBackToFirstRow();
  }

  /** No recognised header: the first row is the header, the rest of the preamble is data. */
  private fallBackToFirstRow(): void {
    const [first, ...rest] = this.preamble.splice(0);
    this.problems.push(problem('header-not-recognized'));
    this.setHeader(first!);
    for (const row of rest) this.dataRow(row.cells);
  }

  private setHeader(row: CutRow): void {
    const { maxColumns, maxHeaderChars } = this.context.limits;
    if (row.tooLong) this.problems.push(problem('header-too-long', { limit: maxHeaderChars }));
    else if (row.columns > maxColumns) this.problems.push(problem('too-many-columns', { columns: row.columns, limit: maxColumns }));
    const header = row.cells.map((cell) => detach(cell.replace(/^\uFEFF/, '').trim()));
    this.header = header;
    const entry = this.entry;
    if (!entry) {
      this.dateIndex = guessDateColumn(header);
      this.keyRows();
      return;
    }
    if (entry.columns) {
      const known = new Set(entry.columns.map(normalizeColumn));
      this.unknownColumns = header.filter((h) => h !== '' && !known.has(normalizeColumn(h)));
      if (this.unknownColumns.length > 0) {
        this.problems.push(problem('unknown-columns', { count: this.unknownColumns.length }, this.unknownColumns.join(', ')));
      }
    }
    this.dateIndex = findColumn(header, entry.dateColumns);
    this.keyRows();
    const continued = entry.unquotedBreaksIn === undefined ? -1 : findColumn(header, [entry.unquotedBreaksIn]);
    // Only where records start with their date: a line without one is then a continuation.
    if (continued !== -1 && this.dateIndex === 0) this.joiner = new ContinuationJoiner(continued, (row) => this.dataRow(row));
    // A known variant without a date column (SavedJobAlerts' newer header) is not a change.
    if (this.dateIndex === -1 && entry.dateColumns.length > 0 && this.unknownColumns.length > 0) {
      this.problems.push(problem('date-column-missing', { column: entry.dateColumns[0]! }));
    }
    if (entry.ownText) {
      this.ownColumns = entry.ownText.columns.map((c) => findColumn(header, [c])).filter((i) => i !== -1);
      this.isOwn = ownCheck(entry.ownText.rows, header);
      if (entry.ownText.rows.kind === 'member-sender') {
        const rule = entry.ownText.rows;
        this.messages = new MessageOwnership(
          findColumn(header, [rule.senderColumn]),
          findColumn(header, [rule.senderUrlColumn]),
          findColumn(header, [rule.directionColumn]),
          this.context.member,
        );
      }
    }
    for (const column of entry.perLineQuotedColumns ?? []) {
      const index = findColumn(header, [column]);
      if (index !== -1) this.unwrapColumns.add(index);
    }
    this.insight = startInsight(entry, header, this.insightLimits);
    this.hook = this.insight?.row ?? null;
    this.projectColumns(entry, header);
  }

  /**
   * After the header of a file whose kind of data is not trained on in any region (private
   * messages…): the only columns the scan reads (1 by position), so the reader may skip the rest
   * of each record. Null: every column (before the header, a file that may be trained on, rows
   * joined or keyed whole, an insight that does not say which columns it reads).
   */
  readonly projection = (): Uint8Array | null => this.projected;

  private projectColumns(entry: CatalogEntry, header: readonly string[]): void {
    if (mayBeTrainedOn(entry.dataKind) || this.joiner !== null || this.keyer !== null) return;
    const insight = insightColumns(entry);
    if (insight === null) return;
    const rule = entry.ownText?.rows;
    const ruleColumns = rule === undefined || rule.kind === 'all' ? [] : rule.kind === 'member-sender' ? [rule.senderColumn, rule.senderUrlColumn, rule.directionColumn] : [rule.column];
    const read = [this.dateIndex, ...this.ownColumns, ...this.unwrapColumns, ...[...ruleColumns, ...insight].map((name) => findColumn(header, [name]))];
    const wanted = new Uint8Array(header.length);
    for (const index of read) if (index !== -1) wanted[index] = 1;
    this.projected = wanted;
  }

  /** Every header, known or not: a copy's rows are compared by their content. */
  private keyRows(): void {
    const request = this.context.rowKeys;
    if (request !== null && this.header !== null) this.keyer = new RowKeyer(this.header, this.dateIndex, request.counted);
  }

  private ownText(row: readonly string[]): string {
    let text = '';
    for (const index of this.ownColumns) {
      let value = row[index];
      if (value === undefined || value === '' || isPlaceholder(value)) continue;
      if (this.unwrapColumns.has(index)) value = unwrapPerLineQuotes(value);
      text = text === '' ? value : `${text}\n${value}`;
    }
    const insight = this.entry?.insight;
    return insight === 'messages' || insight === 'ai-conversation' ? stripMarkup(text) : text;
  }

  private dataRow(row: string[]): void {
    if (row[0] === '' && isBlankRow(row)) return;
    const raw = this.dateIndex === -1 ? undefined : row[this.dateIndex];
    const parsed = raw === undefined || raw === '' ? null : parseDate(raw);
    // A row an earlier copy of this file counted is not counted again.
    if (this.keyer !== null && this.keyer.seen(row, parsed?.ms ?? null)) return;
    if (this.rows >= this.context.limits.maxRows) throw new RowLimitError(this.context.limits.maxRows);
    this.rows++;
    let ms: number | null = null;
    if (parsed) {
      ms = parsed.ms;
      this.dates.add(parsed);
    } else if (raw !== undefined && raw !== '' && !isPlaceholder(raw) && this.unreadableDates++ === 0) {
      this.unreadableExample = detach(raw.trim().slice(0, 40));
    }
    const day = ms === null ? null : dayOf(ms);

    let words = 0;
    let chars = 0;
    let own = false;
    let text = '';
    if (this.ownColumns.length > 0) {
      own = this.messages ? this.messages.isOwn(row) : this.isOwn(row);
      if (own) text = this.ownText(row);
      if (text !== '') {
        this.measure.words = 0;
        this.measure.chars = 0;
        measureText(text, this.measure);
        words = this.measure.words;
        chars = this.measure.chars;
      }
    }
    if (own) {
      this.own.items++;
      this.own.words += words;
      this.own.chars += chars;
      if (this.context.items && text !== '' && this.entry?.explorer) this.context.items.add(day, words, text);
    }
    this.buckets.add(day, own ? words : 0, own ? chars : 0);
    this.hook?.(row, ms);
  }

  finish(info: CsvStreamInfo | null, bytes: number, failure: Problem | null): CsvFileResult {
    this.joiner?.flush();
    if (this.header === null && this.preamble.length > 0) {
      const only = this.preamble[0]!;
      if (this.preamble.length === 1 && only.cells.length === 1) {
        this.placeholder = only.cells[0]!;
        this.problems.push(problem('placeholder', undefined, this.placeholder.slice(0, 80)));
      } else {
        this.fallBackToFirstRow();
      }
    }
    if (info) this.addStreamProblems(info);
    if (failure) this.problems.push(failure);
    const identifiedBy = this.messages?.identifiedBy(this.rows) ?? 'none';
    // No sender is the member: their own messages are unknown, never guessed.
    if (identifiedBy === 'not-found') this.problems.push(problem('message-owner-unknown'));
    const entry = this.entry;
    // A file with no header (a one-line note) still reports its part: an assistant with no conversations.
    if (entry && this.header === null) this.insight = startInsight(entry, [], this.insightLimits);
    const overflowed = this.insight?.overflowed?.() ?? [];
    if (overflowed.length > 0) this.problems.push(problem('too-many-distinct', { what: overflowed, limit: this.context.limits.maxDistinctKeys }));
    const facts: FileFacts = { rows: this.rows, own: { ...this.own }, firstDate: this.dates.firstIso, lastDate: this.dates.lastIso, memberIdentifiedBy: identifiedBy };
    const addedItems = this.insight?.addsItems?.() ?? 0;
    const status: FileStatus = entry === null ? 'unknown' : failure?.severity === 'error' ? 'error' : this.rows === 0 ? 'empty' : 'parsed';
    const scan: FileScan = {
      name: this.identity.name,
      path: this.identity.path,
      input: this.identity.input,
      catalogId: entry?.id ?? null,
      category: entry?.category ?? null,
      status,
      rows: this.rows,
      columns: this.header ?? [],
      unknownColumns: this.unknownColumns,
      encoding: info?.encoding ?? null,
      delimiter: info?.delimiter ?? null,
      bytes,
      firstDate: this.dates.firstIso,
      lastDate: this.dates.lastIso,
      ownText: { ...this.own },
      ownTextKnown: identifiedBy !== 'not-found',
      undated: { ...this.buckets.undated },
      histogram: this.buckets.histogram(),
      problems: this.problems,
      ...(addedItems > 0 && entry?.alsoCounts ? { extraItems: [{ category: entry.alsoCounts.category, items: addedItems }] } : {}),
    };
    const request = this.context.rowKeys;
    // A copy with no header (a one-line note, an empty file) keys no row: it passes the earlier copies' on.
    const keyed = this.keyer?.result() ?? (request === null ? null : { counted: request.counted ?? { columns: [], hashes: new Float64Array(0) }, shared: 0 });
    return { scan, insight: this.insight?.finish(facts) ?? null, keyed };
  }

  private addStreamProblems(info: CsvStreamInfo): void {
    const { invalidSequences, nulCharacters } = info.decode;
    if (this.unreadableDates > 0) this.problems.push(problem('unreadable-dates', { count: this.unreadableDates }, this.unreadableExample));
    if (invalidSequences > 0) this.problems.push(problem('invalid-encoding', { count: invalidSequences, encoding: info.encoding }));
    if (nulCharacters > 0) this.problems.push(problem('nul-bytes', { count: nulCharacters }));
    if (info.unterminatedQuote) this.problems.push(problem('unterminated-quote'));
    if (info.malformedQuotes > 0) this.problems.push(problem('malformed-quotes', { count: info.malformedQuotes }));
  }
}
