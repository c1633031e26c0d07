// Runtime: any. The report as one self-contained HTML file: inline CSS, the app's charts as
// inline SVG (rendered by the renderer's own components in a DOM), no script, no external
// resource, a strict Content-Security-Policy; readable on screen and when printed. Every text
// that comes from the export is escaped (and isolated from bidirectional overrides).

import { EXCLUSIONS, OPT_OUT, POLICY_EVENTS, SOURCES, type SourceId } from '../policy/policyModel';
import type { ObjectionDraft } from './objectionLetter';
import { REDACTION_LABELS } from './redaction';
import type { ReportCategory, ReportJson } from './reportJson';
import { reportStyles } from './reportStyles';
import { TRAINING_STATUS_LABELS, approx, dateRange, entriesSummary, entryOutcome, formatCount, headline, monthRange, optOutPhrase, possiblyLine, wordCount } from './wording';

/** SVG markup of the app's charts, serialized from a DOM; absent charts leave their tables. */
export interface ReportCharts {
  readonly exposureByCategory?: string;
  readonly timeline?: string;
}

export interface HtmlReportOptions {
  readonly charts: ReportCharts;
  readonly objection?: ObjectionDraft | null;
}

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src 'none'; base-uri 'none'; form-action 'none'";

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Text from the export: escaped, and isolated so a bidi override cannot reorder the page. */
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

function sourceList(ids: readonly SourceId[]): string {
  return ids.map((id) => escapeHtml(SOURCES[id].reference)).join('; ');
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

function namedCards(categories: readonly ReportCategory[]): string {
  return `<div class="cards">${categories
    .map(
      (c) => `<div class="card"><h3>${escapeHtml(c.label)}</h3><p class="big">${formatCount(c.items)}</p><p>${escapeHtml(dateRange(c.firstDate, c.lastDate))}</p>` +
        `<p class="status status-${c.training.status}">${escapeHtml(TRAINING_STATUS_LABELS[c.training.status])}</p>` +
        `<p>${escapeHtml(c.training.policy)}</p></div>`,
    )
    .join('')}</div>`;
}

function figure(svg: string | null, caption: string, legend = ''): string {
  return svg ? `<figure>${legend}${svg}<figcaption>${escapeHtml(caption)}</figcaption></figure>` : '';
}

/** The chart's three classes differ by pattern as well as colour, here as in the app. */
const EXPOSURE_LEGEND =
  '<ul class="legend" aria-hidden="true"><li><span class="key key-exposed"></span>Exposed</li><li><span class="key key-possibly"></span>Possibly exposed</li><li><span class="key key-not"></span>Not exposed</li></ul>';

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
<thead><tr><th scope="col">#</th><th scope="col">File</th><th scope="col">From</th><th scope="col">Outcome</th><th scope="col">Records</th><th scope="col">Dates</th></tr></thead>
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
    const what = file.status === 'unknown' ? `not a file this app knows (${formatCount(file.rows)} rows, columns: ${file.columns.map((c) => fromExport(c)).join(', ') || 'none'})` : escapeHtml(file.status);
    const problems = file.problems.filter((p) => p.severity !== 'info' || file.status === 'unknown').map((p) => escapeHtml(p.message)).join(' ');
    lines.push(`<li>${fromExport(file.path)}: ${what}${problems ? `. ${problems}` : ''}</li>`);
  }
  for (const problem of report.problems) lines.push(`<li>${escapeHtml(problem.message)}</li>`);
  return lines.length === 0 ? '<p>Nothing: every file above was read, or set aside for the reason it gives.</p>' : `<ul>${lines.join('\n')}</ul>`;
}

function excerptsSection(report: ReportJson): string {
  if (report.excerpts.length === 0) return '';
  const items = report.excerpts.map((e) => `<li><span class="muted">${e.date ?? 'undated'}, ${escapeHtml(e.category)}:</span> ${fromExport(e.text)}</li>`);
  return `<section><h2>Excerpts</h2><p>The first words of your most recent posts and comments (the export holds no engagement figures).</p><ul>${items.join('\n')}</ul></section>`;
}

function objectionSection(objection: ObjectionDraft | null | undefined): string {
  if (!objection) return '';
  return `<section><h2>${escapeHtml(objection.title)}</h2><pre class="letter">${escapeHtml(objection.text)}</pre></section>`;
}

function policySection(report: ReportJson): string {
  const windows = report.policy.windows
    .map((w) => `<li>${escapeHtml(w.start)} to ${escapeHtml(w.end ?? 'today')}: ${w.certainty === 'stated' ? 'stated' : 'reported, unconfirmed'}. ${escapeHtml(w.note)}</li>`)
    .join('');
  const events = POLICY_EVENTS.map((e) => `<tr><td>${escapeHtml(e.dateLabel)}</td><td>${escapeHtml(e.event)}</td><td>${escapeHtml(e.regions)}</td><td>${sourceList(e.sources)}</td></tr>`).join('');
  const exclusions = EXCLUSIONS.map((e) => `<li>${escapeHtml(e.what)} (${sourceList(e.sources)})</li>`).join('');
  const sources = report.sources.map((s) => `<li>${escapeHtml(s.title)}. ${escapeHtml(s.publisher)}, ${escapeHtml(s.date)}. ${escapeHtml(s.reference)}.</li>`).join('');
  return `<section><h2>Policy and sources</h2>
<h3>Training windows assumed for ${escapeHtml(report.policy.regionLabel)}</h3><ul>${windows}</ul>
<h3>Timeline of LinkedIn's policy</h3><table><thead><tr><th scope="col">Date</th><th scope="col">Event</th><th scope="col">Regions</th><th scope="col">Source</th></tr></thead><tbody>${events}</tbody></table>
<h3>Never used, according to the sources</h3><ul>${exclusions}</ul>
<h3>Opting out</h3><p>${escapeHtml(OPT_OUT.notRetroactive)} Switch off "${escapeHtml(OPT_OUT.toggleLabel)}": ${escapeHtml(OPT_OUT.desktopSteps.join(' → '))} (${escapeHtml(OPT_OUT.settingsUrl)}). ${escapeHtml(OPT_OUT.notCovered)}</p>
<h3>Sources</h3><ol>${sources}</ol></section>`;
}

export function renderHtml(report: ReportJson, options: HtmlReportOptions): string {
  const t = report.totals;
  const figures = { exposed: t.exposure.exposed, possiblyExposed: t.exposure.possiblyExposed, items: t.items, exposedWords: t.exposure.exposedWords };
  const named = report.categories.filter((c) => c.namedByReporting);
  const others = report.categories.filter((c) => !c.namedByReporting);
  const inputs = report.inputs.map((i) => fromExport(i.name)).join(', ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>LinkedIn AI-training exposure report</title>
<style>${reportStyles}</style>
</head>
<body>
<header>
<h1>LinkedIn AI-training exposure report</h1>
<p class="headline">${escapeHtml(headline(figures))}</p>
<p>${escapeHtml(possiblyLine(figures))} Estimated tokens of exposed text: about ${approx(t.exposure.estimatedExposedTokens)} (an estimate: about 4 characters per token).</p>
<dl>
<dt>Analyzed</dt><dd>${inputs}${report.exportDate ? ` (export of ${escapeHtml(report.exportDate)})` : ''}</dd>
<dt>Region</dt><dd>${escapeHtml(report.policy.regionLabel)}; ${escapeHtml(optOutPhrase(report.policy.optedOut))}</dd>
<dt>Analysis date</dt><dd>${escapeHtml(report.analyzedAt.slice(0, 10))} (policy model of ${escapeHtml(report.policy.policyModelDate)})</dd>
<dt>Redaction</dt><dd>${escapeHtml(REDACTION_LABELS[report.redaction])}</dd>
</dl>
</header>
<main>
<section><h2>The four categories the public reporting names</h2>
${namedCards(named)}
</section>
<section><h2>All categories</h2>
${figure(safeSvg(options.charts.exposureByCategory), 'Items per category: exposed, possibly exposed, not exposed.', EXPOSURE_LEGEND)}
${categoryTable('The four categories the public reporting names', named)}
${categoryTable('Every other category', others)}
</section>
<section><h2>Timeline</h2>
${figure(safeSvg(options.charts.timeline), 'Items per month by category, with the policy dates and your opt-out date.')}
${perYearTable(report)}
</section>
<section><h2>Every file</h2>
${entriesTable(report)}
</section>
<section><h2>What the app could not read</h2>
${unreadList(report)}
</section>
${excerptsSection(report)}
${objectionSection(options.objection)}
${policySection(report)}
</main>
<footer><p>Made by ${escapeHtml(report.generator.name)} ${escapeHtml(report.generator.version)} on this computer, offline. Nothing was uploaded.</p></footer>
</body>
</html>
`;
}
