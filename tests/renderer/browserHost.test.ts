// @vitest-environment jsdom
// The browser host's saving and copying: a report becomes a download of a Blob through a
// clicked <a download> (no request), its URL revoked afterwards; copying uses the page's
// clipboard on the member's click; no PDF.

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { downloadName, downloadReport } from '../../renderer/host/browserDownload';
import { workerHost } from '../../renderer/host/workerHost';

interface Clicked {
  readonly href: string;
  readonly download: string;
  readonly attached: boolean;
  readonly blob: Blob | undefined;
}

/** jsdom's Blob has no text(). */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

let clicked: Clicked[];
let blobs: Map<string, Blob>;
let revoked: string[];

beforeEach(() => {
  clicked = [];
  blobs = new Map();
  revoked = [];
  vi.useFakeTimers();
  // The worker host starts its next worker ahead; jsdom has no Worker.
  vi.stubGlobal('Worker', class {
    terminate() {}
  });
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:http://127.0.0.1/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn((url: string) => void revoked.push(url));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download, attached: document.body.contains(this), blob: blobs.get(this.href) });
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('browser download', () => {
  test('a report is downloaded under its suggested name, as its own type, and the link leaves no trace', async () => {
    const result = downloadReport({ format: 'md', suggestedName: 'linkedin-ai-exposure-report-2026-11-29.md', content: '# Report\n' });
    expect(result).toEqual({ saved: true, path: 'linkedin-ai-exposure-report-2026-11-29.md' });
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('linkedin-ai-exposure-report-2026-11-29.md');
    expect(clicked[0]!.attached).toBe(true);
    expect(clicked[0]!.blob!.type).toBe('text/markdown;charset=utf-8');
    expect(document.querySelectorAll('a')).toHaveLength(0);
    expect(revoked).toEqual([]);
    vi.runAllTimers();
    expect(revoked).toEqual([clicked[0]!.href]);
    vi.useRealTimers();
    expect(await blobText(clicked[0]!.blob!)).toBe('# Report\n');
  });

  test('the extension is added when the name lacks it; a PDF is refused with what to do instead', () => {
    expect(downloadName({ format: 'csv', suggestedName: 'report', content: '' })).toBe('report.csv');
    expect(downloadName({ format: 'txt', suggestedName: 'letter.TXT', content: '' })).toBe('letter.TXT');
    const pdf = downloadReport({ format: 'pdf', suggestedName: 'report.pdf', content: '<!doctype html>' });
    expect(pdf).toMatchObject({ saved: false, reason: 'failed' });
    expect(pdf.saved === false && pdf.message).toMatch(/save the report as HTML and print it from your browser/);
    expect(clicked).toEqual([]);
  });
});

describe('worker host: reports and clipboard', () => {
  test('cannot print a PDF; saves as a download', async () => {
    const host = workerHost();
    expect(host.canPrintPdf).toBe(false);
    expect(await host.saveReport({ format: 'json', suggestedName: 'linkedin-ai-exposure-report-2026-11-29.json', content: '{}' })).toEqual({
      saved: true,
      path: 'linkedin-ai-exposure-report-2026-11-29.json',
    });
    expect(clicked[0]!.blob!.type).toBe('application/json;charset=utf-8');
  });

  test('copies with the page clipboard; a refusal is false', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const host = workerHost();
    expect(await host.copyText('Dear LinkedIn')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('Dear LinkedIn');
    writeText.mockRejectedValueOnce(new DOMException('Document is not focused.', 'NotAllowedError'));
    expect(await host.copyText('Dear LinkedIn')).toBe(false);
  });
});
