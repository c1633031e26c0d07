// Runtime: Node. Entry point of the built command line.

import { join } from 'node:path';
import type { ChartRenderer } from './analyzeCommand';
import { main } from './cli';
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

// Ctrl-C (or a kill): the threads end with the process, and no half-written report is left.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    removeUnfinishedOutputs();
    process.stderr.write(`Stopped (${signal}): the analysis was interrupted, and no report file was left half written.\n`);
    process.exit(code);
  });
}

main(process.argv.slice(2), {
  stdout: writeStdout,
  stderr: (text) => process.stderr.write(`${text}\n`),
  now: () => new Date(),
  renderCharts,
}).then((code) => {
  process.exitCode = code;
});
