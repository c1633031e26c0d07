// Runtime: any. Counts by label, keeping labels detached from the parser's chunk text.

import { detach } from '../text/detach';

export class LabelCounter {
  private readonly counts = new Map<string, number>();

  add(label: string, by = 1): void {
    const current = this.counts.get(label);
    if (current === undefined) this.counts.set(detach(label), by);
    else this.counts.set(label, current + by);
  }

  get size(): number {
    return this.counts.size;
  }

  get(label: string): number {
    return this.counts.get(label) ?? 0;
  }

  /** Most frequent first; ties by label, so results are stable. */
  top(limit = Infinity): { label: string; count: number }[] {
    return [...this.counts]
      .map(([label, count]) => ({ label, count }))
      .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0))
      .slice(0, limit);
  }
}
