// Runtime: any. The report as one self-contained HTML file: inline CSS, the app's charts as
// inline SVG (rendered by the renderer's own components in a DOM), no script, no external
// resource, a strict Content-Security-Policy; readable on screen and when printed. Every text
// that comes from the export is escaped, its control characters shown (`\u202e`), and isolated
// from the text around it.

import { EXCLUSIONS, OPT_OUT, POLICY_EVENTS, POSSIBLE_REASON_INFO, POSSIBLE_REASONS, SOURCES, STATEMENTS, eventDateLabel, regionById, type SourceId, type StatementId } from '../policy/policyModel';
import { REPORT_META_CSP } from '../security/contentSecurityPolicy';
import { showControls } from '../text/controlCharacters';
import { formatDate, type DateStyle } from '../text/format';
import { ruleHeading } from './citations';
import type { ObjectionDraft } from './objectionLetter';
import { redactionSentence } from './redaction';
import type { ReportCategory, ReportJson, ReportStatement } from './reportJson';
import { reportStyles } from './reportStyles';
import { reportTitle } from './reportTitle';
import { VERDICT_LINES } from './verdict';
import { EXPOSURE_LABELS, TRAINING_STATUS_LABELS, adultPhrase, approx, dateRange, entriesSummary, entryOutcome, formatCount, monthRange, optOutPhrase, windowPeriod, wordCount } from './wording';

/** SVG markup of the app's charts, serialized from a DOM; absent charts leave their tables. */
export interface ReportCharts {
  readonly exposureByCategory?: string;
  readonly timeline?: string;
}

export interface HtmlReportOptions {
  readonly charts: ReportCharts;
  readonly objection?: ObjectionDraft | null;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Markup characters as entities; control characters (escape sequences, bidi overrides) shown as `\x1b`, `\u202e`; line feeds are white space here. */
export function escapeHtml(text: string): string {
  return showControls(text, true).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Text from the export: escaped, and isolated so right-to-left text cannot reorder the page around it. */
function fromExport(text: string): string {
  return `<bdi>${escapeHtml(text)}</bdi>`;
}

/**
 * Chart markup is the app's own, but it is checked anyway: only an `<svg>` element, with no
 * script, event handler, foreign object or external reference.
 */
export function safeSvg(markup: string | undefined): string | null {
  if (!markup) return null;
  const trimmed = markup.trim();
  if (!/^<svg[\s>]/i.test(trimmed) || !/<\/svg>$/i.test(trimmed)) return null;
  if (/<script|<foreignObject|\son[a-z]+\s*=|javascript:|(?:href|src)\s*=\s*["']?(?!#)/i.test(trimmed)) return null;
  return trimmed;
}

/** A source by the reference the policy doc gives, a link where it gives the address. */
function sourceLink(id: SourceId): string {
  const source = SOURCES[id];
  return source.url ? `<a href="${escapeHtml(source.url)}" rel="noreferrer">${escapeHtml(source.reference)}</a>` : escapeHtml(source.reference);
}

function sourceList(ids: readonly SourceId[]): string {
  return ids.map(sourceLink).join('; ');
}

/** The sources beside a statement: " [LinkedIn Help article a5538339; …]". */
function citation(ids: readonly SourceId[]): string {
  return ids.length === 0 ? '' : ` <span class="cite">[${sourceList(ids)}]</span>`;
}

function cited(s: ReportStatement): string {
  return `${escapeHtml(s.text)}${citation(s.sources)}`;
}

function statementItem(id: StatementId): string {
  return `<li>${cited(STATEMENTS[id])}</li>`;
}

function categoryRows(categories: readonly ReportCategory[]): string {
  return categories
    .map(
      (c) => `<tr><th scope="row">${escapeHtml(c.label)}</th><td class="n">${formatCount(c.items)}</td><td class="n">${wordCount(c.words, c.wordsKnown)}</td>` +
        `<td class="nowrap">${escapeHtml(monthRange(c.firstDate, c.lastDate))}</td><td>${escapeHtml(TRAINING_STATUS_LABELS[c.training.status])}</td>` +
        `<td class="n">${formatCount(c.exposure.exposed)}</td><td class="n">${formatCount(c.exposure.possiblyExposed)}</td><td class="n">${formatCount(c.exposure.notExposed)}</td></tr>`,
    )
    .join('\n');
}

function categoryTable(caption: string, categories: readonly ReportCategory[]): string {
  return `<table><caption>${escapeHtml(caption)}</caption>
<thead><tr><th scope="col">Category</th><th scope="col">Items</th><th scope="col">Words</th><th scope="col">Dates</th><th scope="col">Training</th><th scope="col">Exposed</th><th scope="col">Possibly exposed</th><th scope="col">Not exposed</th></tr></thead>
<tbody>
${categoryRows(categories)}
</tbody></table>`;
}

function ruleItems(c: ReportCategory, style: DateStyle): string {
  return c.training.rules
    .map((r) => `<li><strong>${escapeHtml(ruleHeading(r, style))}:</strong> ${cited(r)}${r.note ? ` ${cited(r.note)}` : ''}</li>`)
    .join('');
}

function namedCards(categories: readonly ReportCategory[], style: DateStyle): string {
  return `<div class="cards">${categories
    .map(
      (c) => `<div class="card"><h3>${escapeHtml(c.label)}</h3><p class="big">${formatCount(c.items)} <span class="unit">items</span></p><p>${escapeHtml(dateRange(c.firstDate, c.lastDate, style))}</p>` +
        `<p class="status status-${c.training.status}">${escapeHtml(TRAINING_STATUS_LABELS[c.training.status])}</p>` +
        `<p>${formatCount(c.exposure.exposed)} exposed, ${formatCount(c.exposure.possiblyExposed)} possibly exposed, ${formatCount(c.exposure.notExposed)} not exposed.</p>` +
        (c.reportedAs ? `<p class="phrase">${cited(c.reportedAs)}</p>` : '') +
        `<ul class="rules">${ruleItems(c, style)}</ul></div>`,
    )
    .join('')}</div>`;
}

function basisList(categories: readonly ReportCategory[], style: DateStyle): string {
  return `<dl class="basis">${categories.map((c) => `<dt>${escapeHtml(c.label)}</dt><dd><ul class="rules">${ruleItems(c, style)}</ul></dd>`).join('')}</dl>`;
}

function reasonTable(report: ReportJson): string {
  const rows = report.categories.filter((c) => c.exposure.possiblyExposed > 0);
  if (rows.length === 0) return '<p>No item is possibly exposed.</p>';
  const cells = (byReason: Record<string, number>) => POSSIBLE_REASONS.map((r) => `<td class="n">${formatCount(byReason[r] ?? 0)}</td>`).join('');
  const explanations = POSSIBLE_REASONS.map((r) => {
    const info = POSSIBLE_REASON_INFO[r];
    return `<li><strong>${escapeHtml(info.label)}</strong>: possibly exposed because ${escapeHtml(info.explanation)}.${info.statement ? citation(STATEMENTS[info.statement].sources) : ''}</li>`;
  }).join('');
  return `<table><caption>Possibly exposed items, by reason</caption>
<thead><tr><th scope="col">Category</th>${POSSIBLE_REASONS.map((r) => `<th scope="col">${escapeHtml(POSSIBLE_REASON_INFO[r].label)}</th>`).join('')}</tr></thead>
<tbody>${rows.map((c) => `<tr><th scope="row">${escapeHtml(c.label)}</th>${cells(c.exposure.possiblyExposedByReason)}</tr>`).join('')}
<tr><th scope="row">All</th>${cells(report.totals.exposure.possiblyExposedByReason)}</tr></tbody></table>
<ul>${explanations}</ul>`;
}

function figure(svg: string | null, caption: string, legend = ''): string {
  return svg ? `<figure>${legend}${svg}<figcaption>${escapeHtml(caption)}</figcaption></figure>` : '';
}

/** The chart's three classes differ by pattern as well as colour, here as in the app. */
const EXPOSURE_LEGEND = `<ul class="legend" aria-hidden="true"><li><span class="key key-exposed"></span>${EXPOSURE_LABELS.exposed}</li><li><span class="key key-possibly"></span>${EXPOSURE_LABELS.possiblyExposed}</li><li><span class="key key-not"></span>${EXPOSURE_LABELS.notExposed}</li></ul>`;

function perYearTable(report: ReportJson): string {
  const years = new Map<string, number>();
  for (const c of report.categories) for (const m of c.itemsPerMonth) years.set(m.month.slice(0, 4), (years.get(m.month.slice(0, 4)) ?? 0) + m.items);
  const rows = [...years].sort(([a], [b]) => (a < b ? -1 : 1)).map(([y, n]) => `<tr><th scope="row">${y}</th><td class="n">${formatCount(n)}</td></tr>`);
  return `<table class="narrow"><caption>Dated items per year, all categories</caption><thead><tr><th scope="col">Year</th><th scope="col">Items</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** Every entry of every input, numbered, with its outcome (the numbers survive printing to PDF). */
function entriesTable(report: ReportJson): string {
  const rows = report.files.map(
    (f, i) =>
      `<tr><td class="n">${i + 1}</td><th scope="row">${fromExport(f.path)}</th><td>${fromExport(f.input)}</td><td>${entryOutcome(f, fromExport)}</td>` +
      `<td class="n">${formatCount(f.rows)}</td><td>${escapeHtml(monthRange(f.firstDate, f.lastDate))}</td></tr>`,
  );
  return `<p>${escapeHtml(entriesSummary(report.totals))}</p>
<table class="entries"><caption>Every file, with what became of it</caption>
<colgroup><col class="c-n"><col class="c-file"><col class="c-from"><col><col class="c-records"><col class="c-dates"></colgroup>
<thead><tr><th scope="col">#</th><th scope="col">File</th><th scope="col">From</th><th scope="col">Outcome</th><th scope="col">Items</th><th scope="col">Dates</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table>`;
}

function unreadList(report: ReportJson): string {
  const lines: string[] = [];
  for (const input of report.inputs) if (input.error) lines.push(`<li>${fromExport(input.name)}: ${escapeHtml(input.error.message)}</li>`);
  for (const file of report.files) {
    const troubled = file.status === 'unknown' || file.status === 'error' || file.problems.some((p) => p.severity !== 'info');
    if (!troubled) continue;
    const columns = file.unknownColumns ? `: ${file.unknownColumns.map((c) => fromExport(c)).join(', ')}` : '';
    const what = file.status === 'unknown' ? `not a file this app knows (${formatCount(file.rows)} rows, ${formatCount(file.unknownColumnCount)} columns${columns})` : escapeHtml(file.status);
    const problems = file.problems.filter((p) => p.severity !== 'info' || file.status === 'unknown').map((p) => escapeHtml(p.message)).join(' ');
    lines.push(`<li>${fromExport(file.path)}: ${what}${problems ? `. ${problems}` : ''}</li>`);
  }
  for (const problem of report.problems) lines.push(`<li>${escapeHtml(problem.message)}</li>`);
  return lines.length === 0 ? '<p>Nothing: every file above was read, or set aside for the reason it gives.</p>' : `<ul>${lines.join('\n')}</ul>`;
}

function excerptsSection(report: ReportJson, style: DateStyle): string {
  if (report.excerpts.length === 0) return '';
  const items = report.excerpts.map((e) => `<li><span class="muted">${e.date ? formatDate(e.date, style) : 'undated'}, ${escapeHtml(e.category)}:</span> ${fromExport(e.text)}</li>`);
  return `<section><h2>Excerpts</h2><p>The first words of your most recent posts and comments (the export holds no engagement figures).</p><ul>${items.join('\n')}</ul></section>`;
}

function objectionSection(objection: ObjectionDraft | null | undefined): string {
  if (!objection) return '';
  return `<section><h2>${escapeHtml(objection.title)}</h2><pre class="letter">${escapeHtml(objection.text)}</pre></section>`;
}

function policySection(report: ReportJson, style: DateStyle): string {
  const region = regionById(report.policy.region);
  const windows = report.policy.windows.map((w) => `<li><strong>${escapeHtml(windowPeriod(w, style))}:</strong> ${cited(w)}</li>`).join('');
  const notes = report.policy.notes.map((n) => `<li>${cited(n)}</li>`).join('');
  const events = POLICY_EVENTS.map((e) => `<tr><td class="nowrap">${escapeHtml(eventDateLabel(e, style))}</td><td>${escapeHtml(e.event)}</td><td>${escapeHtml(e.regions)}</td><td>${sourceList(e.sources)}</td></tr>`).join('');
  const sources = report.sources
    .map((s) => `<li id="source-${escapeHtml(s.id)}">${escapeHtml(s.title)}. ${escapeHtml(s.publisher)}, ${escapeHtml(formatDate(s.date, style))}. ${sourceLink(s.id)}.</li>`)
    .join('');
  return `<section><h2>Policy and sources</h2>
<h3>Training periods ${escapeHtml(region.where)}</h3><ul>${windows}${notes}</ul>
<h3>Timeline of LinkedIn's policy</h3><table><thead><tr><th scope="col">Date</th><th scope="col">Event</th><th scope="col">Regions</th><th scope="col">Source</th></tr></thead><tbody>${events}</tbody></table>
<h3>Never used, according to the sources</h3><ul>${EXCLUSIONS.map(statementItem).join('')}</ul>
<h3>Opting out</h3><ul>${statementItem('opt-out-steps')}${statementItem('not-retroactive')}${statementItem('setting-scope')}<li>LinkedIn's setting: <a href="${escapeHtml(OPT_OUT.settingsUrl)}" rel="noreferrer">${escapeHtml(OPT_OUT.settingsUrl)}</a></li>${statementItem('opt-out-date-recall')}</ul>
<h3>Sources</h3><ol>${sources}</ol></section>`;
}

function verdictBlock(report: ReportJson): string {
  const { verdict } = report;
  const lines = VERDICT_LINES.flatMap((key) => {
    const line = verdict[key];
    return line ? [`<li class="verdict-${key}">${cited(line)}</li>`] : [];
  });
  return `<p class="headline">${cited(verdict.headline)}</p>\n<ul class="verdict">${lines.join('')}</ul>`;
}

export function renderHtml(report: ReportJson, options: HtmlReportOptions): string {
  const t = report.totals;
  const { policy } = report;
  const style = regionById(policy.region).dateStyle;
  const named = report.categories.filter((c) => c.namedByReporting);
  const others = report.categories.filter((c) => !c.namedByReporting);
  const inputs = report.inputs.map((i) => fromExport(i.name)).join(', ');
  const title = reportTitle(report);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_META_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${reportStyles}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
${verdictBlock(report)}
<p>Estimated tokens of exposed text: about ${approx(t.exposure.estimatedExposedTokens)} (an estimate: about 4 characters per token).</p>
<dl>
<dt>Analyzed</dt><dd>${inputs}${report.exportDate ? ` (export of ${escapeHtml(formatDate(report.exportDate, style))})` : ''}</dd>
<dt>Region</dt><dd>${escapeHtml(policy.regionLabel)}; ${escapeHtml(optOutPhrase(policy.optedOut, policy.asOf, style))}; ${escapeHtml(adultPhrase(policy.adultFrom, style))}</dd>
<dt>Analysis date</dt><dd>${escapeHtml(formatDate(report.analyzedAt.slice(0, 10), style))} (policy model of ${escapeHtml(formatDate(policy.policyModelDate, style))})</dd>
<dt>Redaction</dt><dd>${escapeHtml(redactionSentence(report.redaction))}</dd>
</dl>
</header>
<main>
<section><h2>The four categories the public reporting names</h2>
<p>${cited(STATEMENTS['four-categories'])}</p>
${namedCards(named, style)}
</section>
<section><h2>All categories</h2>
${figure(safeSvg(options.charts.exposureByCategory), 'Exposed and possibly exposed items per category, most exposed first; categories with neither are listed under the bars.', EXPOSURE_LEGEND)}
${categoryTable('The four categories the public reporting names', named)}
${categoryTable('Every other category', others)}
${reasonTable(report)}
<h3>What the sources say, category by category</h3>
${basisList(others, style)}
</section>
<section><h2>Timeline</h2>
${figure(safeSvg(options.charts.timeline), 'Items per month by exposure, with the policy dates of your region and your opt-out date.')}
${perYearTable(report)}
</section>
<section><h2>Every file</h2>
${entriesTable(report)}
</section>
<section><h2>What the app could not read</h2>
${unreadList(report)}
</section>
${excerptsSection(report, style)}
${objectionSection(options.objection)}
${policySection(report, style)}
</main>
<footer><p>Made by ${escapeHtml(report.generator.name)} ${escapeHtml(report.generator.version)} on this computer, offline. Nothing was uploaded.</p></footer>
</body>
</html>
`;
}
