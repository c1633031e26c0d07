// The member's own items for the explorer, behind one read-only interface. Both hosts' workers
// pack them (shared/items/packedItems.ts) into a few typed arrays and one string, which cross to
// the page in milliseconds; tests may hand over the scan's arrays as they are.

import { EMPTY_ITEM_INDEX, ITEM_SEPARATOR, sortOrders, type PackedItems } from '../../shared/items/packedItems';
import type { ItemIndex } from '../../shared/scan/scanTypes';

export interface ItemStore {
  readonly count: number;
  file(i: number): number;
  day(i: number): number | null;
  words(i: number): number;
  text(i: number): string;
  /** Item indexes sorted by day (undated first, ties in export order), and by words. */
  readonly byDate: Int32Array;
  readonly byWords: Int32Array;
  /** 1 for each item whose text contains every term, ignoring case. */
  matching(terms: readonly string[]): Uint8Array;
  /** The scan's column-wise form again (for reports); built on demand. */
  toItemIndex(): ItemIndex;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function searchTerms(terms: readonly string[]): RegExp[] {
  return terms.map((t) => t.replaceAll(ITEM_SEPARATOR, '')).filter(Boolean).map((t) => new RegExp(escapeRegExp(t), 'i'));
}

export function packedItemStore(packed: PackedItems): ItemStore {
  const { file, day, words, text, offsets } = packed;
  const textOf = (i: number) => text.slice(offsets[i]!, offsets[i + 1]! - 1);
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
    count: packed.count,
    file: (i) => file[i]!,
    day: (i) => (Number.isNaN(day[i]!) ? null : day[i]!),
    words: (i) => words[i]!,
    text: textOf,
    byDate: packed.byDate,
    byWords: packed.byWords,
    matching(terms) {
      const regexps = searchTerms(terms);
      const mask = new Uint8Array(packed.count);
      if (regexps.length === 0) return mask.fill(1);
      // One pass of the native regexp engine over all text per term; hits map back to items.
      regexps.forEach((term, t) => {
        const global = new RegExp(term.source, 'gi');
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
    toItemIndex() {
      return {
        file: Array.from(file),
        day: Array.from(day, (d) => (Number.isNaN(d) ? null : d)),
        words: Array.from(words),
        text: Array.from({ length: packed.count }, (_, i) => textOf(i)),
      };
    },
  };
}

export function arrayItemStore(items: ItemIndex | null): ItemStore {
  const index = items ?? EMPTY_ITEM_INDEX;
  const count = index.file.length;
  let orders: { byDate: Int32Array; byWords: Int32Array } | null = null;
  const sorted = () => (orders ??= sortOrders(count, (i) => index.day[i] ?? -Infinity, (i) => index.words[i]!));
  return {
    count,
    file: (i) => index.file[i]!,
    day: (i) => index.day[i] ?? null,
    words: (i) => index.words[i]!,
    text: (i) => index.text[i]!,
    get byDate() {
      return sorted().byDate;
    },
    get byWords() {
      return sorted().byWords;
    },
    matching(terms) {
      const regexps = searchTerms(terms);
      return Uint8Array.from({ length: count }, (_, i) => (regexps.every((re) => re.test(index.text[i]!)) ? 1 : 0));
    },
    toItemIndex: () => index,
  };
}
