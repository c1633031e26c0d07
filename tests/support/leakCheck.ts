// Test support: which of the member's personal values a report shows. Each format is read as a
// reader would read it (escapes undone), and compared without case or white space: a PDF wraps
// lines anywhere, a label may be upper-cased.

import { JSDOM } from 'jsdom';

/** Every string a JSON document holds, keys included. */
export function jsonStrings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const v of value) jsonStrings(v, into);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.push(k);
      jsonStrings(v, into);
    }
  }
  return into;
}

/** Markdown as read: shown control characters decoded, backslash escapes removed. */
export function markdownText(markdown: string): string {
  return markdown.replace(/\\u([0-9a-f]{4})|\\x([0-9a-f]{2})|\\(.)/g, (_, u?: string, x?: string, c?: string) => (u ?? x ? String.fromCharCode(parseInt((u ?? x)!, 16)) : c!));
}

/** What a reader of the HTML sees and what its markup carries: text and every attribute value. */
export function htmlText(html: string): string {
  const doc = new JSDOM(html).window.document;
  const attributes = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.value));
  return [doc.documentElement.textContent ?? '', ...attributes].join('\n');
}

/** A CSV document's cells as written (doubled quotes undone). */
export function csvText(csv: string): string {
  return csv.replace(/""/g, '"');
}

const squeeze = (text: string) => text.toLowerCase().replace(/\s+/g, '');

/** The personal values found in `text`, whole or by their first 20 characters (a truncated quote keeps those). */
export function leakedValues(text: string, values: readonly string[]): string[] {
  const haystack = squeeze(text);
  return values.filter((value) => {
    const needle = squeeze(value);
    return haystack.includes(needle) || (needle.length > 20 && haystack.includes(needle.slice(0, 20)));
  });
}
