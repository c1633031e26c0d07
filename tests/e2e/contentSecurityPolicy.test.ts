// Each Content-Security-Policy is written once (shared/security/contentSecurityPolicy.ts) and is
// the same wherever it is delivered. The interface: the header `npm run web` serves and the
// header of Electron's app:// handler are the same string, APP_CSP; the <meta> the build wrote
// into dist/renderer/index.html is APP_META_CSP, which this test checks is that string minus the
// directives a meta tag cannot carry (the module's HEADER_ONLY_DIRECTIVES: here
// `frame-ancestors`). The report: its <meta> and the PDF window's header, likewise.
// Chromium enforces the policy the page is served with.

import type { AddressInfo } from 'node:net';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { APP_CSP, APP_META_CSP, HEADER_ONLY_DIRECTIVES, REPORT_CSP, REPORT_META_CSP } from '../../shared/security/contentSecurityPolicy';
import { generateExport, zipExport } from '../../shared/sample';
import { serveAppFile } from '../../electron/appProtocol';
import { reportUrl, serveReport } from '../../electron/renderPdf';
import { createStaticServer } from '../../scripts/web/staticServer';
import { runCli } from '../support/runCli';
import { E2E_OUTPUT } from '../support/e2eExports';
import { openApp, startSession, type E2eSession } from '../support/e2eBrowser';

// renderPdf.ts prints through Electron, which these checks never reach: only its report
// handler runs here.
vi.mock('electron', () => ({}));

const DIST = join(process.cwd(), 'dist', 'renderer');

/** A policy's directives, by name, in order, as the browser splits them. */
function directives(policy: string): [string, string][] {
  return policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => [d.split(/\s+/, 1)[0]!, d]);
}

/** The CSP <meta> of an HTML document, as a browser reads the attribute. */
function metaPolicyOf(html: string): string | null {
  const metas = new JSDOM(html).window.document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]');
  expect(metas).toHaveLength(1);
  return metas[0]!.getAttribute('content');
}

/** The meta policy is the header's directives, in order, minus exactly the ones a meta cannot carry. */
function expectHeaderMinusHeaderOnly(meta: string, header: string, dropped: string[]): void {
  const inHeader = directives(header);
  expect(inHeader.map(([name]) => name).filter((name) => HEADER_ONLY_DIRECTIVES.includes(name))).toEqual(dropped);
  expect(directives(meta)).toEqual(inHeader.filter(([name]) => !dropped.includes(name)));
}

describe('the interface\'s policy', () => {
  let server: ReturnType<typeof createStaticServer>;
  let origin: string;

  beforeAll(async () => {
    server = createStaticServer(DIST);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  test('the web server\'s header, Electron\'s header and the built page\'s meta are one policy', async () => {
    const served = await fetch(`${origin}/`);
    expect(served.status).toBe(200);
    const servedHtml = await served.text();
    const electron = await serveAppFile(DIST, { url: 'app://app/index.html', method: 'GET' });
    expect(electron.status).toBe(200);
    const builtHtml = await readFile(join(DIST, 'index.html'), 'utf8');
    expect(servedHtml).toBe(builtHtml);
    expect(await electron.text()).toBe(builtHtml);

    // The same string, from the one module.
    expect(served.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(electron.headers.get('content-security-policy')).toBe(APP_CSP);
    // The other headers that go with it are the same too.
    for (const name of ['x-content-type-options', 'cross-origin-opener-policy', 'cross-origin-resource-policy', 'referrer-policy']) {
      expect(served.headers.get(name), name).toBe(electron.headers.get(name));
    }

    // The meta is generated, not copied: the header minus `frame-ancestors`.
    const meta = metaPolicyOf(builtHtml)!;
    expect(meta).toBe(APP_META_CSP);
    expectHeaderMinusHeaderOnly(meta, APP_CSP, ['frame-ancestors']);
    expect(await readFile(join(process.cwd(), 'renderer', 'index.html'), 'utf8')).not.toMatch(/http-equiv="Content-Security-Policy"/);
  });

  describe('in Chromium', () => {
    let session: E2eSession;
    beforeAll(async () => {
      session = await startSession();
    });
    afterAll(async () => {
      await session?.close();
    });

    test('the page runs under the policy: no inline script, no code from strings', async () => {
      const app = await openApp(session);
      const outcome = await app.page.evaluate(async () => {
        const w = window as unknown as { __inlineRan?: boolean; __stringRan?: boolean };
        const violations: string[] = [];
        document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective} ${event.blockedURI}`));
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true';
        document.head.append(script);
        // A string handed to setTimeout is compiled like eval (jszip's setImmediate polyfill would).
        (setTimeout as unknown as (code: string, ms: number) => number)('window.__stringRan = true', 0);
        await new Promise((resolve) => setTimeout(resolve, 100));
        return { inlineRan: w.__inlineRan === true, stringRan: w.__stringRan === true, violations: violations.sort() };
      });
      // Each refusal is reported twice: both policies are in force, the header's and the meta's.
      expect(outcome).toEqual({ inlineRan: false, stringRan: false, violations: ['script-src eval', 'script-src eval', 'script-src-elem inline', 'script-src-elem inline'] });
      await app.context.close();
    });
  });
});

describe('the report\'s policy', () => {
  test('the HTML report\'s meta is the PDF window\'s header minus `frame-ancestors`', async () => {
    const exp = generateExport({ era: 2026 });
    await mkdir(E2E_OUTPUT, { recursive: true });
    const zipPath = join(E2E_OUTPUT, `csp-${exp.name}`);
    await writeFile(zipPath, await zipExport(exp));
    const run = await runCli(['analyze', zipPath, '--format', 'html']);
    expect(run.code, run.stderr).toBe(0);
    const meta = metaPolicyOf(run.stdout)!;
    expect(meta).toBe(REPORT_META_CSP);

    const id = '123e4567-e89b-12d3-a456-426614174000';
    const printed = serveReport(reportUrl(id), new Map([[id, run.stdout]]));
    expect(await printed.text()).toBe(run.stdout);
    expect(printed.headers.get('content-security-policy')).toBe(REPORT_CSP);
    expectHeaderMinusHeaderOnly(meta, REPORT_CSP, ['frame-ancestors']);
  });
});
