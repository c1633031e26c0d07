// Test support: a PDF's pages as poppler's pdftotext reads them: each page's words in reading
// order and how far down the page its text reaches (0 top, 1 bottom), to find half-empty pages.

import { execFileSync } from 'node:child_process';

export interface PdfPage {
  /** The page's words joined by single spaces. */
  readonly text: string;
  /** The lowest word's bottom edge as a share of the page's height. */
  readonly reach: number;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&#39;': "'" };

export function pdfPages(path: string): PdfPage[] {
  const xml = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return xml.split(/<page /).slice(1).map((page) => {
    const height = Number(/height="([\d.]+)"/.exec(page)?.[1] ?? 1);
    const words = [...page.matchAll(/<word [^>]*yMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)];
    const lowest = words.reduce((most, w) => Math.max(most, Number(w[1])), 0);
    return { text: words.map((w) => w[2]!.replace(/&[a-z#0-9]+;/g, (e) => ENTITIES[e] ?? e)).join(' '), reach: lowest / height };
  });
}

/** Text compared without white space: pdftotext breaks lines (and long addresses) where the page did. */
export function squeezed(text: string): string {
  return text.replace(/\s+/g, '');
}
