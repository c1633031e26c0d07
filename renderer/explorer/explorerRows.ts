// The explorer's rows: the member's own items, filtered by category, exposure class and search
// text and sorted by date or words. Works on index arrays, so 300,000 items stay quick: the sort
// orders come with the items, each item's class is worked out once per settings change, and
// filtering walks one sort order once.

import { classifyItem, dayClassifier, type ExposureClass, type ExposureFrame, type ItemExposure } from '../../shared/analysis/exposure';
import { catalogEntryById, type CatalogEntry } from '../../shared/catalog/fileCatalog';
import type { CategoryId, DataKind } from '../../shared/policy/policyModel';
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

export const EXPOSURE_CLASSES: readonly ExposureClass[] = ['exposed', 'possibly-exposed', 'not-exposed'];

/** Each item's exposure under the current settings, by the shared rule (as the overview counts). */
export function itemExposures(scan: ExportScan, index: ExplorerIndex, frame: ExposureFrame): ItemExposure[] {
  const classifiers = new Map<DataKind, (day: number) => ItemExposure>();
  const undated = new Map<DataKind, ItemExposure>();
  const entries = new Map<number, CatalogEntry>();
  const { items } = index;
  return Array.from({ length: items.count }, (_, i) => {
    const file = items.file(i);
    let entry = entries.get(file);
    if (!entry) entries.set(file, (entry = catalogEntryById(scan.files[file]!.catalogId!)));
    const kind = entry.dataKind;
    // Real-world dates (a position's "Started On") say nothing about when it was on the account.
    const day = entry.dateMeaning === 'real-world' ? null : items.day(i);
    if (day === null) {
      let result = undated.get(kind);
      if (!result) undated.set(kind, (result = classifyItem(null, kind, frame)));
      return result;
    }
    let classify = classifiers.get(kind);
    if (!classify) classifiers.set(kind, (classify = dayClassifier(kind, frame)));
    return classify(day);
  });
}

export function classCounts(exposures: readonly ItemExposure[], index: ExplorerIndex, category: CategoryId | 'all'): Record<ExposureClass, number> {
  const counts: Record<ExposureClass, number> = { exposed: 0, 'possibly-exposed': 0, 'not-exposed': 0 };
  exposures.forEach((e, i) => {
    if (category === 'all' || index.category[i] === category) counts[e.cls]++;
  });
  return counts;
}

export interface RowQuery {
  readonly category: CategoryId | 'all';
  readonly exposure?: ExposureClass | 'all';
  /** Each item's exposure (itemExposures); needed when `exposure` is a class. */
  readonly exposures?: readonly ItemExposure[];
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
    if (query.exposure && query.exposure !== 'all' && query.exposures?.[i]?.cls !== query.exposure) continue;
    out[count++] = i;
  }
  return out.subarray(0, count);
}
