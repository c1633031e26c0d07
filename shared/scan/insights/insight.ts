// Runtime: any. What every kind of insight (the aggregates behind the views: logins, reactions,
// languages, AI conversations, messages…) looks like to the scanner: it starts on a file's header,
// sees each row, and ends with this file's part, plain data that crosses threads; the parts of
// all files merge into the export's insights. One small module per kind implements it.

import type { MessageInsights, TextTotals } from '../scanTypes';

/** What the scanner knows about a file once its rows are read. */
export interface FileFacts {
  readonly rows: number;
  /** The member's own text in the file. */
  readonly own: TextTotals;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  /** Private messages: how the member's own messages were told apart. */
  readonly memberIdentifiedBy: MessageInsights['memberIdentifiedBy'];
}

export type RowHook = (row: readonly string[], ms: number | null) => void;

/** One file's reading, for one kind of insight. */
export interface FileInsight<Part> {
  readonly row: RowHook;
  /** Items this file adds to another category (Ad_Targeting's interface language), known at the end. */
  readonly addsItems?: () => number;
  /** What it stopped telling apart at the limit of distinct values ("conversations"), if anything. */
  readonly overflowed?: () => readonly string[];
  finish(facts: FileFacts): Part;
}

/** What an insight may keep of one file (ReadLimits.maxDistinctKeys). */
export interface InsightLimits {
  readonly maxDistinctKeys: number;
}

export interface InsightKind<Part, Merged> {
  /**
   * The header names its rows read, when it says: a file not trained on may then skip the rest
   * of each record (the column scanner). Unsaid: every column is read.
   */
  readonly columns?: readonly string[];
  start(header: readonly string[], limits: InsightLimits): FileInsight<Part>;
  /** The export's aggregate from its files' parts, in file order. */
  merge(parts: readonly Part[]): Merged;
}

/** Longest list any insight keeps (languages, locales): far above a real profile's. */
export const MAX_LISTED = 200;

/** The names of the counters that reached their limit. */
export function overflowedOf(counters: Readonly<Record<string, { readonly full: boolean }>>): string[] {
  return Object.entries(counters).flatMap(([name, counter]) => (counter.full ? [name] : []));
}

export function cell(row: readonly string[], index: number): string {
  return index === -1 ? '' : (row[index] ?? '').trim();
}
