// Runtime: any. Counts by label, keeping labels detached from the parser's chunk text.

import { detach } from '../text/detach';

export class LabelCounter {
  /** Counts live in small objects, so a repeat costs one lookup, not a lookup and a store. */
  private readonly counts = new Map<string, { count: number }>();
  private lastLabel: string | null = null;
  private lastEntry: { count: number } = { count: 0 };

  add(label: string, by = 1): void {
    // Labels often repeat row after row: a string compare is cheaper than a map lookup.
    if (label === this.lastLabel) {
      this.lastEntry.count += by;
      return;
    }
    let entry = this.counts.get(label);
    if (entry === undefined) {
      entry = { count: by };
      this.counts.set(detach(label), entry);
    } else entry.count += by;
    this.lastLabel = label;
    this.lastEntry = entry;
  }

  get size(): number {
    return this.counts.size;
  }

  get(label: string): number {
    return this.counts.get(label)?.count ?? 0;
  }

  /** Most frequent first; ties by label, so results are stable. */
  top(limit = Infinity): { label: string; count: number }[] {
    return [...this.counts]
      .map(([label, { count }]) => ({ label, count }))
      .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
      .slice(0, limit);
  }
}
