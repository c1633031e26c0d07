// Builds the renderer (the React UI) once for both hosts: Electron loads dist/renderer from
// app://app/index.html, `npm run web` serves the same files from 127.0.0.1. Relative asset URLs
// (base './') let one build work under both origins.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const rendererRoot = fileURLToPath(new URL('./renderer', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/renderer', import.meta.url));

/**
 * scripts/build.mjs passes the project root as an inline `root`, which Vite lets win over this
 * file's; the renderer's index.html lives in renderer/, so the root is pinned again here.
 */
function pinRendererRoot(): Plugin {
  return { name: 'pin-renderer-root', config: () => ({ root: rendererRoot }) };
}

export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react(), pinRendererRoot()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // The app is read from disk, never over a network: one file per chunk is fine, and the
    // warning about large chunks (recharts) says nothing useful here.
    chunkSizeWarningLimit: 2000,
  },
  worker: { format: 'es' },
});
