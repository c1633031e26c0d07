// Runtime: any. When things happened: instants between two dates, denser towards the end, so an
// invented member's activity grows over the years like a real one's.

import type { SeededRandom } from './random';

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

/** One instant in [startMs, endMs], whole seconds; density rises linearly towards endMs. */
export function recentWeightedTime(rng: SeededRandom, startMs: number, endMs: number): number {
  const position = Math.sqrt(rng.next());
  const ms = startMs + (endMs - startMs) * position;
  return Math.floor(ms / 1000) * 1000;
}

/** `count` instants, newest first (the order LinkedIn lists activity in). */
export function recentWeightedTimes(rng: SeededRandom, count: number, startMs: number, endMs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(recentWeightedTime(rng, startMs, endMs));
  return times.sort((a, b) => b - a);
}

/** One instant spread evenly in [startMs, endMs], whole seconds. */
export function uniformTime(rng: SeededRandom, startMs: number, endMs: number): number {
  return Math.floor((startMs + (endMs - startMs) * rng.next()) / 1000) * 1000;
}

export function yearsBefore(ms: number, years: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear() - years, d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes());
}
