// 300,000 explorer items on a real scan's files: the explorer test filters and sorts them, the
// UI benchmark (scripts/bench/ui) times the same query.

import type { ExportScan } from '../../shared/scan/scanTypes';
import { packItems, type FileItems } from '../../shared/items/packedItems';
import { explorerIndex, type ExplorerIndex, type RowQuery } from '../../renderer/explorer/explorerRows';
import { packedItemStore } from '../../renderer/host/itemStore';

/**
 * `count` items of the scan's posts file, as a worker would read them from a huge export (every
 * 7th undated, words 0-96, every 13th about zebras): packed and sorted as the worker does, indexed
 * as the page does.
 */
export function manyItemsIndex(scan: ExportScan, count: number): ExplorerIndex {
  const posts = scan.files.findIndex((f) => f.catalogId === 'shares');
  const many: FileItems = {
    day: Array.from({ length: count }, (_, i) => (i % 7 === 0 ? null : 17_000 + (i % 3000))),
    words: Array.from({ length: count }, (_, i) => i % 97),
    text: Array.from({ length: count }, (_, i) => `item ${i} about ${i % 13 === 0 ? 'zebras' : 'work'}`),
  };
  return explorerIndex(scan, packedItemStore(packItems(scan.files.map((_, f) => (f === posts ? many : null)))));
}

/** The zebra items, most words first. */
export const ZEBRA_QUERY: RowQuery = { category: 'all', search: 'ZEBRAS', sort: 'words', direction: 'descending' };
