// Serves the built web app (dist/renderer) on 127.0.0.1 only, with the same Content Security
// Policy the Electron shell sends. Usage: node scripts/serveWeb.mjs  (PORT=5173 by default)
// The end-to-end tests start the same server in-process (createStaticServer).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; worker-src 'self' blob:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.zip': 'application/zip',
};

/**
 * A static file server for `root`. `extra(pathname)` may answer a path first (the tests use it
 * to hand generated exports to the page); it returns {body, type} or null.
 */
export function createStaticServer(root, { extra } = {}) {
  const base = normalize(root.endsWith(sep) ? root : root + sep);
  return createServer(async (request, response) => {
    const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, headers).end();
        return;
      }
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const answered = extra ? await extra(pathname) : null;
      if (answered) {
        response.writeHead(200, { ...headers, 'Content-Type': answered.type }).end(answered.body);
        return;
      }
      const file = normalize(join(base, pathname === '/' ? 'index.html' : pathname));
      if (!file.startsWith(base) || !(await stat(file).catch(() => null))?.isFile()) {
        response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      const body = await readFile(file);
      response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(500, headers).end();
    }
  });
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1]);
if (isMain) {
  const root = fileURLToPath(new URL('../dist/renderer/', import.meta.url));
  if (!(await stat(join(root, 'index.html')).catch(() => null))) {
    console.error('dist/renderer is not built yet: run "npm run web" (it builds first).');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 5173);
  const server = createStaticServer(root);
  server.on('error', (error) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${port} is in use: set PORT to another one, e.g. PORT=5174 npm run web.` : String(error));
    process.exit(1);
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`LinkedIn AI exposure is running at http://127.0.0.1:${port}/ (Ctrl+C to stop). Nothing leaves this computer.`);
  });
}
