// The PDF printer with a stand-in Electron: which window it opens, from where it serves the HTML,
// what it asks Chromium to print, and that the window and document are gone afterwards.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { REPORT_CSP } from '../../shared/security/contentSecurityPolicy';
import { parsePdfCliArgs } from '../../electron/pdfCliArgs';

const fake = vi.hoisted(() => {
  type Handler = (request: Request) => Response | Promise<Response>;
  const state = {
    partitions: [] as { name: string; options: unknown }[],
    handlers: new Map<string, Handler>(),
    windows: [] as { options: Record<string, unknown>; loaded: string[]; destroyed: boolean; printed: unknown[]; served: string[] }[],
    printResult: Buffer.from('%PDF-1.7 fake'),
    printError: null as Error | null,
    sessionHardening: [] as string[],
  };
  const ses = {
    protocol: { handle: (scheme: string, handler: Handler) => state.handlers.set(scheme, handler) },
    webRequest: { onBeforeRequest: () => state.sessionHardening.push('network') },
    setPermissionRequestHandler: () => state.sessionHardening.push('permissions'),
    setPermissionCheckHandler: () => undefined,
    setDevicePermissionHandler: () => undefined,
    setDisplayMediaRequestHandler: () => undefined,
    setUSBProtectedClassesHandler: () => undefined,
    setBluetoothPairingHandler: () => undefined,
    setSpellCheckerEnabled: () => undefined,
    on: () => undefined,
  };
  class BrowserWindow {
    record: (typeof state.windows)[number];
    webContents: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [], destroyed: false, printed: [], served: [] };
      state.windows.push(this.record);
      const record = this.record;
      this.webContents = {
        setWindowOpenHandler: () => undefined,
        on: () => undefined,
        printToPDF: async (options: unknown) => {
          record.printed.push(options);
          if (state.printError) throw state.printError;
          return state.printResult;
        },
      };
    }
    async loadURL(url: string) {
      this.record.loaded.push(url);
      // What Chromium would do: ask the session's handler for the page.
      const response = await state.handlers.get(url.slice(0, url.indexOf(':')))!(new Request(url));
      this.record.served.push(await response.text());
    }
    destroy() {
      this.record.destroyed = true;
    }
  }
  return { state, ses, BrowserWindow };
});

vi.mock('electron', () => ({
  BrowserWindow: fake.BrowserWindow,
  session: {
    fromPartition: (name: string, options: unknown) => {
      fake.state.partitions.push({ name, options });
      return fake.ses;
    },
  },
}));

const { renderPdf, serveReport, reportUrl } = await import('../../electron/renderPdf');

afterEach(() => {
  fake.state.printError = null;
});

describe('renderPdf', () => {
  it('prints the HTML, served from memory on the report scheme, in a hidden script-less window', async () => {
    const pdf = await renderPdf('<h1>My report</h1>', 'a4');
    expect(Buffer.from(pdf).toString()).toBe('%PDF-1.7 fake');

    // A private in-memory session (no "persist:"), locked down like the app's.
    expect(fake.state.partitions).toHaveLength(1);
    expect(fake.state.partitions[0]!.name.startsWith('persist:')).toBe(false);
    expect(fake.state.sessionHardening).toEqual(expect.arrayContaining(['network', 'permissions']));

    const window = fake.state.windows[0]!;
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(window.options.show).toBe(false);
    expect(prefs.javascript).toBe(false);
    expect(prefs.preload).toBeUndefined();
    expect(prefs.sandbox).toBe(true);
    expect(prefs.session).toBe(fake.ses);

    expect(window.loaded).toHaveLength(1);
    expect(window.loaded[0]).toMatch(/^lae-report:\/\/report\/[0-9a-f-]{36}\.html$/);
    expect(window.served).toEqual(['<h1>My report</h1>']);
    expect(window.printed).toEqual([{ pageSize: 'A4', printBackground: true, generateDocumentOutline: true, generateTaggedPDF: true }]);
    expect(window.destroyed).toBe(true);

    // The document is forgotten once printed.
    const handler = fake.state.handlers.get('lae-report')!;
    expect((await handler(new Request(window.loaded[0]!))).status).toBe(404);
  });

  it('prints on Letter paper when asked, reusing the printer session', async () => {
    await renderPdf('<p>x</p>', 'letter');
    expect(fake.state.windows.at(-1)!.printed).toEqual([expect.objectContaining({ pageSize: 'Letter' })]);
    expect(fake.state.partitions).toHaveLength(1);
  });

  it('destroys the window and forgets the document when printing fails', async () => {
    fake.state.printError = new Error('printing failed');
    await expect(renderPdf('<p>y</p>', 'a4')).rejects.toThrow('printing failed');
    const window = fake.state.windows.at(-1)!;
    expect(window.destroyed).toBe(true);
    expect((await fake.state.handlers.get('lae-report')!(new Request(window.loaded[0]!))).status).toBe(404);
  });
});

describe('serveReport', () => {
  const id = '123e4567-e89b-12d3-a456-426614174000';
  const waiting = new Map([[id, '<p>report</p>']]);

  it('serves a waiting document with the report CSP', async () => {
    const response = serveReport(reportUrl(id), waiting);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<p>report</p>');
    expect(response.headers.get('content-security-policy')).toBe(REPORT_CSP);
    expect(REPORT_CSP).toContain("default-src 'none'");
  });

  it.each([`lae-report://report/${id}.html/../x`, `lae-report://report/other.html`, `lae-report://evil/${id}.html`, `app://app/${id}.html`, 'lae-report://report/'])('answers 404 for %s', (url) => {
    expect(serveReport(url, waiting).status).toBe(404);
  });
});

describe('PDF command line arguments', () => {
  it('reads --out and --paper', () => {
    expect(parsePdfCliArgs(['--out', 'r.pdf'])).toEqual({ ok: true, out: 'r.pdf', paper: 'a4' });
    expect(parsePdfCliArgs(['--paper', 'letter', '--out=/tmp/r.pdf'])).toEqual({ ok: true, out: '/tmp/r.pdf', paper: 'letter' });
    expect(parsePdfCliArgs(['--no-sandbox', '--out', 'r.pdf', '--paper=a4'])).toEqual({ ok: true, out: 'r.pdf', paper: 'a4' });
  });

  it('explains what is missing or wrong', () => {
    expect(parsePdfCliArgs([])).toMatchObject({ ok: false, message: expect.stringContaining('Usage') });
    expect(parsePdfCliArgs(['--out'])).toMatchObject({ ok: false, message: expect.stringContaining('--out needs a value') });
    expect(parsePdfCliArgs(['--out', 'r.pdf', '--paper', 'a3'])).toMatchObject({ ok: false, message: '--paper is a4 or letter, not "a3".' });
  });
});
