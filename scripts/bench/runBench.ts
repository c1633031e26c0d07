// `npm run bench`: times the analysis of a large invented export against the floor (unzip -p),
// jszip + papaparse without analysis, and Python's zipfile + csv, alternating in several
// rounds; prints medians, ratios and peak memory, and writes them to bench/output/bench.json.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { writeLargeExport } from './largeExport';

const root = process.cwd();
const outDir = join(root, 'bench', 'output');
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const GENERATOR_VERSION = 3;

interface Run {
  seconds: number;
  rssMb: number;
}

/** Runs a command under /usr/bin/time for its peak resident memory; stdout is discarded. */
function timed(command: string, args: string[]): Run {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr.slice(-500)}`);
  const kb = Number(result.stderr.trim().split('\n').at(-1));
  return { seconds, rssMb: kb / 1024 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function ensureExport(scale: number): Promise<string> {
  const path = join(outDir, `large-v${GENERATOR_VERSION}-${scale}.zip`);
  if (!existsSync(path)) {
    process.stdout.write(`Generating the ${scale === 1 ? 'full' : 'half'}-size export (once)… `);
    await writeLargeExport(path, scale);
    process.stdout.write('done\n');
  }
  return path;
}

function uncompressedBytes(zip: string): number {
  const listing = spawnSync('unzip', ['-Zt', zip], { encoding: 'utf8' }).stdout;
  return Number(/(\d+) bytes uncompressed/.exec(listing)?.[1] ?? 0);
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const full = await ensureExport(1);
  const half = await ensureExport(0.5);
  const cli = join(root, 'dist', 'cli', 'cli.cjs');
  const baseline = join(root, 'dist', 'bench', 'baselineJszipPapaparse.cjs');
  const python = join(root, 'scripts', 'bench', 'baseline_python.py');

  const measures: Record<string, () => Run> = {
    analysis: () => timed(process.execPath, [cli, 'analyze', full, '--format', 'json']),
    unzip: () => timed('sh', ['-c', `unzip -p '${full}' > /dev/null`]),
    jszipPapaparse: () => timed(process.execPath, [baseline, full]),
    python: () => timed('python3', [python, full]),
    analysisHalf: () => timed(process.execPath, [cli, 'analyze', half, '--format', 'json']),
  };
  const runs: Record<string, Run[]> = Object.fromEntries(Object.keys(measures).map((k) => [k, []]));
  const names = Object.keys(measures);
  for (let round = 0; round < rounds; round++) {
    // Alternate the order each round so no measure always runs on a warm or a cold cache.
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) runs[name]!.push(measures[name]!());
    process.stdout.write(`round ${round + 1}/${rounds}: ${order.map((n) => `${n} ${runs[n]!.at(-1)!.seconds.toFixed(2)}s`).join(', ')}\n`);
  }

  const seconds = Object.fromEntries(names.map((n) => [n, median(runs[n]!.map((r) => r.seconds))])) as Record<string, number>;
  const peakRss = Object.fromEntries(names.map((n) => [n, Math.max(...runs[n]!.map((r) => r.rssMb))])) as Record<string, number>;
  const ratio = (a: string, b: string) => seconds[a]! / seconds[b]!;
  const targets = [
    { name: 'analysis ÷ unzip -p', value: ratio('analysis', 'unzip'), limit: 2.0 },
    { name: 'analysis ÷ Python zipfile+csv', value: ratio('analysis', 'python'), limit: 0.7 },
    { name: 'analysis ÷ jszip+papaparse', value: ratio('analysis', 'jszipPapaparse'), limit: 1.0 },
    { name: 'analysis peak RSS (MB)', value: peakRss.analysis!, limit: 300 },
    { name: 'full ÷ half-size analysis', value: ratio('analysis', 'analysisHalf'), limit: 2.1 },
  ].map((t) => ({ ...t, pass: t.value <= t.limit }));

  const result = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version },
    export: { zipMB: statSync(full).size / 1e6, uncompressedMB: uncompressedBytes(full) / 1e6, halfZipMB: statSync(half).size / 1e6 },
    rounds,
    medianSeconds: seconds,
    peakRssMb: peakRss,
    targets,
  };
  writeFileSync(join(outDir, 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);

  const lines = [
    '',
    `Export: ${result.export.uncompressedMB.toFixed(0)} MB uncompressed, ${result.export.zipMB.toFixed(0)} MB zipped; ${rounds} rounds, medians; ${result.machine.cpus} cores, Node ${process.version}.`,
    '',
    '| measure | median s | peak RSS MB |',
    '|---|---:|---:|',
    ...names.map((n) => `| ${n} | ${seconds[n]!.toFixed(2)} | ${peakRss[n]!.toFixed(0)} |`),
    '',
    '| target | value | limit | |',
    '|---|---:|---:|---|',
    ...targets.map((t) => `| ${t.name} | ${t.value.toFixed(2)} | ${t.limit} | ${t.pass ? 'met' : 'MISSED'} |`),
    '',
  ];
  process.stdout.write(lines.join('\n'));
  process.exitCode = targets.every((t) => t.pass) ? 0 : 1;
}

void main();
