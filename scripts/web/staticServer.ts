// The local web server of `npm run web` (scripts/web/serveWeb.ts): serves the built web app
// (dist/renderer) with the headers and the Content-Security-Policy the Electron shell sends, and
// only to requests addressed to itself. The end-to-end tests and the UI benchmark start the same
// server in-process.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { APP_CSP } from '../../shared/security/contentSecurityPolicy';
import { securityHeaders } from '../../shared/security/responseHeaders';

const TYPES: Record<string, string> = {
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

export interface ExtraAnswer {
  readonly body: Buffer;
  readonly type: string;
}

export interface StaticServerOptions {
  /** Answers a path first when it returns a body (the tests hand generated exports to the page). */
  readonly extra?: (pathname: string) => Promise<ExtraAnswer | null>;
}

/**
 * Whether the request names this server as its host: `127.0.0.1:<port>` or `localhost:<port>`,
 * the port it came in on. A page on another site whose name an attacker re-points at 127.0.0.1
 * (DNS rebinding) sends its own name as Host, so it is refused and cannot read the app's files.
 */
export function addressedToUs(host: string | undefined, port: number | undefined): boolean {
  const name = host?.toLowerCase();
  return port !== undefined && (name === `127.0.0.1:${port}` || name === `localhost:${port}`);
}

/** A static file server for `root`; call `listen` on it (on 127.0.0.1). */
export function createStaticServer(root: string, { extra }: StaticServerOptions = {}): Server {
  const base = normalize(root.endsWith(sep) ? root : root + sep);
  return createServer(async (request, response) => {
    const headers = { ...securityHeaders(APP_CSP), 'Cache-Control': 'no-store' };
    const port = request.socket.localPort;
    try {
      if (!addressedToUs(request.headers.host, port)) {
        response.writeHead(403, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end(`Only http://127.0.0.1:${port}/ and http://localhost:${port}/ are served here.\n`);
        return;
      }
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
