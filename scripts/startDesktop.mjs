// `npm start`: makes sure Electron's binary is there before anything else, then builds and opens
// the desktop app. Electron's package fetches its binary on first use and, when that fails (no
// connection), prints a stack trace; here the fetch runs with its output captured and a failure
// is one sentence pointing to `npm run web`, exit status 1.
// Usage: node scripts/startDesktop.mjs [paths of exports to open…]
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const WEB_HINT = '`npm run web` opens the same interface in your browser';
/** A download that takes longer than this gets a line saying so (a fast failure prints nothing). */
const DOWNLOAD_NOTICE_MS = 3000;

/** Electron's own rule (its index.js) for where the binary is, without fetching anything. */
export function electronBinary(env = process.env, electronDir = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'))) {
  const pathFile = join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : null;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH || null;
  const path = override ? join(override, relative || 'electron') : relative ? join(electronDir, 'dist', relative) : null;
  return { electronDir, override, path, present: path !== null && existsSync(path) };
}

/** Runs Electron's installer with its output kept; resolves to its first error line, or null on success. */
function fetchElectron(electronDir) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(electronDir, 'install.js')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const notice = setTimeout(() => console.log("Downloading Electron's binary (once)…"), DOWNLOAD_NOTICE_MS);
    const done = (ok) => {
      clearTimeout(notice);
      const reason = output.split('\n').find((line) => /error/i.test(line)) ?? output.trim().split('\n')[0] ?? '';
      resolve(ok ? null : reason.replace(/^\w*Error:\s*/, '').trim().slice(0, 120) || 'the installer failed');
    };
    child.on('error', () => done(false));
    child.on('close', (code) => done(code === 0));
  });
}

function run(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit', cwd: root });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main() {
  let binary = electronBinary();
  if (!binary.present && binary.override) {
    console.error(`The desktop app cannot start: ELECTRON_OVERRIDE_DIST_PATH (${binary.override}) holds no Electron binary; ${WEB_HINT}.`);
    return 1;
  }
  if (!binary.present) {
    const failure = await fetchElectron(binary.electronDir);
    binary = electronBinary();
    if (failure !== null || !binary.present) {
      console.error(`The desktop app cannot start: Electron's binary is not installed and could not be downloaded (${failure ?? 'nothing was installed'}: are you offline?); ${WEB_HINT}.`);
      return 1;
    }
  }
  const built = await run([join(root, 'scripts', 'build.mjs'), 'all']);
  if (built !== 0) return built;
  // Electron's own launcher: it forwards signals and the exit status.
  return run([join(binary.electronDir, 'cli.js'), '.', ...process.argv.slice(2)]);
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1]);
if (isMain) process.exitCode = await main();
