// Runtime: any. The report as one self-contained HTML file: inline CSS, the app's charts as
// inline SVG (rendered by the app's own components in a DOM), no script, no external resource, a
// strict Content-Security-Policy; readable on screen and when printed. Page 1 is the summary
// (htmlSummary.ts); then the categories one by one, the timeline and login activity, what was
// read, and the policy with its sources. Every text that comes from the export is escaped, its
// control characters shown (`\u202e`), and isolated from the text around it.

import { EXCLUSIONS, OPT_OUT, POLICY_EVENTS, POSSIBLE_REASON_INFO, POSSIBLE_REASONS, STATEMENTS, categoryById, eventDateLabel, regionById } from '../policy/policyModel';
import { REPORT_META_CSP } from '../security/contentSecurityPolicy';
import { WEEKDAYS, formatDate, type DateStyle } from '../text/format';
import { ruleHeading } from './citations';
import { citation, cited, escapeHtml, figure, fromExport, safeChartMarkup, sourceList, statementItem } from './htmlMarkup';
import { summaryPage } from './htmlSummary';
import type { ObjectionDraft } from './objectionLetter';
import { redactionSentence } from './redaction';
import type { ReportCategory, ReportFile, ReportJson } from './reportJson';
import { reportStyles } from './reportStyles';
import { reportTitle } from './reportTitle';
import { TRAINING_STATUS_LABELS, TRAINING_STATUS_SHORT, adultPhrase, approx, dateRange, entriesSummary, entryOutcome, formatCount, monthRange, optOutPhrase, reasonBreakdown, windowPeriod, wordCount } from './wording';

/** The app's charts, each the component's markup (legend included), serialized from a DOM; absent charts leave their tables. */
export interface ReportCharts {
  /** Exposed and possibly exposed items per category, most first (page 1). */
  readonly exposureByCategory?: string;
  readonly timeline?: string;
  readonly loginsByWeekdayHour?: string;
}

export interface HtmlReportOptions {
  readonly charts: ReportCharts;
  readonly objection?: ObjectionDraft | null;
}

function categoryRows(categories: readonly ReportCategory[]): string {
  return categories
    .map(
      (c) => `<tr><th scope="row">${escapeHtml(categoryById(c.id).shortLabel)}</th><td class="n">${formatCount(c.items)}</td><td class="n">${wordCount(c.words, c.wordsKnown)}</td>` +
        `<td class="nowrap">${escapeHtml(monthRange(c.firstDate, c.lastDate))}</td><td class="nowrap">${escapeHtml(TRAINING_STATUS_SHORT[c.training.status])}</td>` +
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

/** One category: its figures, the phrase of the reporting it stands for, and what LinkedIn says about it, sourced. */
function categoryBlock(c: ReportCategory, style: DateStyle): string {
  const reasons = c.exposure.possiblyExposed > 0 ? ` (${escapeHtml(reasonBreakdown(c.exposure.possiblyExposedByReason))})` : '';
  return `<div class="category" id="category-${escapeHtml(c.id)}"><h3>${escapeHtml(c.label)} <span class="status status-${c.training.status}">${escapeHtml(TRAINING_STATUS_LABELS[c.training.status])}</span></h3>` +
    `<p class="figures"><strong>${formatCount(c.items)}</strong> items, ${wordCount(c.words, c.wordsKnown)} words, ${escapeHtml(dateRange(c.firstDate, c.lastDate, style))}: ` +
    `<strong>${formatCount(c.exposure.exposed)}</strong> exposed, <strong>${formatCount(c.exposure.possiblyExposed)}</strong> possibly exposed${reasons}, ${formatCount(c.exposure.notExposed)} not exposed.</p>` +
    `<p class="muted">${escapeHtml(c.description)}</p>` +
    (c.reportedAs ? `<p class="phrase">${cited(c.reportedAs)}</p>` : '') +
    `<ul class="rules">${ruleItems(c, style)}</ul></div>`;
}

function aboutList(report: ReportJson, style: DateStyle): string {
  const { policy } = report;
  const inputs = report.inputs.map((i) => fromExport(i.name)).join(', ');
  return `<dl class="about-report">
<dt>Analyzed</dt><dd>${inputs}${report.exportDate ? ` (export of ${escapeHtml(formatDate(report.exportDate, style))})` : ''}</dd>
<dt>Region</dt><dd>${escapeHtml(policy.regionLabel)}; ${escapeHtml(optOutPhrase(policy.optedOut, policy.asOf, style))}; ${escapeHtml(adultPhrase(policy.adultFrom, style))}</dd>
<dt>Analysis date</dt><dd>${escapeHtml(formatDate(report.analyzedAt.slice(0, 10), style))} (policy model of ${escapeHtml(formatDate(policy.policyModelDate, style))})</dd>
<dt>Redaction</dt><dd>${escapeHtml(redactionSentence(report.redaction))}</dd>
<dt>Exposed text</dt><dd>About ${approx(report.totals.exposure.estimatedExposedTokens)} tokens (an estimate: about 4 characters per token).</dd>
</dl>`;
}

function categoriesSection(report: ReportJson, style: DateStyle): string {
  const named = report.categories.filter((c) => c.namedByReporting);
  const others = report.categories.filter((c) => !c.namedByReporting);
  return `<section><h2>The categories, one by one</h2>
${aboutList(report, style)}
${categoryTable('Every category', report.categories)}
${reasonTable(report)}
<h3 class="group">The four categories the public reporting names</h3>
<p>${cited(STATEMENTS['four-categories'])}</p>
${named.map((c) => categoryBlock(c, style)).join('\n')}
<h3 class="group">Every other category</h3>
${others.map((c) => categoryBlock(c, style)).join('\n')}
</section>`;
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

/** Years as columns: a decade of dated items in one short table. */
function perYearTable(report: ReportJson): string {
  const years = new Map<string, number>();
  for (const c of report.categories) for (const m of c.itemsPerMonth) years.set(m.month.slice(0, 4), (years.get(m.month.slice(0, 4)) ?? 0) + m.items);
  const sorted = [...years].sort(([a], [b]) => (a < b ? -1 : 1));
  if (sorted.length === 0) return '<p>No dated items.</p>';
  return `<table class="per-year"><caption>Dated items per year, all categories</caption><thead><tr><th scope="col">Year</th>${sorted.map(([y]) => `<th scope="col">${y}</th>`).join('')}</tr></thead>` +
    `<tbody><tr><th scope="row">Items</th>${sorted.map(([, n]) => `<td class="n">${formatCount(n)}</td>`).join('')}</tr></tbody></table>`;
}

function timelineSection(report: ReportJson, charts: ReportCharts): string {
  return `<section><h2>Timeline</h2>
${figure(safeChartMarkup(charts.timeline), 'Items per month, with the policy dates of your region and your opt-out date.')}
${perYearTable(report)}
</section>`;
}

/** The heatmap's table alternative: weekdays as rows, hours (UTC) as columns. */
function weekdayHourTable(counts: readonly (readonly number[])[]): string {
  const hours = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));
  const rows = WEEKDAYS.map((day, d) => `<tr><th scope="row">${day.slice(0, 3)}</th>${hours.map((_, h) => `<td class="n">${formatCount(counts[d]?.[h] ?? 0)}</td>`).join('')}</tr>`);
  return `<table class="weekday-hour"><caption>Logins by weekday (rows) and hour of day, UTC (columns)</caption><thead><tr><th scope="col">Day</th>${hours.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function loginsSection(report: ReportJson, charts: ReportCharts): string {
  const { logins } = report.insights;
  if (logins.total === 0) return `<section><h2>Login activity</h2><p>Your export holds no logins.</p></section>`;
  let peak = { day: 0, hour: 0, count: -1 };
  logins.weekdayHour.forEach((hours, day) => hours.forEach((count, hour) => { if (count > peak.count) peak = { day, hour, count }; }));
  const busiest = `Most logins fall on ${WEEKDAYS[peak.day]} at ${String(peak.hour).padStart(2, '0')}:00 UTC (${formatCount(peak.count)}).`;
  return `<section><h2>Login activity</h2>
<p>${formatCount(logins.total)} logins, from ${formatCount(logins.distinctDevices)} device types and ${formatCount(logins.distinctIps)} IP addresses (counted here, not listed). ${escapeHtml(busiest)} ${cited(STATEMENTS['not-in-training-list'])}</p>
${figure(safeChartMarkup(charts.loginsByWeekdayHour), 'Logins by weekday and hour of day (UTC); darker cells mean more logins.')}
${weekdayHourTable(logins.weekdayHour)}
</section>`;
}

function trainingOf(f: ReportFile): string {
  return f.training ? TRAINING_STATUS_SHORT[f.training.status] : '–';
}

/** Every entry of every input, numbered, with its category, training status and outcome (the numbers survive printing to PDF). */
function entriesTable(report: ReportJson): string {
  const manyInputs = report.inputs.length > 1;
  const rows = report.files.map(
    (f, i) =>
      `<tr><td class="n">${i + 1}</td><th scope="row">${fromExport(f.path)}</th>${manyInputs ? `<td>${fromExport(f.input)}</td>` : ''}` +
      `<td>${f.category ? escapeHtml(categoryById(f.category).shortLabel) : '–'}</td><td>${escapeHtml(trainingOf(f))}</td><td>${entryOutcome(f, fromExport)}</td>` +
      `<td class="n">${formatCount(f.rows)}</td><td>${escapeHtml(monthRange(f.firstDate, f.lastDate))}</td></tr>`,
  );
  const from = manyInputs ? '' : ` All from ${report.inputs.map((i) => fromExport(i.name)).join('')}.`;
  return `<p>${escapeHtml(entriesSummary(report.totals))}${from}</p>
<table class="entries${manyInputs ? ' many-inputs' : ''}"><caption>Every file, with its category, its training status in your region and what became of it</caption>
<colgroup><col class="c-n"><col class="c-file">${manyInputs ? '<col class="c-from">' : ''}<col class="c-category"><col class="c-training"><col><col class="c-records"><col class="c-dates"></colgroup>
<thead><tr><th scope="col">#</th><th scope="col">File</th>${manyInputs ? '<th scope="col">From</th>' : ''}<th scope="col">Category</th><th scope="col">Training</th><th scope="col">Outcome</th><th scope="col">Items</th><th scope="col">Dates</th></tr></thead>
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
    .map((s) => `<li id="source-${escapeHtml(s.id)}">${escapeHtml(s.title)}. ${escapeHtml(s.publisher)}, ${escapeHtml(formatDate(s.date, style))}. ${escapeHtml(s.reference)}${s.url ? `: <a class="address" href="${escapeHtml(s.url)}" rel="noreferrer">${escapeHtml(s.url)}</a>` : ''}.</li>`)
    .join('');
  return `<section><h2>Policy and sources</h2>
<h3>Training periods ${escapeHtml(region.where)}</h3><ul>${windows}${notes}</ul>
<h3>Timeline of LinkedIn's policy</h3><table><thead><tr><th scope="col">Date</th><th scope="col">Event</th><th scope="col">Regions</th><th scope="col">Source</th></tr></thead><tbody>${events}</tbody></table>
<h3>Never used, according to the sources</h3><ul>${EXCLUSIONS.map(statementItem).join('')}</ul>
<h3>Opting out</h3><ul>${statementItem('opt-out-steps')}${statementItem('not-retroactive')}${statementItem('setting-scope')}<li>LinkedIn's setting: <a href="${escapeHtml(OPT_OUT.settingsUrl)}" rel="noreferrer">${escapeHtml(OPT_OUT.settingsUrl)}</a></li>${statementItem('opt-out-date-recall')}</ul>
<h3>Sources</h3><ol>${sources}</ol></section>`;
}

export function renderHtml(report: ReportJson, options: HtmlReportOptions): string {
  const style = regionById(report.policy.region).dateStyle;
  const { charts } = options;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(REPORT_META_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(reportTitle(report))}</title>
<style>${reportStyles}</style>
</head>
<body>
<main>
${summaryPage(report, { exposureChart: safeChartMarkup(charts.exposureByCategory), letterIncluded: Boolean(options.objection) })}
${categoriesSection(report, style)}
${timelineSection(report, charts)}
${loginsSection(report, charts)}
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
