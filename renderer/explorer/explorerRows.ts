// The explorer's rows: the member's own items, filtered by category and search text and sorted
// by date or words. Works on index arrays, so 300,000 items stay quick: the sort orders come
// with the items, and filtering walks one of them once.

import type { CategoryId } from '../../shared/policy/policyModel';
import type { ExportScan } from '../../shared/scan/scanTypes';
import type { ItemStore } from '../host/itemStore';

export type SortKey = 'date' | 'words';
export type SortDirection = 'ascending' | 'descending';

export interface ExplorerIndex {
  readonly items: ItemStore;
  /** Category of each item. */
  readonly category: readonly (CategoryId | null)[];
}

export function explorerIndex(scan: ExportScan, items: ItemStore): ExplorerIndex {
  const category = Array.from({ length: items.count }, (_, i) => scan.files[items.file(i)]?.category ?? null);
  return { items, category };
}

export function categoryCounts(index: ExplorerIndex): Map<CategoryId, number> {
  const counts = new Map<CategoryId, number>();
  for (const c of index.category) if (c !== null) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

export interface RowQuery {
  readonly category: CategoryId | 'all';
  readonly search: string;
  readonly sort: SortKey;
  readonly direction: SortDirection;
}

export function searchTermsOf(search: string): string[] {
  return search.trim().split(/\s+/).filter(Boolean);
}

/** Item indexes to show, in display order. */
export function explorerRows(index: ExplorerIndex, query: RowQuery): Int32Array {
  const order = query.sort === 'date' ? index.items.byDate : index.items.byWords;
  const n = order.length;
  const terms = searchTermsOf(query.search);
  const match = terms.length > 0 ? index.items.matching(terms) : null;
  const out = new Int32Array(n);
  let count = 0;
  for (let k = 0; k < n; k++) {
    const i = order[query.direction === 'ascending' ? k : n - 1 - k]!;
    if (query.category !== 'all' && index.category[i] !== query.category) continue;
    if (match && match[i] === 0) continue;
    out[count++] = i;
  }
  return out.subarray(0, count);
}
