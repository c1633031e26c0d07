// Runtime: Electron main (the app's and the PDF command line's). Prints one HTML report to PDF in
// a hidden window with JavaScript off, no preload, and a private in-memory session that reaches no
// network. The HTML is served from memory on the report scheme, never written to disk and never
// put in a data: URL (whose length is limited and which has no origin to hold a CSP).

import { randomUUID } from 'node:crypto';
import { BrowserWindow, session, type Session } from 'electron';
import { REPORT_HOST, REPORT_SCHEME } from './appScheme';
import { REPORT_CSP } from '../shared/security/contentSecurityPolicy';
import { securityHeaders } from '../shared/security/responseHeaders';
import { hardenSession } from './hardenSession';
import { guardWebContents } from './navigationGuard';
import { pdfWindowOptions } from './windowOptions';

export type Paper = 'a4' | 'letter';

/** In memory (no `persist:` prefix): nothing the printer loads is cached on disk. */
const PDF_PARTITION = 'report-printer';

/** Documents being printed, by the random name they are served under. */
const documents = new Map<string, string>();
let printerSession: Session | null = null;

export function reportUrl(id: string): string {
  return `${REPORT_SCHEME}://${REPORT_HOST}/${id}.html`;
}

/** The response for one request on the report scheme: a document waiting to print, or 404. */
export function serveReport(url: string, waiting: ReadonlyMap<string, string>): Response {
  const match = /^lae-report:\/\/report\/([0-9a-f-]{36})\.html$/.exec(url);
  const html = match ? waiting.get(match[1]!) : undefined;
  if (html === undefined) return new Response('Not found', { status: 404, headers: { ...securityHeaders(REPORT_CSP), 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(html, { status: 200, headers: { ...securityHeaders(REPORT_CSP), 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}

function printer(): Session {
  if (printerSession) return printerSession;
  const ses = session.fromPartition(PDF_PARTITION, { cache: false });
  hardenSession(ses);
  ses.protocol.handle(REPORT_SCHEME, (request) => serveReport(request.url, documents));
  printerSession = ses;
  return ses;
}

export async function renderPdf(html: string, paper: Paper): Promise<Uint8Array> {
  const id = randomUUID();
  documents.set(id, html);
  const window = new BrowserWindow(pdfWindowOptions(printer()));
  guardWebContents(window.webContents);
  try {
    await window.loadURL(reportUrl(id));
    const pdf = await window.webContents.printToPDF({
      pageSize: paper === 'letter' ? 'Letter' : 'A4',
      printBackground: true,
      generateDocumentOutline: true,
      generateTaggedPDF: true,
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    documents.delete(id);
    window.destroy();
  }
}
