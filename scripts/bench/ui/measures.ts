// The UI benchmark's figures: each measure is taken once per round, summarised by its median
// (what the limit is judged on) and its worst, printed as a table and written as JSON.

import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname } from 'node:path';

export interface Limit {
  readonly value: number;
  /** `<` when true, `≤` otherwise. */
  readonly strict: boolean;
}

export const atMost = (value: number): Limit => ({ value, strict: false });
export const below = (value: number): Limit => ({ value, strict: true });

export interface MeasureSpec {
  readonly group: string;
  readonly name: string;
  readonly unit: 'ms';
  /** null: recorded for information, judged against nothing. */
  readonly limit: Limit | null;
}

export interface MeasureResult extends MeasureSpec {
  readonly runs: readonly number[];
  readonly median: number;
  readonly worst: number;
  /** null when there is no limit. */
  readonly met: boolean | null;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The value at `fraction` of the sorted values (0.95: the 95th percentile). */
export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

const limitText = (limit: Limit | null) => (limit ? `${limit.strict ? '<' : '≤'} ${limit.value}` : '');

/** Collects runs per measure, in the order the measures were declared. */
export class Recorder {
  private readonly specs = new Map<string, MeasureSpec>();
  private readonly runs = new Map<string, number[]>();

  record(spec: MeasureSpec, value: number): void {
    const key = `${spec.group}\u0000${spec.name}`;
    if (!this.specs.has(key)) {
      this.specs.set(key, spec);
      this.runs.set(key, []);
    }
    // A tenth of a millisecond is finer than any of these clocks is steady.
    this.runs.get(key)!.push(Math.round(value * 10) / 10);
  }

  results(): MeasureResult[] {
    return [...this.specs].map(([key, spec]) => {
      const runs = this.runs.get(key)!;
      const mid = median(runs);
      const met = spec.limit === null ? null : spec.limit.strict ? mid < spec.limit.value : mid <= spec.limit.value;
      return { ...spec, runs, median: mid, worst: Math.max(...runs), met };
    });
  }
}

export function table(results: readonly MeasureResult[]): string {
  const round = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
  return [
    '| group | measure | median | worst | limit | |',
    '|---|---|---:|---:|---:|---|',
    ...results.map((r) => `| ${r.group} | ${r.name} (${r.unit}) | ${round(r.median)} | ${round(r.worst)} | ${limitText(r.limit)} | ${r.met === null ? '' : r.met ? 'met' : 'MISSED'} |`),
  ].join('\n');
}

export function writeResults(path: string, rounds: number, results: readonly MeasureResult[]): void {
  const report = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version },
    rounds,
    measures: results.map((r) => ({ ...r, limit: r.limit ? limitText(r.limit) : null })),
  };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
}
