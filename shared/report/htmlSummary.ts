// Runtime: any. Page 1 of the HTML/PDF report: a one-page summary a member can share. The verdict
// (each sentence with a source), the four categories the public reporting names with their
// exposed / possibly / not figures, the chart of what could have been used, and what to do next:
// the opt-out setting's path and, in the EU/EEA, Switzerland and the UK, always the right to
// object with the objection form's address. It is one <section>, the one the export dialog previews.

import { OPT_OUT, STATEMENTS, categoryById, regionById } from '../policy/policyModel';
import { formatDate, type DateStyle } from '../text/format';
import { cited, citedBriefly, escapeHtml, figure, fromExport } from './htmlMarkup';
import { objectionRightsOf } from './objectionLetter';
import { REDACTION_LABELS } from './redaction';
import type { ReportCategory, ReportJson } from './reportJson';
import { reportTitle } from './reportTitle';
import { VERDICT_LINES } from './verdict';
import { EXPOSURE_LABELS, TRAINING_STATUS_SHORT, adultPhrase, formatCount, optOutPhrase } from './wording';

export interface SummaryOptions {
  /** The chart of exposed and possibly exposed items per category (the app's component). */
  readonly exposureChart: string | null;
  /** The full objection letter is in this report (its last pages). */
  readonly letterIncluded: boolean;
}

/** The verdict's headline keeps all its sources, as the app shows it; the lines below one each. */
function verdictBlock(report: ReportJson): string {
  const { verdict } = report;
  const lines = VERDICT_LINES.flatMap((key) => {
    const line = verdict[key];
    return line ? [`<li class="verdict-${key}">${citedBriefly(line)}</li>`] : [];
  });
  return `<p class="headline">${cited(verdict.headline)}</p>\n<ul class="verdict">${lines.join('')}</ul>`;
}

function figuresRow(label: string, c: Pick<ReportCategory, 'items' | 'exposure'>, status: string): string {
  const n = (v: number) => `<td class="n">${formatCount(v)}</td>`;
  return `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(status)}</td>${n(c.items)}${n(c.exposure.exposed)}${n(c.exposure.possiblyExposed)}${n(c.exposure.notExposed)}</tr>`;
}

function fourCategories(report: ReportJson): string {
  const named = report.categories.filter((c) => c.namedByReporting);
  const rows = named.map((c) => figuresRow(c.label, c, TRAINING_STATUS_SHORT[c.training.status]));
  return `<table class="summary-figures"><caption>The four categories the public reporting names</caption>
<thead><tr><th scope="col">Category</th><th scope="col">Training</th><th scope="col">Items</th><th scope="col">${EXPOSURE_LABELS.exposed}</th><th scope="col">${EXPOSURE_LABELS.possiblyExposed}</th><th scope="col">${EXPOSURE_LABELS.notExposed}</th></tr></thead>
<tbody>${rows.join('')}</tbody>
<tfoot>${figuresRow('All categories', report.totals, `${formatCount(report.categories.length)} categories`)}</tfoot></table>`;
}

function exposureFigure(report: ReportJson, chart: string | null): string {
  const none = report.categories.filter((c) => c.exposure.exposed + c.exposure.possiblyExposed === 0).map((c) => categoryById(c.id).shortLabel);
  const apart = none.length === 0 ? '' : ` Nothing exposed or possibly exposed in: ${none.join(', ')}.`;
  const caption = `Exposed and possibly exposed items per category, most first; not-exposed items are counted in the table, not drawn.${apart}`;
  return chart ? figure(chart, caption) : `<p class="muted">${escapeHtml(`No item is exposed or possibly exposed.${apart}`)}</p>`;
}

function optOutStep(report: ReportJson, style: DateStyle): string {
  const path = OPT_OUT.desktopSteps.join(' → ');
  const link = `<a href="${escapeHtml(OPT_OUT.settingsUrl)}" rel="noreferrer">${escapeHtml(OPT_OUT.settingsUrl)}</a>`;
  const lead =
    report.policy.optedOut === null
      ? `<strong>Opt out</strong> (it stops training from now on): ${escapeHtml(path)}, or ${link}.`
      : `<strong>Keep the setting off</strong> (you opted out on ${escapeHtml(formatDate(report.policy.optedOut, style))}); check it at ${escapeHtml(path)}, or ${link}.`;
  return `<li>${lead} ${citedBriefly(STATEMENTS['not-retroactive'])}</li>`;
}

/** The right to object, always, where the member has it: the law, LinkedIn's form and its address. */
function objectStep(report: ReportJson, letterIncluded: boolean): string {
  const rights = objectionRightsOf(report.policy.region);
  if (rights === null) return '';
  const form = `<a href="${escapeHtml(OPT_OUT.objectionFormUrl)}" rel="noreferrer">${escapeHtml(OPT_OUT.objectionFormUrl)}</a>`;
  const letter = letterIncluded ? 'A draft objection with your figures is at the end of this report.' : 'The app\'s opt-out guide drafts the objection with your figures.';
  return `<li class="object"><strong>Object</strong> (opting out does not undo past training): ${citedBriefly(STATEMENTS[rights])} ${citedBriefly(STATEMENTS['objection-route'])} Its address: ${form}. ${escapeHtml(letter)}</li>`;
}

function withdrawStep(report: ReportJson): string {
  return regionById(report.policy.region).rights === 'pipeda' ? `<li><strong>Withdraw consent</strong>: ${citedBriefly(STATEMENTS['pipeda-withdraw'])}</li>` : '';
}

function aboutLine(report: ReportJson, style: DateStyle): string {
  const { policy } = report;
  const inputs = report.inputs.map((i) => fromExport(i.name)).join(', ');
  const exported = report.exportDate ? `, export of ${escapeHtml(formatDate(report.exportDate, style))}` : '';
  return `<p class="about">${inputs}${exported}. ${escapeHtml(policy.regionLabel)}; ${escapeHtml(optOutPhrase(policy.optedOut, policy.asOf, style))}; ${escapeHtml(adultPhrase(policy.adultFrom, style))}. ${escapeHtml(REDACTION_LABELS[report.redaction])}.</p>`;
}

export function summaryPage(report: ReportJson, options: SummaryOptions): string {
  const style = regionById(report.policy.region).dateStyle;
  return `<section class="summary" aria-labelledby="report-title">
<h1 id="report-title">${escapeHtml(reportTitle(report))}</h1>
${aboutLine(report, style)}
${verdictBlock(report)}
${fourCategories(report)}
${exposureFigure(report, options.exposureChart)}
<h2 class="next-steps">What you can do</h2>
<ul class="next-steps">${optOutStep(report, style)}${objectStep(report, options.letterIncluded)}${withdrawStep(report)}</ul>
</section>`;
}
