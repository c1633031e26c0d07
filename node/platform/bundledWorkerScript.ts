// Runtime: Node. The file worker is built next to the command line (dist/cli/fileWorker.cjs).
// Run from sources (tests), there is none, and files are read on this thread.

import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function bundledWorkerScript(): string | null {
  if (typeof __dirname === 'undefined') return null;
  const script = join(__dirname, 'fileWorker.cjs');
  return existsSync(script) ? script : null;
}
