// `npm run security-scan`: electronegativity over the built app. The tool reads only .js, .ts and
// .html files, and the Electron bundles are .cjs: they are scanned from a temporary copy named
// .js, beside the built renderer. Findings and their answers are in README.md.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scan = mkdtempSync(join(tmpdir(), 'lae-security-scan-'));
try {
  cpSync(join(root, 'dist', 'renderer'), join(scan, 'renderer'), { recursive: true });
  for (const name of readdirSync(join(root, 'dist', 'electron'))) {
    if (name.endsWith('.cjs')) cpSync(join(root, 'dist', 'electron', name), join(scan, 'electron', name.replace(/\.cjs$/, '.js')));
  }
  const tool = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity');
  const result = spawnSync(tool, ['-i', scan, '-e', '45.5.0', '-r', '-v', 'false', ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(scan, { recursive: true, force: true });
}
