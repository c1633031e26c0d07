// Runtime: Electron main. Serves the built UI (dist/renderer) on app://app/, read-only, with the
// CSP on every response. The path check is the whole security of this handler: a request may
// name only a file inside the renderer folder.

import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { Session } from 'electron';
import { APP_HOST, APP_SCHEME } from './appScheme';
import { APP_CSP } from '../shared/security/contentSecurityPolicy';
import { securityHeaders } from '../shared/security/responseHeaders';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeFor(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** `..` or `.` as a path segment, raw or percent-encoded (`%2e%2e`, `.%2E`). */
const DOT_SEGMENT = /(^|\/)(\.|%2e){1,2}(\/|$)/i;

/**
 * The file inside `root` an app:// URL names, or null if it names anything else. Refused: another
 * scheme or host, backslashes (raw or encoded), NUL, `..` and `.` segments (raw or encoded,
 * checked before and after decoding), malformed escapes, drive letters and anything that would
 * resolve outside `root`. The directory itself maps to index.html.
 */
export function resolveAppFile(root: string, requestUrl: string): string | null {
  const prefix = `${APP_SCHEME}://${APP_HOST}/`;
  if (!requestUrl.toLowerCase().startsWith(prefix)) return null;
  // The raw path, before any parser normalizes it: query and fragment do not name files.
  const rawPath = requestUrl.slice(prefix.length).split(/[?#]/, 1)[0] ?? '';
  if (rawPath.includes('\\') || /%5c/i.test(rawPath) || /%00|\0/.test(rawPath) || DOT_SEGMENT.test(rawPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded.includes('\\') || decoded.includes('\0') || DOT_SEGMENT.test(decoded)) return null;
  if (decoded.startsWith('/') || /^[a-z]:/i.test(decoded) || decoded.includes('//')) return null;
  const base = resolve(root);
  const segments = decoded === '' || decoded.endsWith('/') ? [...decoded.split('/').filter(Boolean), 'index.html'] : decoded.split('/');
  const full = resolve(base, ...segments);
  const inside = relative(base, full);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return full;
}

function refusal(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...securityHeaders(APP_CSP), 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The response to one app:// request: the file, or 404 / 405 with the same strict headers. */
export async function serveAppFile(root: string, request: { readonly url: string; readonly method: string }): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Method not allowed');
  const file = resolveAppFile(root, request.url);
  if (file === null) return refusal(404, 'Not found');
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return refusal(404, 'Not found');
  }
  const headers = { ...securityHeaders(APP_CSP), 'Content-Type': mimeTypeFor(file), 'Cache-Control': 'no-store' };
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}

/** Serves `root` on app:// in this session. */
export function registerAppProtocol(ses: Session, root: string): void {
  ses.protocol.handle(APP_SCHEME, (request) => serveAppFile(root, request));
}
