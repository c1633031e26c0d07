// Runtime: any. The report as a readable Markdown summary: the verdict first, every statement
// about LinkedIn's practice with its sources beside it.

import { EXCLUSIONS, OPT_OUT, POSSIBLE_REASON_INFO, POSSIBLE_REASONS, STATEMENTS, regionById, type RegionId, type StatementId } from '../policy/policyModel';
import { showControls } from '../text/controlCharacters';
import { formatDate } from '../text/format';
import { plainCitation, ruleHeading } from './citations';
import { objectionRightsOf, type ObjectionDraft } from './objectionLetter';
import type { ReportCategory, ReportFile, ReportJson, ReportStatement } from './reportJson';
import { redactionSentence } from './redaction';
import { reportTitle } from './reportTitle';
import { VERDICT_LINES } from './verdict';
import { TRAINING_STATUS_LABELS, adultPhrase, dateRange, entriesSummary, entryOutcome, formatCount, optOutPhrase, windowPeriod, wordCount } from './wording';

/**
 * Text from the export cannot format, link or inject HTML, and its control characters (escape
 * sequences, bidirectional overrides) are shown as `\x1b`, `\u202e` instead of acting, in a
 * viewer or a terminal.
 */
export function escapeMarkdown(text: string): string {
  // Without `[` no link or image can form, without `<` no HTML; emphasis, code and tables are closed off too.
  return showControls(text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' '));
}

function cited(s: ReportStatement): string {
  return `${s.text}${plainCitation(s.sources)}`;
}

function statementLine(id: StatementId): string {
  return `- ${cited(STATEMENTS[id])}`;
}

function categoryRow(c: ReportCategory, style: Parameters<typeof dateRange>[2]): string {
  return `| ${c.label} | ${formatCount(c.items)} | ${wordCount(c.words, c.wordsKnown)} | ${dateRange(c.firstDate, c.lastDate, style)} | ${TRAINING_STATUS_LABELS[c.training.status]} | ${formatCount(c.exposure.exposed)} | ${formatCount(c.exposure.possiblyExposed)} | ${formatCount(c.exposure.notExposed)} |`;
}

const CATEGORY_HEADER = [
  '| Category | Items | Words | Dates | Training | Exposed | Possibly exposed | Not exposed |',
  '|---|---:|---:|---|---|---:|---:|---:|',
];

/** What the sources say about one category in the region: its phrase (the four), then its rules. */
function categoryBasis(c: ReportCategory, style: Parameters<typeof ruleHeading>[1]): string[] {
  return [
    `### ${c.label}`,
    '',
    ...(c.reportedAs ? [`- ${cited(c.reportedAs)}`] : []),
    ...c.training.rules.flatMap((r) => [`- ${ruleHeading(r, style)}: ${cited(r)}`, ...(r.note ? [`  ${cited(r.note)}`] : [])]),
    '',
  ];
}

function reasonTable(report: ReportJson): string[] {
  const rows = report.categories.filter((c) => c.exposure.possiblyExposed > 0);
  if (rows.length === 0) return ['No item is possibly exposed.'];
  const cells = (byReason: Record<string, number>) => POSSIBLE_REASONS.map((r) => formatCount(byReason[r] ?? 0)).join(' | ');
  return [
    `| Category | ${POSSIBLE_REASONS.map((r) => POSSIBLE_REASON_INFO[r].label).join(' | ')} |`,
    `|---|${POSSIBLE_REASONS.map(() => '---:').join('|')}|`,
    ...rows.map((c) => `| ${c.label} | ${cells(c.exposure.possiblyExposedByReason)} |`),
    `| All | ${cells(report.totals.exposure.possiblyExposedByReason)} |`,
    '',
    ...POSSIBLE_REASONS.map((r) => {
      const info = POSSIBLE_REASON_INFO[r];
      return `- ${info.label}: possibly exposed because ${info.explanation}.${info.statement ? plainCitation(STATEMENTS[info.statement].sources) : ''}`;
    }),
  ];
}

/** One row per entry of every input, with its outcome. */
function entryRows(report: ReportJson, style: Parameters<typeof dateRange>[2]): string[] {
  return report.files.map(
    (f, i) => `| ${i + 1} | ${escapeMarkdown(f.path)} | ${escapeMarkdown(f.input)} | ${entryOutcome(f, escapeMarkdown)} | ${formatCount(f.rows)} | ${dateRange(f.firstDate, f.lastDate, style)} |`,
  );
}

/** A file this app does not know, could not read whole, or has a warning about: what and why. */
function troubleLine(f: ReportFile): string {
  const what = f.status === 'unknown' ? `not a file this app knows (${formatCount(f.rows)} rows; columns: ${f.columns.map(escapeMarkdown).join(', ') || 'none'})` : f.status;
  const problems = f.problems.filter((p) => p.severity !== 'info' || f.status === 'unknown').map((p) => escapeMarkdown(p.message));
  return `- ${escapeMarkdown(f.path)}: ${what}${problems.length > 0 ? `. ${problems.join(' ')}` : ''}`;
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

/** Where the member may object (EU/EEA, Switzerland, UK): always said, with the form's address, letter or not. */
function objectingLines(region: RegionId): string[] {
  const rights = objectionRightsOf(region);
  if (rights === null) return [];
  return ['## Objecting', '', statementLine(rights), statementLine('objection-route'), `- LinkedIn's ${OPT_OUT.objectionFormName}: ${OPT_OUT.objectionFormUrl}`, statementLine('objection-caveat'), ''];
}

/** The report; with `objection`, the draft letter follows it. */
export function renderMarkdown(report: ReportJson, objection: ObjectionDraft | null = null): string {
  return objection ? `${reportMarkdown(report)}${objectionBlock(objection)}` : reportMarkdown(report);
}

function reportMarkdown(report: ReportJson): string {
  const t = report.totals;
  const { policy, verdict } = report;
  const region = regionById(policy.region);
  const style = region.dateStyle;
  const named = report.categories.filter((c) => c.namedByReporting);
  const others = report.categories.filter((c) => !c.namedByReporting);
  const troubles = [
    ...report.files.filter((f) => f.status === 'unknown' || f.status === 'error' || f.problems.some((p) => p.severity !== 'info')).map(troubleLine),
    ...report.inputs.filter((i) => i.error).map((i) => `- ${escapeMarkdown(i.name)}: ${escapeMarkdown(i.error!.message)}`),
    ...report.problems.map((p) => `- ${escapeMarkdown(p.message)}`),
  ];
  const lines = [
    `# ${reportTitle(report)}`,
    '',
    `**${verdict.headline.text}**${plainCitation(verdict.headline.sources)}`,
    '',
    ...VERDICT_LINES.flatMap((key) => {
      const line = verdict[key];
      return line ? [`- ${cited(line)}`] : [];
    }),
    '',
    '## Settings',
    '',
    `- Analyzed: ${report.inputs.map((i) => escapeMarkdown(i.name)).join(', ')}${report.exportDate ? ` (export of ${formatDate(report.exportDate, style)})` : ''}`,
    `- Region: ${policy.regionLabel}; ${optOutPhrase(policy.optedOut, policy.asOf, style)}; ${adultPhrase(policy.adultFrom, style)}`,
    `- Analysis date: ${formatDate(report.analyzedAt.slice(0, 10), style)}; policy model of ${formatDate(policy.policyModelDate, style)}`,
    `- Estimated tokens of exposed text: about ${formatCount(t.exposure.estimatedExposedTokens)} (an estimate: about 4 characters per token)`,
    `- Redaction: ${redactionSentence(report.redaction)}`,
    '',
    '## The four categories the public reporting names',
    '',
    cited(STATEMENTS['four-categories']),
    '',
    ...CATEGORY_HEADER,
    ...named.map((c) => categoryRow(c, style)),
    '',
    ...named.flatMap((c) => categoryBasis(c, style)),
    '## Every other category',
    '',
    ...CATEGORY_HEADER,
    ...others.map((c) => categoryRow(c, style)),
    '',
    ...others.flatMap((c) => categoryBasis(c, style)),
    '## Possibly exposed, by reason',
    '',
    ...reasonTable(report),
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
    '| # | File | From | Outcome | Items | Dates |',
    '|---:|---|---|---|---:|---|',
    ...entryRows(report, style),
    '',
    '## What the app could not read',
    '',
    ...(troubles.length === 0 ? ['Nothing: every file above was read, or set aside for the reason it gives.'] : troubles),
    '',
    ...(report.excerpts.length > 0
      ? ['## Excerpts', '', ...report.excerpts.map((e) => `- ${e.date ? formatDate(e.date, style) : 'undated'} (${e.category}): ${escapeMarkdown(e.text)}`), '']
      : []),
    `## Training periods ${region.where}`,
    '',
    ...policy.windows.map((w) => `- ${windowPeriod(w, style)}: ${cited(w)}`),
    ...policy.notes.map((n) => `- ${cited(n)}`),
    '',
    '## Opting out',
    '',
    statementLine('opt-out-steps'),
    statementLine('not-retroactive'),
    statementLine('setting-scope'),
    `- LinkedIn's setting: ${OPT_OUT.settingsUrl}`,
    statementLine('opt-out-date-recall'),
    '',
    ...objectingLines(policy.region),
    '## Never used, according to the sources',
    '',
    ...EXCLUSIONS.map(statementLine),
    '',
    '## Sources',
    '',
    ...report.sources.map((s) => `- ${s.title}. ${s.publisher}, ${formatDate(s.date, style)}. ${s.reference}${s.url ? `, ${s.url}` : ''}.`),
    '',
  ];
  return lines.join('\n');
}
