// Test support for the hostile corpus: write a case where the command line can read it, measure
// a read's time and memory, and check that a damaged file left every other file intact.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ExportInput } from '../../shared/archive/types';
import type { ExportScan } from '../../shared/scan/scanTypes';
import type { GeneratedExport } from '../../shared/sample';
import { runCli, type CliRun } from '../support/runCli';

export function zipInputOf(hostile: { readonly name: string; readonly bytes: Uint8Array }): ExportInput {
  return { kind: 'zip', name: hostile.name, bytes: hostile.bytes };
}

/** A temporary folder of the test's own, removed afterwards whatever happens. */
export async function inTempDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'lae-hostile-'));
  try {
    return await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Writes the case under its own name in a temporary folder and runs `analyze` on it. */
export function analyzeFile(hostile: { readonly name: string; readonly bytes: Uint8Array }, extraArgs: string[] = []): Promise<CliRun> {
  return inTempDir(async (dir) => {
    const path = join(dir, hostile.name);
    await writeFile(path, hostile.bytes);
    return runCli(['analyze', path, ...extraArgs]);
  });
}

export interface Measured<T> {
  readonly value: T;
  readonly ms: number;
  /** Growth of the resident set during the call (the peak is sampled every 10 ms). */
  readonly peakRssGrowthMb: number;
}

/** Time and resident-memory growth of one call; outcome checks, so the bounds are generous. */
export async function measured<T>(run: () => Promise<T>): Promise<Measured<T>> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const start = performance.now();
  try {
    const value = await run();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, ms: performance.now() - start, peakRssGrowthMb: (peak - before) / 1024 ** 2 };
  } finally {
    clearInterval(sampler);
  }
}

/** Every file of the export but the damaged one(s) was read with its true record count. */
export function expectOthersIntact(result: ExportScan, base: GeneratedExport, damaged: string | Iterable<string>): void {
  const skip = new Set(typeof damaged === 'string' ? [damaged] : damaged);
  for (const expected of base.expected.files) {
    if (skip.has(expected.path)) continue;
    const file = result.files.find((f) => f.path === expected.path);
    expect(file, expected.path).toBeDefined();
    expect(file!.status, expected.path).not.toBe('error');
    expect(file!.rows, expected.path).toBe(expected.catalogId === null ? file!.rows : expected.rows);
  }
}
