// Bundles the Electron shell: main process, preload, parse worker and the PDF command line, each
// one self-contained CommonJS file in dist/electron/ (a packaged app ships no node_modules).
import { build } from 'esbuild';

const ENTRIES = {
  main: 'electron/main.ts',
  // Sandboxed preloads may require only 'electron': everything else must be bundled in.
  preload: 'electron/preload.ts',
  parseWorker: 'electron/parseWorker.ts',
  // The parse worker reads large files on this worker thread beside its own (Electron 17+ reads
  // worker scripts from inside app.asar).
  fileWorker: 'node/platform/fileWorker.ts',
  pdfCli: 'electron/pdfCli.ts',
};

/** `outDir` (relative to root, or absolute) is for tests; the app loads from dist/electron. */
export async function buildElectron(root, nodeCommon, outDir = 'dist/electron') {
  await Promise.all(
    Object.entries(ENTRIES).map(([name, entry]) =>
      build({
        ...nodeCommon,
        absWorkingDir: root,
        entryPoints: [entry],
        outfile: `${outDir}/${name}.cjs`,
        // Only Electron itself stays outside the bundle; nothing else may be loaded at run time.
        external: ['electron'],
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        bundle: true,
        legalComments: 'none',
      }),
    ),
  );
}
