// Runtime: any. The HTML report's building blocks: escaping, text from the export isolated, the
// charts' markup checked, and sources beside statements (links where the policy gives the address).

import { SOURCES, STATEMENTS, type SourceId, type StatementId } from '../policy/policyModel';
import { showControls } from '../text/controlCharacters';
import type { ReportStatement } from './reportJson';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Markup characters as entities; control characters (escape sequences, bidi overrides) shown as `\x1b`, `\u202e`; line feeds are white space here. */
export function escapeHtml(text: string): string {
  return showControls(text, true).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Text from the export: escaped, and isolated so right-to-left text cannot reorder the page around it. */
export function fromExport(text: string): string {
  return `<bdi>${escapeHtml(text)}</bdi>`;
}

/** Elements a chart never draws and a report must not carry. */
const FOREIGN_ELEMENT = /<(?:script|foreignObject|iframe|frame|object|embed|link|img|image|a|style|form|input|button|base|meta|use)\b/i;
/** Handlers, script addresses and any reference that is not to an id in the same markup. */
const ACTIVE_ATTRIBUTE = /\son[a-z]+\s*=|javascript:|(?:href|src)\s*=\s*["']?(?!#)|url\(\s*["']?(?!#)/i;

/**
 * A chart's markup is the app's own component's, but it is checked anyway: one `<svg>` or
 * `<div>` element (a chart with its legend), with no script, event handler, foreign element or
 * external reference.
 */
export function safeChartMarkup(markup: string | undefined): string | null {
  if (!markup) return null;
  const trimmed = markup.trim();
  const root = /^<(svg|div)[\s>]/i.exec(trimmed)?.[1]?.toLowerCase();
  if (!root || !trimmed.toLowerCase().endsWith(`</${root}>`)) return null;
  if (FOREIGN_ELEMENT.test(trimmed) || ACTIVE_ATTRIBUTE.test(trimmed)) return null;
  return trimmed;
}

/** A source by the reference the policy doc gives, a link where it gives the address. */
export function sourceLink(id: SourceId): string {
  const source = SOURCES[id];
  return source.url ? `<a href="${escapeHtml(source.url)}" rel="noreferrer">${escapeHtml(source.reference)}</a>` : escapeHtml(source.reference);
}

export function sourceList(ids: readonly SourceId[]): string {
  return ids.map(sourceLink).join('; ');
}

/** The sources beside a statement: " [LinkedIn Help article a5538339; …]". */
export function citation(ids: readonly SourceId[]): string {
  return ids.length === 0 ? '' : ` <span class="cite">[${sourceList(ids)}]</span>`;
}

export function cited(s: ReportStatement): string {
  return `${escapeHtml(s.text)}${citation(s.sources)}`;
}

/**
 * A statement with its first source only, and how many more the sources list names: page 1 keeps
 * every sentence sourced in one line's room.
 */
export function citedBriefly(s: ReportStatement): string {
  const [first, ...rest] = s.sources;
  if (first === undefined) return escapeHtml(s.text);
  const more = rest.length === 0 ? '' : ` and ${rest.length} more, under Sources`;
  return `${escapeHtml(s.text)} <span class="cite">[${sourceLink(first)}${more}]</span>`;
}

export function statementItem(id: StatementId): string {
  return `<li>${cited(STATEMENTS[id])}</li>`;
}

export function figure(markup: string | null, caption: string): string {
  return markup ? `<figure>${markup}<figcaption>${escapeHtml(caption)}</figcaption></figure>` : '';
}
