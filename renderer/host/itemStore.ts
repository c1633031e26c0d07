// The member's own items for the explorer: the packed items both hosts' workers make
// (shared/items/packedItems.ts), read in place, with the searches the explorer needs.

import { ITEM_SEPARATOR, itemsView, type ItemsView, type PackedItems } from '../../shared/items/packedItems';

export interface ItemStore extends ItemsView {
  /** The packed form, for the reports (they read items through ItemsView). */
  readonly packed: PackedItems;
  /** Item indexes sorted by day (undated first, ties in export order), and by words. */
  readonly byDate: Int32Array;
  readonly byWords: Int32Array;
  /** 1 for each item whose text contains every term, ignoring case. */
  matching(terms: readonly string[]): Uint8Array;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function searchTerms(terms: readonly string[]): RegExp[] {
  return terms.map((t) => t.replaceAll(ITEM_SEPARATOR, '')).filter(Boolean).map((t) => new RegExp(escapeRegExp(t), 'gi'));
}

export function packedItemStore(packed: PackedItems): ItemStore {
  const { text, offsets } = packed;
  /** The item whose excerpt holds character `at` (binary search over the offsets). */
  const itemAt = (at: number) => {
    let low = 0;
    let high = packed.count - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (offsets[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  return {
    ...itemsView(packed),
    packed,
    byDate: packed.byDate,
    byWords: packed.byWords,
    matching(terms) {
      const regexps = searchTerms(terms);
      const mask = new Uint8Array(packed.count);
      if (regexps.length === 0) return mask.fill(1);
      // One pass of the native regexp engine over all text per term; hits map back to items.
      regexps.forEach((global, t) => {
        for (let match = global.exec(text); match !== null; match = global.exec(text)) {
          const item = itemAt(match.index);
          if (mask[item] === t) mask[item] = t + 1;
          // Skip to the next item: one hit per item is enough.
          global.lastIndex = Math.max(global.lastIndex, offsets[item + 1]!);
        }
      });
      for (let i = 0; i < mask.length; i++) mask[i] = mask[i] === regexps.length ? 1 : 0;
      return mask;
    },
  };
}
