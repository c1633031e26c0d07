// Test support: the command line's main(), run in-process with its output captured.

import { main } from '../../node/cli/cli';
import { renderChartsInJsdom } from '../../node/cli/chartsInJsdom';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(args: string[], now = new Date('2026-11-29T12:00:00Z')): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => (stderr += `${text}\n`),
    now: () => now,
    renderCharts: renderChartsInJsdom,
  });
  return { code, stdout, stderr };
}
