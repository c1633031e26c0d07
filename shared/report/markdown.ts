// Runtime: any. The report as a readable Markdown summary.

import { OPT_OUT } from '../policy/policyModel';
import type { ObjectionDraft } from './objectionLetter';
import type { ReportCategory, ReportFile, ReportJson } from './reportJson';
import { REDACTION_LABELS } from './redaction';
import { TRAINING_STATUS_LABELS, dateRange, entriesSummary, entryOutcome, formatCount, headline, optOutPhrase, possiblyLine, wordCount } from './wording';

/** Bidirectional controls that could reorder what a terminal or viewer shows. */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from the export cannot format, link or inject HTML, and its bidirectional controls are
 * shown as code points instead of reordering the line.
 */
export function escapeMarkdown(text: string): string {
  return text
    // Without `[` no link or image can form, without `<` no HTML; emphasis, code and tables are closed off too.
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, ' ')
    .replace(BIDI_CONTROLS, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase()}]`);
}

function categoryRow(c: ReportCategory): string {
  return `| ${c.label} | ${formatCount(c.items)} | ${wordCount(c.words, c.wordsKnown)} | ${dateRange(c.firstDate, c.lastDate)} | ${TRAINING_STATUS_LABELS[c.training.status]} | ${formatCount(c.exposure.exposed)} | ${formatCount(c.exposure.possiblyExposed)} | ${formatCount(c.exposure.notExposed)} |`;
}

const CATEGORY_HEADER = [
  '| Category | Items | Words | Dates | Training | Exposed | Possibly exposed | Not exposed |',
  '|---|---:|---:|---|---|---:|---:|---:|',
];

/** One row per entry of every input, with its outcome. */
function entryRows(report: ReportJson): string[] {
  return report.files.map(
    (f, i) => `| ${i + 1} | ${escapeMarkdown(f.path)} | ${escapeMarkdown(f.input)} | ${entryOutcome(f, escapeMarkdown)} | ${formatCount(f.rows)} | ${dateRange(f.firstDate, f.lastDate)} |`,
  );
}

/** Files this app does not know, or could not read whole, or with a warning: what and why. */
function troubleLine(f: ReportFile): string {
  const known = f.status === 'unknown' ? `not a file this app knows (${formatCount(f.rows)} rows; columns: ${f.columns.map(escapeMarkdown).join(', ') || 'none'})` : f.status;
  const problems = f.problems.filter((p) => p.severity !== 'info' || f.status === 'unknown').map((p) => escapeMarkdown(p.message));
  return `- ${escapeMarkdown(f.path)}: ${known}${problems.length > 0 ? `. ${problems.join(' ')}` : ''}`;
}

function itemsPerYear(report: ReportJson): string[] {
  const years = new Map<string, number>();
  for (const c of report.categories) {
    for (const m of c.itemsPerMonth) years.set(m.month.slice(0, 4), (years.get(m.month.slice(0, 4)) ?? 0) + m.items);
  }
  return [...years].sort(([a], [b]) => (a < b ? -1 : 1)).map(([year, n]) => `| ${year} | ${formatCount(n)} |`);
}

/**
 * The letter as a text block: its line breaks kept, nothing in it formatted. The fence is longer
 * than any run of backticks the member's own words hold, so they cannot close it.
 */
function objectionBlock(objection: ObjectionDraft): string {
  const longestRun = Math.max(0, ...(objection.text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  const text = objection.text.endsWith('\n') ? objection.text : `${objection.text}\n`;
  return `\n## ${objection.title}\n\n${fence}text\n${text}${fence}\n`;
}

/** The report; with `objection`, the draft letter follows it. */
export function renderMarkdown(report: ReportJson, objection: ObjectionDraft | null = null): string {
  return objection ? `${reportMarkdown(report)}${objectionBlock(objection)}` : reportMarkdown(report);
}

function reportMarkdown(report: ReportJson): string {
  const t = report.totals;
  const figures = { exposed: t.exposure.exposed, possiblyExposed: t.exposure.possiblyExposed, items: t.items, exposedWords: t.exposure.exposedWords };
  const named = report.categories.filter((c) => c.namedByReporting);
  const others = report.categories.filter((c) => !c.namedByReporting);
  const troubled = report.files.filter((f) => f.status === 'unknown' || f.status === 'error' || f.problems.some((p) => p.severity !== 'info'));
  const troubles = [
    ...troubled.map(troubleLine),
    ...report.inputs.filter((i) => i.error).map((i) => `- ${escapeMarkdown(i.name)}: ${escapeMarkdown(i.error!.message)}`),
    ...report.problems.map((p) => `- ${escapeMarkdown(p.message)}`),
  ];
  const lines = [
    '# LinkedIn AI-training exposure report',
    '',
    `**${headline(figures)}** ${possiblyLine(figures)}`,
    '',
    `- Analyzed: ${report.inputs.map((i) => escapeMarkdown(i.name)).join(', ')}${report.exportDate ? ` (export of ${report.exportDate})` : ''}`,
    `- Region: ${report.policy.regionLabel}; ${optOutPhrase(report.policy.optedOut)}`,
    `- Analysis date: ${report.analyzedAt.slice(0, 10)}; policy model of ${report.policy.policyModelDate}`,
    `- Estimated tokens of exposed text: about ${formatCount(t.exposure.estimatedExposedTokens)} (an estimate: about 4 characters per token)`,
    `- Redaction: ${REDACTION_LABELS[report.redaction]}`,
    '',
    '## The four categories the public reporting names',
    '',
    ...CATEGORY_HEADER,
    ...named.map(categoryRow),
    '',
    '## Every other category',
    '',
    ...CATEGORY_HEADER,
    ...others.map(categoryRow),
    '',
    '## Items per year',
    '',
    '| Year | Items |',
    '|---|---:|',
    ...itemsPerYear(report),
    '',
    '## Every file',
    '',
    entriesSummary(t),
    '',
    '| # | File | From | Outcome | Records | Dates |',
    '|---:|---|---|---|---:|---|',
    ...entryRows(report),
    '',
    '## What the app could not read',
    '',
    ...(troubles.length === 0 ? ['Nothing: every file above was read, or set aside for the reason it gives.'] : troubles),
    '',
    ...(report.excerpts.length > 0
      ? ['## Excerpts', '', ...report.excerpts.map((e) => `- ${e.date ?? 'undated'} (${e.category}): ${escapeMarkdown(e.text)}`), '']
      : []),
    '## Opting out',
    '',
    `${OPT_OUT.notRetroactive} Switch off "${OPT_OUT.toggleLabel}": ${OPT_OUT.desktopSteps.join(' → ')} (${OPT_OUT.settingsUrl}).`,
    '',
    '## Sources',
    '',
    ...report.sources.map((s) => `- ${s.title}. ${s.publisher}, ${s.date}. ${s.reference}.`),
    '',
  ];
  return lines.join('\n');
}
