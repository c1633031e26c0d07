// The member's own items for the explorer, behind one read-only interface. Electron (and tests)
// hand them over as the scan's arrays; the browser worker packs them into a few typed arrays
// and one string, which cross to the page in milliseconds and leave the page's garbage
// collector a handful of objects instead of hundreds of thousands.

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

/** Separates excerpts in the packed text; never part of a search term. */
const SEPARATOR = '\u0000';

export interface PackedItems {
  readonly count: number;
  readonly file: Int32Array;
  /** NaN: no date. */
  readonly day: Float64Array;
  readonly words: Int32Array;
  /** Every excerpt followed by SEPARATOR. */
  readonly text: string;
  /** Start of each excerpt in `text`; `offsets[count]` is text.length. */
  readonly offsets: Int32Array;
  readonly byDate: Int32Array;
  readonly byWords: Int32Array;
}

function sortOrders(count: number, day: (i: number) => number, words: (i: number) => number): { byDate: Int32Array; byWords: Int32Array } {
  const order = () => Int32Array.from({ length: count }, (_, i) => i);
  const days = Float64Array.from({ length: count }, (_, i) => day(i));
  const counts = Int32Array.from({ length: count }, (_, i) => words(i));
  return {
    byDate: order().sort((a, b) => days[a]! - days[b]! || a - b),
    byWords: order().sort((a, b) => counts[a]! - counts[b]! || a - b),
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function searchTerms(terms: readonly string[]): RegExp[] {
  return terms.map((t) => t.replaceAll(SEPARATOR, '')).filter(Boolean).map((t) => new RegExp(escapeRegExp(t), 'i'));
}

/** Characters per message when the text crosses to the page: each is unpacked in a few ms. */
export const TEXT_CHUNK_CHARS = 1 << 20;

/** The packed text in pieces, cut between excerpts, for separate messages. */
export function textChunks(text: string, chunkChars = TEXT_CHUNK_CHARS): string[] {
  const chunks: string[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + chunkChars);
    const separator = text.indexOf(SEPARATOR, end - 1);
    end = separator === -1 ? text.length : separator + 1;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}

/** Packs the scan's items (in the worker) for a cheap trip to the page. */
export function packItems(items: ItemIndex): { packed: PackedItems; transfer: ArrayBuffer[] } {
  const count = items.file.length;
  const offsets = new Int32Array(count + 1);
  let length = 0;
  for (let i = 0; i < count; i++) {
    offsets[i] = length;
    length += items.text[i]!.length + 1;
  }
  offsets[count] = length;
  const day = Float64Array.from(items.day, (d) => (d === null ? NaN : d));
  const { byDate, byWords } = sortOrders(count, (i) => items.day[i] ?? -Infinity, (i) => items.words[i]!);
  const packed: PackedItems = {
    count,
    file: Int32Array.from(items.file),
    day,
    words: Int32Array.from(items.words),
    text: items.text.join(SEPARATOR) + (count > 0 ? SEPARATOR : ''),
    offsets,
    byDate,
    byWords,
  };
  const transfer = [packed.file, packed.day, packed.words, packed.offsets, packed.byDate, packed.byWords].map((a) => a.buffer as ArrayBuffer);
  return { packed, transfer };
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
  const index = items ?? { file: [], day: [], words: [], text: [] };
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
