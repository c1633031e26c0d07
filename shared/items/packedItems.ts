// Runtime: any. The member's own items (posts, comments, articles, messages they sent…), packed
// once where the export is read: a few typed arrays and one string instead of hundreds of
// thousands of small objects, which a structured clone copies in milliseconds and which leave
// the receiver's garbage collector a handful of objects. The explorer and the reports read this
// one value; nothing unpacks it into arrays again.

/** One file's items, collected as its rows pass (the position of the file in the scan says which). */
export interface FileItems {
  readonly day: (number | null)[];
  readonly words: number[];
  /** The text, whole up to a cap (shared/scan/itemCollector.ts). */
  readonly text: string[];
}

/** Separates excerpts in the packed text; never part of a search term. */
export const ITEM_SEPARATOR = '\u0000';

export interface PackedItems {
  readonly count: number;
  /** Index into the scan's files. */
  readonly file: Int32Array;
  /** Days since 1970-01-01 (UTC); NaN: no date. */
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

/** Read access to the items, whatever holds them. */
export interface ItemsView {
  readonly count: number;
  file(i: number): number;
  day(i: number): number | null;
  words(i: number): number;
  text(i: number): string;
}

/**
 * Item indexes by `key` ascending, ties in index order. Integer keys within a range not much wider
 * than the count (days, words: the usual case) are counted into place in two passes, which took
 * a third of the comparison sort's time on 275,000 items (dominant-messages, Node); others are
 * sorted by comparison, to the same order.
 */
function orderBy(key: ArrayLike<number>): Int32Array {
  const count = key.length;
  let min = Infinity;
  let max = -Infinity;
  let integers = true;
  for (let i = 0; i < count; i++) {
    const k = key[i]!;
    if (k < min) min = k;
    if (k > max) max = k;
    if (!Number.isInteger(k)) integers = false;
  }
  const order = new Int32Array(count);
  if (count > 0 && integers && max - min <= 4 * count + 1024) {
    // starts[k - min]: where the first item of key k goes.
    const starts = new Int32Array(max - min + 2);
    for (let i = 0; i < count; i++) starts[key[i]! - min + 1]!++;
    for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
    for (let i = 0; i < count; i++) order[starts[key[i]! - min]!++] = i;
    return order;
  }
  for (let i = 0; i < count; i++) order[i] = i;
  return order.sort((a, b) => key[a]! - key[b]! || a - b);
}

function sortOrders(day: Float64Array, words: Int32Array): { byDate: Int32Array; byWords: Int32Array } {
  // NaN (undated) sorts first: below the earliest day.
  let earliest = Infinity;
  for (const d of day) if (d < earliest) earliest = d;
  const undated = earliest === Infinity ? 0 : earliest - 1;
  const dayKey = new Float64Array(day.length);
  for (let i = 0; i < day.length; i++) dayKey[i] = Number.isNaN(day[i]!) ? undated : day[i]!;
  return { byDate: orderBy(dayKey), byWords: orderBy(words) };
}

/** Packs every file's items (null: a file with none). */
export function packItems(perFile: readonly (FileItems | null)[]): PackedItems {
  let count = 0;
  for (const items of perFile) count += items?.day.length ?? 0;
  const file = new Int32Array(count);
  const day = new Float64Array(count);
  const words = new Int32Array(count);
  const offsets = new Int32Array(count + 1);
  const texts: string[] = new Array(count);
  let at = 0;
  let length = 0;
  perFile.forEach((items, index) => {
    if (!items) return;
    for (let i = 0; i < items.day.length; i++, at++) {
      file[at] = index;
      day[at] = items.day[i] ?? NaN;
      words[at] = items.words[i]!;
      texts[at] = items.text[i]!;
      offsets[at] = length;
      length += items.text[i]!.length + 1;
    }
  });
  offsets[count] = length;
  const { byDate, byWords } = sortOrders(day, words);
  // The last separator joined in, not appended: `join(…) + ITEM_SEPARATOR` is a rope, which the
  // first search or slice copies flat (textChunks: 0.25-0.65 s for 275,000 items in Chromium).
  if (count > 0) texts.push('');
  return {
    count,
    file,
    day,
    words,
    text: texts.join(ITEM_SEPARATOR),
    offsets,
    byDate,
    byWords,
  };
}

/** The buffers a postMessage may move instead of copying (the sender loses them). */
export function transferList(packed: PackedItems): ArrayBuffer[] {
  return [packed.file, packed.day, packed.words, packed.offsets, packed.byDate, packed.byWords].map((a) => a.buffer as ArrayBuffer);
}

export function itemsView(packed: PackedItems): ItemsView {
  const { file, day, words, text, offsets } = packed;
  return {
    count: packed.count,
    file: (i) => file[i]!,
    day: (i) => (Number.isNaN(day[i]!) ? null : day[i]!),
    words: (i) => words[i]!,
    text: (i) => text.slice(offsets[i]!, offsets[i + 1]! - 1),
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
