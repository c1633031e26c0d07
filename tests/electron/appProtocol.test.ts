import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from 'electron';
import { registerAppProtocol, resolveAppFile, serveAppFile } from '../../electron/appProtocol';
import { APP_CSP } from '../../shared/security/contentSecurityPolicy';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'lae-protocol-'));
  root = join(base, 'dist', 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(join(root, 'assets', 'a file.svg'), '<svg/>');
  // What an escape would reach: a secret beside the renderer folder.
  await writeFile(join(base, 'dist', 'secret.txt'), 'secret');
  await writeFile(join(base, 'secret.txt'), 'secret');
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string) => serveAppFile(root, { url, method: 'GET' });

describe('app:// protocol handler', () => {
  it('serves a real file from the renderer folder with its type and the CSP', async () => {
    const response = await get('app://app/index.html');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<!doctype html><title>app</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves assets with JavaScript and CSS types (module scripts need them)', async () => {
    expect((await get('app://app/assets/index-abc.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://app/assets/index-abc.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await (await get('app://app/assets/a%20file.svg')).text()).toBe('<svg/>');
    expect((await get('app://app/index.html?x=1#top')).status).toBe(200);
    expect(await (await get('app://app/')).text()).toContain('<title>app</title>');
  });

  it('sends the strict CSP on refusals too', async () => {
    const response = await get('app://app/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
  });

  it.each([
    'app://app/../secret.txt',
    'app://app/../../secret.txt',
    'app://app/assets/../../secret.txt',
    'app://app/%2e%2e/secret.txt',
    'app://app/%2E%2E/%2e%2e/secret.txt',
    'app://app/.%2e/secret.txt',
    'app://app/%252e%252e/secret.txt',
    'app://app/..%2fsecret.txt',
    'app://app/..%2Fsecret.txt',
    'app://app/%2e%2e%2fsecret.txt',
    'app://app/..\\secret.txt',
    'app://app/..%5csecret.txt',
    'app://app/%5c..%5csecret.txt',
    'app://app//etc/passwd',
    'app://app/%2fetc%2fpasswd',
    'app://app/C:/Windows/win.ini',
    'app://app/c%3a%5cwindows%5cwin.ini',
    'app://app/index.html%00.js',
    'app://app/index.html\0',
    'app://app/%E0%A4%A',
    'app://app/./index.html',
    'app://other/index.html',
    'app://app.evil/index.html',
    'file:///etc/passwd',
    'https://app/index.html',
  ])('refuses %s', async (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('answers only GET and HEAD', async () => {
    expect((await serveAppFile(root, { url: 'app://app/index.html', method: 'POST' })).status).toBe(405);
    const head = await serveAppFile(root, { url: 'app://app/index.html', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('registers the handler for the app scheme on the given session', async () => {
    const handlers = new Map<string, (request: Request) => Promise<Response>>();
    const ses = { protocol: { handle: (scheme: string, handler: (request: Request) => Promise<Response>) => handlers.set(scheme, handler) } } as unknown as Session;
    registerAppProtocol(ses, root);
    expect([...handlers.keys()]).toEqual(['app']);
    const response = await handlers.get('app')!(new Request('app://app/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(APP_CSP);
    expect((await handlers.get('app')!(new Request('app://app/%2e%2e/secret.txt'))).status).toBe(404);
  });
});
