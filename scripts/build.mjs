// Builds what `npm start`, `npm run web` and the command line run. Usage: node scripts/build.mjs cli|bench|bench-csv|bench-ui|electron|web|all
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { dependencyPatches } from './dependencyPatches.mjs';
import { lazyDependencies } from './lazyDependencies.mjs';
import { cachedLoader, writeCodeCache } from './codeCache.mjs';
import { asciiOutput } from './asciiOutput.mjs';
import { writeFile } from 'node:fs/promises';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = process.argv[2] ?? 'all';

const nodeCommon = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: false,
  logLevel: 'warning',
  absWorkingDir: root,
  // Loaded only when a PDF or an HTML report with charts is asked for.
  external: ['playwright-core', 'jsdom', 'electron'],
  plugins: [dependencyPatches, lazyDependencies, asciiOutput],
};

async function buildCli() {
  // The command line itself is cliMain.cjs, started by cli.cjs with V8's code cache (scripts/codeCache.mjs).
  // Its import() calls become require(): V8 does not keep the dynamic-import host a code cache was made with.
  await build({ ...nodeCommon, entryPoints: ['node/cli/bin.ts'], outfile: 'dist/cli/cliMain.cjs', supported: { 'dynamic-import': false } });
  await writeCodeCache(join(root, 'dist/cli/cliMain.cjs'));
  await writeFile(join(root, 'dist/cli/cli.cjs'), cachedLoader('cliMain.cjs'), { mode: 0o755 });
  // Large files are read on a worker thread beside the main one (node/platform/threadedExecutor.ts).
  await build({ ...nodeCommon, entryPoints: ['node/platform/fileWorker.ts'], outfile: 'dist/cli/fileWorker.cjs' });
  // `analyze --each --jobs N`: whole exports on N worker threads (node/cli/analyzeEach.ts).
  await build({ ...nodeCommon, entryPoints: ['node/cli/eachWorker.ts'], outfile: 'dist/cli/eachWorker.cjs' });
  // Charts for html and pdf reports (React, recharts in jsdom): loaded only for those formats.
  await build({ ...nodeCommon, entryPoints: ['node/cli/chartsInJsdom.ts'], outfile: 'dist/cli/reportCharts.cjs', jsx: 'automatic', define: { 'process.env.NODE_ENV': '"production"' } });
}

async function buildBench() {
  await build({ ...nodeCommon, entryPoints: ['scripts/bench/runBench.ts'], outfile: 'dist/bench/runBench.cjs' });
  await build({ ...nodeCommon, entryPoints: ['scripts/bench/baselineJszipPapaparse.ts'], outfile: 'dist/bench/baselineJszipPapaparse.cjs' });
  // The app's worker path to the verdict, with its file worker thread beside it, as in dist/electron.
  await build({ ...nodeCommon, entryPoints: ['scripts/bench/timeToVerdict.ts'], outfile: 'dist/bench/timeToVerdict.cjs' });
  await build({ ...nodeCommon, entryPoints: ['node/platform/fileWorker.ts'], outfile: 'dist/bench/fileWorker.cjs' });
  // The web build's full read, in Chromium on dist/renderer (built by buildWeb).
  await build({ ...nodeCommon, entryPoints: ['scripts/bench/webRead.ts'], outfile: 'dist/bench/webRead.cjs' });
  // Where the web build's read spends its time (a profile on every thread; not part of the bench's run).
  await build({ ...nodeCommon, entryPoints: ['scripts/bench/webProfile.ts'], outfile: 'dist/bench/webProfile.cjs' });
}

async function buildCsvBench() {
  await build({ ...nodeCommon, entryPoints: ['scripts/bench/csv/runCsvBench.ts'], outfile: 'dist/bench/runCsvBench.cjs' });
}

async function buildBenchUi() {
  await build({ ...nodeCommon, entryPoints: ['scripts/bench/ui/runUiBench.ts'], outfile: 'dist/bench/runUiBench.cjs' });
}

async function buildElectron() {
  const { buildElectron: run } = await import('./buildElectron.mjs');
  await run(root, nodeCommon);
}

async function buildWeb() {
  const { build: viteBuild } = await import('vite');
  await viteBuild({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  // The local web server of `npm run web`, beside the app it serves.
  await build({ ...nodeCommon, entryPoints: ['scripts/web/serveWeb.ts'], outfile: 'dist/web/serveWeb.cjs' });
}

const steps = { cli: [buildCli], bench: [buildCli, buildWeb, buildBench], 'bench-csv': [buildCsvBench], 'bench-ui': [buildWeb, buildBenchUi], electron: [buildElectron], web: [buildWeb], all: [buildCli, buildWeb, buildElectron] };
if (!steps[target]) {
  console.error(`Unknown build target "${target}": use cli, bench, bench-csv, bench-ui, electron, web or all.`);
  process.exit(2);
}
for (const step of steps[target]) await step();
