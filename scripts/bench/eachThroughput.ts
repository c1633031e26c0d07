// Bench measure (Node): a researcher's batch, `analyze --each … --format json` over many typical
// exports (distinct seeds), as exports per second and peak memory, at a small and the full count
// (memory must stay flat as the count grows). With `--jobs` (when the command line has it),
// `--jobs 1` against `--jobs 2`.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeGeneratedExport } from './generatedExport';
import { alternateRounds, summarize, timed, type Run, type Summary } from './measure';
import { announced, ensureFile, TYPICAL_SCALE, TYPICAL_SEED } from './shapes';

const POOL_VERSION = 1;

export interface EachSettings {
  readonly exports: number;
  /** The small count memory is compared with. */
  readonly fewExports: number;
  readonly rounds: number;
}

export interface EachRun extends Summary {
  readonly jobs: number;
  readonly exports: number;
  readonly exportsPerSecond: number;
}

export interface EachResult {
  readonly jobsSupported: boolean;
  readonly settings: EachSettings;
  readonly runs: EachRun[];
}

/** Typical exports, one seed each, written once. */
async function ensurePool(outDir: string, count: number): Promise<string[]> {
  const dir = join(outDir, `each-pool-v${POOL_VERSION}`);
  mkdirSync(dir, { recursive: true });
  const exports = Array.from({ length: count }, (_, i) => ({ seed: TYPICAL_SEED + 1 + i, path: join(dir, `typical-${TYPICAL_SEED + 1 + i}.zip`) }));
  const missing = exports.filter((e) => !existsSync(e.path));
  if (missing.length > 0) {
    await announced(`${missing.length} typical exports for --each`, async () => {
      for (const { seed, path } of missing) await ensureFile(path, (partial) => writeGeneratedExport(partial, { era: 2026, scale: TYPICAL_SCALE }, seed));
    });
  }
  return exports.map((e) => e.path);
}

/** Whether the command line takes `--jobs`: its usage text says so. */
export function cliHasJobs(cli: string): boolean {
  const help = spawnSync(process.execPath, [cli, '--help'], { encoding: 'utf8' });
  return /--jobs\b/.test(`${help.stdout}${help.stderr}`);
}

export async function measureEach(cli: string, outDir: string, settings: EachSettings): Promise<EachResult> {
  const pool = await ensurePool(outDir, settings.exports);
  const jobsSupported = cliHasJobs(cli);
  const jobLevels = jobsSupported ? [1, 2] : [1];
  const counts = [settings.fewExports, settings.exports];
  const measures: Record<string, () => Run> = {};
  for (const jobs of jobLevels) {
    for (const count of counts) {
      const jobArgs = jobsSupported ? ['--jobs', String(jobs)] : [];
      measures[`jobs${jobs}x${count}`] = () => timed(process.execPath, [cli, 'analyze', '--each', ...pool.slice(0, count), '--format', 'json', ...jobArgs]);
    }
  }
  const runs = alternateRounds('--each', measures, settings.rounds);
  return {
    jobsSupported,
    settings,
    runs: jobLevels.flatMap((jobs) =>
      counts.map((count) => {
        const summary = summarize(runs[`jobs${jobs}x${count}`]!);
        return { ...summary, jobs, exports: count, exportsPerSecond: count / summary.medianSeconds };
      }),
    ),
  };
}
