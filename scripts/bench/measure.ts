// Bench support (Node): one timed run of a command (wall time, and peak resident memory from
// GNU time), medians, and rounds that alternate the order of the measures.

import { spawnSync } from 'node:child_process';

export interface Run {
  readonly seconds: number;
  readonly rssMb: number;
  /** What the command printed, when asked for (else discarded). */
  readonly stdout: string;
}

/** Runs a command under /usr/bin/time for its peak resident memory (of the largest process). */
export function timed(command: string, args: readonly string[], keepStdout = false): Run {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], {
    stdio: ['ignore', keepStdout ? 'pipe' : 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.slice(0, 4).join(' ')}… failed (${result.status}): ${result.stderr.slice(-500)}`);
  const kb = Number(result.stderr.trim().split('\n').at(-1));
  return { seconds, rssMb: kb / 1024, stdout: keepStdout ? result.stdout : '' };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Runs every measure once per round, the order reversed every other round so no measure always
 * runs on a warm or a cold cache; prints each round. Returns each measure's runs.
 */
export function alternateRounds(label: string, measures: Record<string, () => Run>, rounds: number): Record<string, Run[]> {
  const names = Object.keys(measures);
  const runs: Record<string, Run[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) runs[name]!.push(measures[name]!());
    process.stdout.write(`${label} round ${round + 1}/${rounds}: ${order.map((n) => `${n} ${runs[n]!.at(-1)!.seconds.toFixed(2)}s`).join(', ')}\n`);
  }
  return runs;
}

export interface Summary {
  readonly medianSeconds: number;
  readonly peakRssMb: number;
  readonly seconds: readonly number[];
}

export function summarize(runs: readonly Run[]): Summary {
  return { medianSeconds: median(runs.map((r) => r.seconds)), peakRssMb: Math.max(...runs.map((r) => r.rssMb)), seconds: runs.map((r) => r.seconds) };
}
