// What the export dialog previews: the start of the very document Save… writes (the request
// buildReportDocument made), never a second rendering. HTML and PDF: the report's opening up to
// the end of its first section, with the report's own style sheet, shown in a shadow root (the
// app's CSP allows no frame, and Electron refuses frame navigations). The others: the first lines.

import type { SaveReportRequest } from '../../shared/contract/desktopApi';

export const PREVIEW_LINES = 40;

export type ReportPreview =
  | { readonly kind: 'page'; readonly style: string; readonly body: DocumentFragment; readonly sections: { readonly shown: number; readonly total: number } }
  | { readonly kind: 'text'; readonly text: string; readonly lines: { readonly shown: number; readonly total: number } };

/** Nothing in our reports is active, but the preview sits inside the app: anything that could be is dropped. */
const INERT = 'script, iframe, frame, object, embed, link, meta, base, form, template';
/** Landmarks of the report would be a second banner and main inside the app's page: plain blocks here. */
const LANDMARKS = 'header, main, footer, nav, aside';

/** The report's style sheet for a shadow root: its `:root` is the host, its `body` the page element. */
function previewStyle(doc: Document): string {
  const css = [...doc.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n');
  return css.replace(/:root\b/g, ':host').replace(/(^|[\s,}])body(?=[\s,{.:[])/g, '$1.report-page');
}

function asBlock(element: Element): Element {
  const block = element.ownerDocument.createElement('div');
  for (const attribute of [...element.attributes]) block.setAttribute(attribute.name, attribute.value);
  block.classList.add(`report-${element.localName}`);
  block.append(...element.childNodes);
  element.replaceWith(block);
  return block;
}

/** The body up to the end of its first <section>: every node after it, at every level, removed. */
function opening(body: HTMLElement): void {
  const first = body.querySelector('section');
  if (!first) return;
  for (let node: Element = first; node !== body; node = node.parentElement!) {
    while (node.nextSibling) node.nextSibling.remove();
  }
}

/**
 * The markup up to the first `</section>`: a report "with everything" of a large export runs to
 * many megabytes, and only its opening is shown. The parser closes what the cut leaves open; text
 * from the export is escaped, so the tag cannot come from it.
 */
function head(html: string): string {
  const end = html.search(/<\/section\s*>/i);
  return end === -1 ? html : html.slice(0, end);
}

export function reportPreview(request: SaveReportRequest): ReportPreview {
  if (request.format === 'html' || request.format === 'pdf') {
    const doc = new DOMParser().parseFromString(head(request.content), 'text/html');
    const style = previewStyle(doc);
    opening(doc.body);
    const total = request.content.match(/<section[\s>]/gi)?.length ?? 0;
    const sections = { shown: Math.min(1, total), total };
    for (const element of doc.body.querySelectorAll(INERT)) element.remove();
    for (const element of doc.body.querySelectorAll('*')) {
      for (const attribute of [...element.attributes]) if (/^on/i.test(attribute.name)) element.removeAttribute(attribute.name);
    }
    for (const element of [...doc.body.querySelectorAll(LANDMARKS)]) asBlock(element);
    const body = doc.createDocumentFragment();
    body.append(...doc.body.childNodes);
    return { kind: 'page', style, body, sections };
  }
  // Lines as a text editor counts them: a final line break starts no line of its own.
  const lines = request.content.replace(/\n$/, '').split('\n');
  const shown = Math.min(lines.length, PREVIEW_LINES);
  return { kind: 'text', text: lines.slice(0, shown).join('\n'), lines: { shown, total: lines.length } };
}
