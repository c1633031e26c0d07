// Runtime: any. Counts by label, and distinct values. Both hold at most `maxKeys` different values
// (ReadLimits.maxDistinctKeys): a crafted file with a new value on every row (a sender, a
// conversation) cannot fill the memory. Past the limit, values already held are still counted and
// `full` says that new ones were not. Labels are kept (detached from the parser's chunk text) by
// their first KEY_CHARS characters; distinct values are kept only as a 53-bit hash.

import { detach } from '../text/detach';

/** Longer than any real address, folder or sender name, and than a browser's own part of a device's description. */
export const KEY_CHARS = 128;

export function keyOf(value: string): string {
  return value.length > KEY_CHARS ? value.slice(0, KEY_CHARS) : value;
}

export class LabelCounter {
  /** Counts live in small objects, so a repeat costs one lookup, not a lookup and a store. */
  private readonly counts = new Map<string, { count: number }>();
  private lastLabel: string | null = null;
  private lastEntry: { count: number } = { count: 0 };
  /** A new label came once `maxKeys` were held. */
  full = false;

  constructor(private readonly maxKeys = Infinity) {}

  add(label: string, by = 1): void {
    // Labels often repeat row after row: a string compare is cheaper than a map lookup.
    if (label === this.lastLabel) {
      this.lastEntry.count += by;
      return;
    }
    const key = keyOf(label);
    let entry = this.counts.get(key);
    if (entry === undefined) {
      if (this.counts.size >= this.maxKeys) {
        this.full = true;
        return;
      }
      entry = { count: by };
      this.counts.set(detach(key), entry);
    } else entry.count += by;
    this.lastLabel = label;
    this.lastEntry = entry;
  }

  get size(): number {
    return this.counts.size;
  }

  get(label: string): number {
    return this.counts.get(keyOf(label))?.count ?? 0;
  }

  /** Most frequent first; ties by label, so results are stable. */
  top(limit = Infinity): { label: string; count: number }[] {
    return [...this.counts]
      .map(([label, { count }]) => ({ label, count }))
      .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
      .slice(0, limit);
  }
}

/**
 * A 53-bit hash of the whole value (cyrb53): two different conversation ids in one export share
 * one by chance less often than one in a billion.
 */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** How many different values were seen (conversation ids), up to `maxKeys`; the values are not kept. */
export class DistinctValues {
  private readonly values = new Set<number>();
  /** A new value came once `maxKeys` were held. */
  full = false;

  constructor(private readonly maxKeys = Infinity) {}

  add(value: string): void {
    const key = hash53(value);
    if (this.values.has(key)) return;
    if (this.values.size >= this.maxKeys) {
      this.full = true;
      return;
    }
    this.values.add(key);
  }

  get size(): number {
    return this.values.size;
  }

  /** The values' hashes: parts of two copies of one file merge by them, a value counted once. */
  keys(): number[] {
    return [...this.values];
  }
}
