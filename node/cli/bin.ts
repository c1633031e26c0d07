// Runtime: Node. Entry point of the built command line.

import { join } from 'node:path';
import type { ChartRenderer } from './analyzeCommand';
import { main } from './cli';

// Piped into `head` or a closed pager: stop quietly, as command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/** Built separately (dist/cli/reportCharts.cjs), so React and recharts load only for html and pdf. */
const renderCharts: ChartRenderer = (analysis) => {
  // A run-time path on purpose: the bundler must not pull React and recharts into the CLI itself.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const charts = require(join(__dirname, 'reportCharts.cjs')) as typeof import('./chartsInJsdom');
  return charts.renderChartsInJsdom(analysis);
};

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(`${text}\n`),
  now: () => new Date(),
  renderCharts,
}).then((code) => {
  process.exitCode = code;
});
