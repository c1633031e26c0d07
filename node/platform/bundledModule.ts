// Runtime: Node. Modules built next to the command line (dist/cli/fileWorker.cjs, …). Run from
// sources (tests), there are none, and callers fall back to the sources.

import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function bundledModule(name: string): string | null {
  if (typeof __dirname === 'undefined') return null;
  const path = join(__dirname, name);
  return existsSync(path) ? path : null;
}
