// `npm run web`'s server, for real on 127.0.0.1: it answers only requests addressed to itself
// (Host 127.0.0.1:<port> or localhost:<port>), so a page on another name re-pointed at 127.0.0.1
// (DNS rebinding) cannot read the app's files; and it serves nothing outside its folder.

import { request } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_CSP } from '../../shared/security/contentSecurityPolicy';
import { createStaticServer } from '../../scripts/web/staticServer';

const PAGE = '<!doctype html><title>the app</title>';

let base: string;
let server: ReturnType<typeof createStaticServer>;
let port: number;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'lae-web-'));
  await mkdir(join(base, 'renderer'));
  await writeFile(join(base, 'renderer', 'index.html'), PAGE);
  await writeFile(join(base, 'secret.txt'), 'secret beside the app');
  server = createStaticServer(join(base, 'renderer'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(base, { recursive: true, force: true });
});

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** GET `path` from the server with this Host header, whatever the client would have sent. */
function get(path: string, host: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', port, path, method: 'GET', headers: { host } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
    });
    sent.on('error', reject);
    sent.end();
  });
}

/** An HTTP/1.0 request with no Host header at all, written on a raw socket. */
function getWithoutHost(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(`GET ${path} HTTP/1.0\r\n\r\n`));
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}

describe('web server', () => {
  it('serves the app to its own names: 127.0.0.1 and localhost on its port, any case', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LocalHost:${port}`]) {
      const answer = await get('/', host);
      expect(answer.status, host).toBe(200);
      expect(answer.body).toBe(PAGE);
      expect(answer.headers['content-security-policy']).toBe(APP_CSP);
    }
  });

  it('refuses every other Host with 403 and one plain sentence, never a file', async () => {
    const forged = ['attacker.example', `attacker.example:${port}`, `127.0.0.1:${port}.attacker.example`, '127.0.0.1', 'localhost', `127.0.0.1:${port + 1}`, `[::1]:${port}`, `0.0.0.0:${port}`, `127.0.0.2:${port}`];
    for (const host of forged) {
      for (const path of ['/', '/index.html']) {
        const answer = await get(path, host);
        expect(answer.status, `Host "${host}" ${path}`).toBe(403);
        expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8');
        expect(answer.headers['content-security-policy']).toBe(APP_CSP);
        expect(answer.body).toBe(`Only http://127.0.0.1:${port}/ and http://localhost:${port}/ are served here.\n`);
      }
    }
  });

  it('refuses a request without a Host header', async () => {
    const answer = await getWithoutHost('/');
    expect(answer).toMatch(/^HTTP\/1\.[01] 403 /);
    expect(answer).not.toContain('the app');
  });

  it('serves nothing outside its folder, even to its own names', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const answer = await get(path, `127.0.0.1:${port}`);
      expect(answer.status, path).toBe(404);
      expect(answer.body).not.toContain('secret');
    }
  });
});
