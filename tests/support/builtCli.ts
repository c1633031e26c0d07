// Test support: the command line as a member runs it, built (dist/cli/cli.cjs) and run in a child
// process, optionally under /usr/bin/time for its peak resident memory.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'vitest';

export const BUILT_CLI = join(process.cwd(), 'dist', 'cli', 'cli.cjs');

/** Builds the command line (esbuild, a second or two); for a beforeAll. */
export function buildCli(): void {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', 'cli'], { encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
}

export interface MeasuredRun {
  readonly status: number | null;
  readonly stdout: string;
  /** What the command line said on stderr, line by line (the memory figure taken off). */
  readonly stderrLines: readonly string[];
  readonly peakMb: number;
}

/** Runs the built command line under /usr/bin/time: its peak resident memory in MB. */
export function runMeasured(args: readonly string[], timeoutMs = 30_000): MeasuredRun {
  const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, BUILT_CLI, ...args], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 28 });
  const lines = run.stderr.trim().split('\n');
  return { status: run.status, stdout: run.stdout, stderrLines: lines.slice(0, -1), peakMb: Number(lines.at(-1)) / 1024 };
}
