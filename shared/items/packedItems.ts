// Runtime: any. The member's items packed for a cheap trip between processes or threads: a few
// typed arrays and one string instead of hundreds of thousands of small objects, which a
// structured clone copies in milliseconds and which leave the receiver's garbage collector a
// handful of objects. Made where the export is read (the browser's worker, Electron's parse
// worker), with the sort orders the explorer needs, so the page only reads them.

import type { ItemIndex } from '../scan/scanTypes';

/** Separates excerpts in the packed text; never part of a search term. */
export const ITEM_SEPARATOR = '\u0000';

export interface PackedItems {
  readonly count: number;
  readonly file: Int32Array;
  /** NaN: no date. */
  readonly day: Float64Array;
  readonly words: Int32Array;
  /** Every excerpt followed by ITEM_SEPARATOR. */
  readonly text: string;
  /** Start of each excerpt in `text`; `offsets[count]` is text.length. */
  readonly offsets: Int32Array;
  /** Item indexes sorted by day (undated first, ties in export order), and by words. */
  readonly byDate: Int32Array;
  readonly byWords: Int32Array;
}

export const EMPTY_ITEM_INDEX: ItemIndex = { file: [], day: [], words: [], text: [] };

export function sortOrders(count: number, day: (i: number) => number, words: (i: number) => number): { byDate: Int32Array; byWords: Int32Array } {
  const order = () => Int32Array.from({ length: count }, (_, i) => i);
  const days = Float64Array.from({ length: count }, (_, i) => day(i));
  const counts = Int32Array.from({ length: count }, (_, i) => words(i));
  return {
    byDate: order().sort((a, b) => days[a]! - days[b]! || a - b),
    byWords: order().sort((a, b) => counts[a]! - counts[b]! || a - b),
  };
}

/** Characters per message when the text crosses to the page in pieces: each is unpacked in a few ms. */
export const TEXT_CHUNK_CHARS = 1 << 20;

/** The packed text in pieces, cut between excerpts, for separate messages. */
export function textChunks(text: string, chunkChars = TEXT_CHUNK_CHARS): string[] {
  const chunks: string[] = [];
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + chunkChars);
    const separator = text.indexOf(ITEM_SEPARATOR, end - 1);
    end = separator === -1 ? text.length : separator + 1;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}

/** Packs the scan's items; `transfer` lists the buffers a postMessage may move instead of copy. */
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
    text: items.text.join(ITEM_SEPARATOR) + (count > 0 ? ITEM_SEPARATOR : ''),
    offsets,
    byDate,
    byWords,
  };
  const transfer = [packed.file, packed.day, packed.words, packed.offsets, packed.byDate, packed.byWords].map((a) => a.buffer as ArrayBuffer);
  return { packed, transfer };
}
