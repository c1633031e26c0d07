// `npm run bench`: for each export shape (heavy, dominant-messages, typical, utf16-2018, crlf-2024), times the
// analysis as the command line runs it against the floor (`unzip -p`), Python's zipfile + csv
// and jszip + papaparse, the app's worker path to the verdict, and the web build's full read in
// Chromium (against the command line), alternating over rounds; then
// `--each` throughput. Prints the tables, writes every figure to bench/output/bench.json, and
// exits 1 while any of the targets is missed or not measured (a report, not a test).
//
// BENCH_SHAPES=heavy,typical picks shapes; BENCH_ROUNDS (default 5) the rounds per shape;
// BENCH_EACH_EXPORTS (default 200, 0 skips), BENCH_EACH_FEW (20), BENCH_EACH_ROUNDS (3) the batch.

import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { measureEach, type EachResult } from './eachThroughput';
import { alternateRounds, median, summarize, timed, type Run, type Summary } from './measure';
import { ensureShape, selectedShapes, shapeSize, type ExportShape, type ShapeSize } from './shapes';
import { checked, notMeasured, targetRow, type Target } from './targets';
import type { VerdictSource, VerdictTiming } from './timeToVerdict';
import type { WebReadTiming } from './webRead';

const root = process.cwd();
const outDir = join(root, 'bench', 'output');
const cli = join(root, 'dist', 'cli', 'cli.cjs');

const ANALYSIS_TO_UNZIP = 1.5;
const ANALYSIS_TO_PYTHON = 0.5;
const PEAK_RSS_MB = 300;
const VERDICT_TO_UNZIP = 1.5;
const WEB_READ_TO_CLI = 1.3;
const JOBS_SPEEDUP = 1.7;
/** "Memory flat": peak RSS at the full batch at most this many times that at the small one. */
const FLAT_MEMORY = 1.1;

const MEASURES = {
  analysis: 'analysis (`analyze --format json`)',
  verdict: 'time to verdict, app worker path',
  webRead: 'web build in Chromium: export dropped to results shown',
  unzip: '`unzip -p` (native inflate only)',
  python: 'Python zipfile + csv.DictReader',
  jszipPapaparse: 'jszip + papaparse, no analysis',
  cliStart: 'command line start and exit (`--version`), for scale',
} as const;
type MeasureId = keyof typeof MEASURES;

interface ShapeResult {
  readonly id: string;
  readonly description: string;
  readonly version: number;
  readonly size: ShapeSize;
  readonly rounds: number;
  readonly measures: Record<MeasureId, Summary>;
  readonly timeToVerdict: { readonly source: VerdictSource; readonly medianSeconds: number; readonly doneMedianSeconds: number; readonly note: string };
  /** The web build's read, in the page's clock (Chromium's start and the page's load left out). */
  readonly webRead: { readonly medianSeconds: number; readonly verdictMedianSeconds: number | null; readonly itemsMedianSeconds: number; readonly note: string };
  readonly ratios: {
    readonly analysisToUnzip: number;
    readonly analysisToPython: number;
    readonly analysisToJszipPapaparse: number;
    readonly verdictToUnzip: number;
    readonly webReadToAnalysis: number;
  };
}

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number; got "${raw}".`);
  return value;
}

function measureShape(shape: ExportShape, zip: string, rounds: number): ShapeResult {
  const node = process.execPath;
  const measures: Record<MeasureId, () => Run> = {
    analysis: () => timed(node, [cli, 'analyze', zip, '--format', 'json']),
    verdict: () => timed(node, [join(root, 'dist', 'bench', 'timeToVerdict.cjs'), zip], true),
    webRead: () => timed(node, [join(root, 'dist', 'bench', 'webRead.cjs'), zip], true),
    unzip: () => timed('sh', ['-c', 'unzip -p "$1" > /dev/null', 'sh', zip]),
    python: () => timed('python3', [join(root, 'scripts', 'bench', 'baseline_python.py'), zip]),
    jszipPapaparse: () => timed(node, [join(root, 'dist', 'bench', 'baselineJszipPapaparse.cjs'), zip]),
    cliStart: () => timed(node, [cli, '--version']),
  };
  const runs = alternateRounds(shape.id, measures, rounds) as Record<MeasureId, Run[]>;
  const summaries = Object.fromEntries(Object.entries(runs).map(([id, r]) => [id, summarize(r)])) as Record<MeasureId, Summary>;
  const timings = runs.verdict.map((r) => JSON.parse(r.stdout) as VerdictTiming);
  const source = timings[0]!.source;
  const verdictSeconds = median(timings.map((t) => t.seconds));
  const webReads = runs.webRead.map((r) => JSON.parse(r.stdout) as WebReadTiming);
  const webReadSeconds = median(webReads.map((t) => t.seconds));
  const webVerdicts = webReads.flatMap((t) => (t.verdictSeconds === null ? [] : [t.verdictSeconds]));
  const s = (id: MeasureId) => summaries[id].medianSeconds;
  return {
    id: shape.id,
    description: shape.description,
    version: shape.version,
    size: shapeSize(zip),
    rounds,
    measures: summaries,
    timeToVerdict: {
      source,
      medianSeconds: verdictSeconds,
      doneMedianSeconds: median(timings.map((t) => t.doneSeconds)),
      note: source === 'verdict-event'
        ? 'from process start to the verdict-ready event'
        : 'stand-in: the pipeline posts no verdict-ready event yet, so this is the full analysis in the app worker path (process start to done)',
    },
    webRead: {
      medianSeconds: webReadSeconds,
      verdictMedianSeconds: webVerdicts.length > 0 ? median(webVerdicts) : null,
      itemsMedianSeconds: median(webReads.map((t) => t.itemsSeconds)),
      note: 'Chromium on the built web app served by its own static server, page clock: from the export dropped on the page to the results\' headline (the verdict: to it on the reading screen; the items: to their arrival after the results)',
    },
    ratios: {
      webReadToAnalysis: webReadSeconds / s('analysis'),
      analysisToUnzip: s('analysis') / s('unzip'),
      analysisToPython: s('analysis') / s('python'),
      analysisToJszipPapaparse: s('analysis') / s('jszipPapaparse'),
      verdictToUnzip: verdictSeconds / s('unzip'),
    },
  };
}

function shapeTargets(r: ShapeResult): Target[] {
  const targets = [
    checked(r.id, 'analysis ÷ `unzip -p`', r.ratios.analysisToUnzip, 'at most', ANALYSIS_TO_UNZIP),
    checked(r.id, 'analysis ÷ Python', r.ratios.analysisToPython, 'at most', ANALYSIS_TO_PYTHON),
    checked(r.id, 'analysis peak RSS (MB)', r.measures.analysis.peakRssMb, 'at most', PEAK_RSS_MB),
  ];
  targets.push(checked(r.id, 'web build\'s full read ÷ analysis (command line)', r.ratios.webReadToAnalysis, 'at most', WEB_READ_TO_CLI));
  if (r.id === 'dominant-messages') {
    const name = 'time to verdict ÷ `unzip -p`';
    targets.push(r.timeToVerdict.source === 'verdict-event'
      ? checked(r.id, name, r.ratios.verdictToUnzip, 'at most', VERDICT_TO_UNZIP)
      : notMeasured(r.id, name, 'at most', VERDICT_TO_UNZIP, `no verdict event yet; the full analysis in the worker path takes ${r.ratios.verdictToUnzip.toFixed(2)}× in its place`));
  }
  return targets;
}

function eachTargets(each: EachResult): Target[] {
  const at = (jobs: number, exports: number) => each.runs.find((r) => r.jobs === jobs && r.exports === exports)!;
  const { exports, fewExports } = each.settings;
  const flat = (jobs: number) =>
    checked('--each', `peak RSS at ${exports} ÷ at ${fewExports} exports, --jobs ${jobs}`, at(jobs, exports).peakRssMb / at(jobs, fewExports).peakRssMb, 'at most', FLAT_MEMORY);
  if (!each.jobsSupported) {
    return [
      notMeasured('--each', `--jobs 2 ÷ --jobs 1 exports/s (${exports} exports)`, 'at least', JOBS_SPEEDUP, '--jobs not supported yet'),
      flat(1),
    ];
  }
  return [checked('--each', `--jobs 2 ÷ --jobs 1 exports/s (${exports} exports)`, at(2, exports).exportsPerSecond / at(1, exports).exportsPerSecond, 'at least', JOBS_SPEEDUP), flat(1), flat(2)];
}

function sizeTable(results: readonly ShapeResult[]): string[] {
  return [
    '| shape | zipped MB | uncompressed MB | files | largest file | its share |',
    '|---|---:|---:|---:|---|---:|',
    ...results.map((r) => `| ${r.id} | ${r.size.zipMB.toFixed(1)} | ${r.size.uncompressedMB.toFixed(1)} | ${r.size.files} | ${r.size.largestFile} (${r.size.largestMB.toFixed(1)} MB) | ${(r.size.largestShare * 100).toFixed(0)} % |`),
  ];
}

function shapeTable(r: ShapeResult): string[] {
  const unzip = r.measures.unzip.medianSeconds;
  const row = (id: MeasureId, seconds: number, label: string = MEASURES[id]) =>
    `| ${label} | ${seconds.toFixed(2)} | ${r.measures[id].peakRssMb.toFixed(0)} | ${(seconds / unzip).toFixed(2)} |`;
  const verdictLabel = r.timeToVerdict.source === 'verdict-event' ? MEASURES.verdict : `${MEASURES.verdict}: stand-in, full analysis (no verdict event yet)`;
  return [
    `${r.id}: ${r.description}; ${r.rounds} rounds, medians.`,
    '',
    '| measure | median s | peak RSS MB | ÷ `unzip -p` |',
    '|---|---:|---:|---:|',
    row('analysis', r.measures.analysis.medianSeconds),
    row('verdict', r.timeToVerdict.medianSeconds, verdictLabel),
    row('webRead', r.webRead.medianSeconds),
    ...(r.webRead.verdictMedianSeconds === null ? [] : [`| web build in Chromium: export dropped to the verdict on the reading screen | ${r.webRead.verdictMedianSeconds.toFixed(2)} | | ${(r.webRead.verdictMedianSeconds / unzip).toFixed(2)} |`]),
    `| web build in Chromium: export dropped to its items arrived (explorer, reports) | ${r.webRead.itemsMedianSeconds.toFixed(2)} | | ${(r.webRead.itemsMedianSeconds / unzip).toFixed(2)} |`,
    row('unzip', unzip),
    row('python', r.measures.python.medianSeconds),
    row('jszipPapaparse', r.measures.jszipPapaparse.medianSeconds),
    row('cliStart', r.measures.cliStart.medianSeconds),
    '',
  ];
}

function eachTable(each: EachResult): string[] {
  return [
    `--each: typical exports (one seed each), \`analyze --each … --format json\`; ${each.settings.rounds} rounds, medians.${each.jobsSupported ? '' : ' --jobs not supported yet: --jobs 1 only (the command line as it is).'}`,
    '',
    '| --jobs | exports | median s | exports/s | peak RSS MB |',
    '|---:|---:|---:|---:|---:|',
    ...each.runs.map((r) => `| ${each.jobsSupported ? r.jobs : '1 (no --jobs yet)'} | ${r.exports} | ${r.medianSeconds.toFixed(2)} | ${r.exportsPerSecond.toFixed(1)} | ${r.peakRssMb.toFixed(0)} |`),
    '',
  ];
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const shapes = selectedShapes(process.env.BENCH_SHAPES);
  const rounds = envNumber('BENCH_ROUNDS', 5);
  const eachSettings = { exports: envNumber('BENCH_EACH_EXPORTS', 200), fewExports: envNumber('BENCH_EACH_FEW', 20), rounds: envNumber('BENCH_EACH_ROUNDS', 3) };
  const started = performance.now();
  const load = loadavg()[0]!;

  const zips = new Map<string, string>();
  for (const shape of shapes) zips.set(shape.id, await ensureShape(outDir, shape));
  for (const shape of shapes) {
    const size = shapeSize(zips.get(shape.id)!);
    process.stdout.write(`${shape.id}: ${size.zipMB.toFixed(1)} MB zipped, ${size.uncompressedMB.toFixed(1)} MB uncompressed, ${size.files} files, largest ${size.largestFile} ${(size.largestShare * 100).toFixed(0)} %\n`);
  }
  const results = shapes.map((shape) => measureShape(shape, zips.get(shape.id)!, rounds));
  const each = eachSettings.exports > 0 ? await measureEach(cli, outDir, { ...eachSettings, fewExports: Math.min(eachSettings.fewExports, eachSettings.exports) }) : null;
  const targets = [...results.flatMap(shapeTargets), ...(each ? eachTargets(each) : [])];

  const report = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version, loadAverageAtStart: load },
    benchSeconds: (performance.now() - started) / 1000,
    shapes: results,
    each,
    targets,
  };
  writeFileSync(join(outDir, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);

  const lines = [
    '',
    `${report.machine.cpus} cores, Node ${process.version}, load average ${load.toFixed(2)} at the start (a shared machine: timings are noisy).`,
    '',
    ...sizeTable(results),
    '',
    ...results.flatMap(shapeTable),
    ...(each ? eachTable(each) : ['--each: skipped (BENCH_EACH_EXPORTS=0).', '']),
    '| scope | target | value | limit | |',
    '|---|---|---:|---:|---|',
    ...targets.map(targetRow),
    '',
    `Every figure: bench/output/bench.json. Bench time ${report.benchSeconds.toFixed(0)} s.`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
  process.exitCode = targets.every((t) => t.status === 'met') ? 0 : 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 2;
});
