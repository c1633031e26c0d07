// Runtime: Node. Entry point of the built command line.

import { constants } from 'node:os';
import { join } from 'node:path';
import type { ChartRenderer } from './analyzeCommand';
import { main } from './cli';
import { parseCommand } from './parseArgs';
import { removeUnfinishedOutputs, stdoutFailure } from '../platform/reportOutput';

// A write error is answered where the write is awaited (main says it in one sentence, exit 1);
// without a listener the stream's 'error' event would end the process with a stack trace.
process.stdout.on('error', () => undefined);

/** Resolves once the text is handed to the system; a closed or full standard output rejects. */
function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => (error ? reject(stdoutFailure(error)) : resolve()));
  });
}

/** Built separately (dist/cli/reportCharts.cjs), so React and recharts load only for html and pdf. */
const renderCharts: ChartRenderer = (analysis, inputs) => {
  // A run-time path on purpose: the bundler must not pull React and recharts into the CLI itself.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const charts = require(join(__dirname, 'reportCharts.cjs')) as typeof import('./chartsInJsdom');
  return charts.renderChartsInJsdom(analysis, inputs);
};

/**
 * A batch (`--each`) runs in a second Node process started with V8's single-threaded garbage
 * collector. Over 200 typical exports its helper threads otherwise took a third of the CPU
 * (--jobs 1: 28.6 s CPU and 18.6-21.7 s, against 19 s and 16.2 s; --jobs 2: 14.7 s against
 * 11.3 s); a single export gains nothing. V8 takes the flag only at start (set at run time it
 * aborts), hence the restart: about 0.1 s, once per batch.
 */
const BATCH_GC_FLAG = '--single-threaded-gc';

function isBatch(args: readonly string[]): boolean {
  try {
    const command = parseCommand(args);
    return command.kind === 'analyze' && command.each;
  } catch {
    // A usage error is said by main, in this process.
    return false;
  }
}

/** The batch in a child Node with the flag; its output, exit code and interruption are this process's. */
async function runBatchWithFlag(args: readonly string[]): Promise<void> {
  // Loaded only for a batch: node:child_process costs every start a few ms.
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [BATCH_GC_FLAG, ...process.execArgv, process.argv[1]!, ...args], { stdio: 'inherit' });
  // The child says it was stopped and removes its unfinished outputs; this process only passes the signal on.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.once('error', () => runHere(args));
  child.once('exit', (code, signal) => {
    process.exitCode = code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0);
  });
}

function runHere(args: readonly string[]): void {
  // Ctrl-C (or a kill): the threads end with the process, and no half-written report is left.
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      removeUnfinishedOutputs();
      process.stderr.write(`Stopped (${signal}): the analysis was interrupted, and no report file was left half written.\n`);
      process.exit(code);
    });
  }
  main(args, {
    stdout: writeStdout,
    stderr: (text) => process.stderr.write(`${text}\n`),
    now: () => new Date(),
    renderCharts,
  }).then((code) => {
    process.exitCode = code;
  });
}

const args = process.argv.slice(2);
if (!process.execArgv.includes(BATCH_GC_FLAG) && isBatch(args)) void runBatchWithFlag(args);
else runHere(args);
