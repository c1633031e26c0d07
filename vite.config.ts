// Builds the renderer (the React UI) once for both hosts: Electron loads dist/renderer from
// app://app/index.html, `npm run web` serves the same files from 127.0.0.1. Relative asset URLs
// (base './') let one build work under both origins.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
// `.js` so that Vite's config loader (bundled today, Node's own later) finds this TypeScript module.
import { APP_META_CSP } from './shared/security/contentSecurityPolicy.js';

const rendererRoot = fileURLToPath(new URL('./renderer', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/renderer', import.meta.url));

/**
 * scripts/build.mjs passes the project root as an inline `root`, which Vite lets win over this
 * file's; the renderer's index.html lives in renderer/, so the root is pinned again here.
 */
function pinRendererRoot(): Plugin {
  return { name: 'pin-renderer-root', config: () => ({ root: rendererRoot }) };
}

/** Where renderer/index.html wants the policy's <meta>: after the charset, before anything it governs. */
const CSP_META_MARKER = '<!-- Content-Security-Policy <meta>: written here by the build (vite.config.ts) -->';

/**
 * The built index.html's Content-Security-Policy <meta>, generated from the one policy
 * (shared/security/contentSecurityPolicy.ts): the header's directives minus those a meta tag
 * cannot carry. A build without the marker fails rather than ship a page without its policy.
 * Build only: Vite's dev server needs inline scripts the policy forbids.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml(html) {
      if (!html.includes(CSP_META_MARKER)) throw new Error(`renderer/index.html has lost the line ${CSP_META_MARKER}`);
      const content = APP_META_CSP.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
      return html.replace(CSP_META_MARKER, `<meta http-equiv="Content-Security-Policy" content="${content}" />`);
    },
  };
}

export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react(), pinRendererRoot(), contentSecurityPolicyMeta()],
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
