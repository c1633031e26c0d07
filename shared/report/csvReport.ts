// Runtime: any. The report as CSV: one row per category, then one per file. Every cell that a
// spreadsheet would run as a formula is neutralized.

import { POSSIBLE_REASONS, regionById, type PossibleReason, type SourceId } from '../policy/policyModel';
import { showControls } from '../text/controlCharacters';
import { sourceReferences } from './citations';
import type { ReportJson, ReportTraining } from './reportJson';
import { redactionSentence } from './redaction';
import { reportTitle } from './reportTitle';
import { VERDICT_LINES } from './verdict';
import { TRAINING_STATUS_LABELS, adultPhrase, optOutPhrase } from './wording';

/** `=`, `+`, `-`, `@`, tab and carriage return start formulas (or DDE) in spreadsheets. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  // Control characters shown, not kept: in a terminal they would act, in a spreadsheet hide.
  const safe = neutralizeCell(showControls(value, true));
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const HEADER = [
  'kind',
  'id',
  'name',
  'category',
  'status',
  'training',
  'items',
  'words',
  'first_date',
  'last_date',
  'exposed',
  'possibly_exposed',
  'not_exposed',
  'exposed_words',
  ...POSSIBLE_REASONS.map((r) => `possibly_${r.replace(/-/g, '_')}`),
  'training_basis',
  'sources',
  'problems',
  'input',
  'copy_of',
];

function reasonCells(byReason: Readonly<Record<PossibleReason, number>> | null): (number | null)[] {
  return POSSIBLE_REASONS.map((r) => (byReason ? byReason[r] : null));
}

/** What the sources say, rule by rule, and the references of their sources. */
function basisCells(training: ReportTraining | null): [string, string] {
  if (!training) return ['', ''];
  const ids = new Set<SourceId>();
  const text = training.rules
    .map((r) => {
      for (const id of [...r.sources, ...(r.note?.sources ?? [])]) ids.add(id);
      const period = `${r.from ? ` from ${r.from}` : ''}${r.until ? ` until ${r.until}` : ''}`;
      return `${TRAINING_STATUS_LABELS[r.status]}${period}: ${r.text}${r.note ? ` ${r.note.text}` : ''}`;
    })
    .join(' | ');
  return [text, sourceReferences([...ids])];
}

type Row = (string | number | null)[];

/** CRLF, as RFC 4180 and spreadsheets expect. */
function csvLines(rows: readonly Row[]): string {
  return rows.map((row) => `${row.map(cell).join(',')}\r\n`).join('');
}

/** A BOM so Excel reads UTF-8. */
const BOM = '\uFEFF';

export function renderCsv(report: ReportJson): string {
  return `${BOM}${csvLines([HEADER, ...reportRows(report)])}`;
}

/** Several exports (`--each`), written export by export: one header first... */
export function csvOfEachHeader(): string {
  return `${BOM}${csvLines([['export', ...HEADER]])}`;
}

/** ...then every export's rows, each prefixed by its archive names. */
export function csvOfEachRows(report: ReportJson): string {
  const name = report.inputs.map((input) => input.name).join(' + ');
  return csvLines(reportRows(report).map((row) => [name, ...row]));
}

function reportRows(report: ReportJson): Row[] {
  const t = report.totals;
  const { policy } = report;
  const style = regionById(policy.region).dateStyle;
  const rows: Row[] = [];
  const blank = (n: number) => Array.from({ length: n }, () => '');
  // What was analyzed and under which assumptions, so the figures below can be read alone.
  rows.push([
    'report',
    report.redaction,
    `${reportTitle(report)}; ${report.inputs.map((i) => i.name).join(' + ')}; ${policy.regionLabel}; ${optOutPhrase(policy.optedOut, policy.asOf, style)}; ${adultPhrase(policy.adultFrom, style)}; analysed ${report.analyzedAt.slice(0, 10)}; ${redactionSentence(report.redaction)}`,
    '',
    '',
    '',
    t.items,
    t.words,
    null,
    null,
    t.exposure.exposed,
    t.exposure.possiblyExposed,
    t.exposure.notExposed,
    t.exposure.exposedWords,
    ...reasonCells(t.exposure.possiblyExposedByReason),
    '',
    '',
    '',
    '',
    '',
  ]);
  // The verdict's sentences, each with its sources.
  for (const key of ['headline', ...VERDICT_LINES] as const) {
    const line = report.verdict[key];
    if (!line) continue;
    rows.push(['verdict', key, line.text, ...blank(HEADER.length - 5), sourceReferences(line.sources), '']);
  }
  for (const c of report.categories) {
    rows.push([
      'category',
      c.id,
      c.label,
      c.id,
      '',
      TRAINING_STATUS_LABELS[c.training.status],
      c.items,
      c.wordsKnown ? c.words : 'unknown',
      c.firstDate,
      c.lastDate,
      c.exposure.exposed,
      c.exposure.possiblyExposed,
      c.exposure.notExposed,
      c.exposure.exposedWords,
      ...reasonCells(c.exposure.possiblyExposedByReason),
      ...basisCells(c.training),
      '',
      '',
      '',
    ]);
  }
  for (const f of report.files) {
    rows.push([
      'file',
      f.catalogId,
      f.path,
      f.category,
      f.status,
      f.training ? TRAINING_STATUS_LABELS[f.training.status] : '',
      f.rows,
      f.wordsKnown ? f.words : 'unknown',
      f.firstDate,
      f.lastDate,
      f.exposure.exposed,
      f.exposure.possiblyExposed,
      f.exposure.notExposed,
      f.exposure.exposedWords,
      ...reasonCells(f.exposure.possiblyExposedByReason),
      ...basisCells(f.training),
      f.problems.map((p) => p.message).join(' '),
      f.input,
      f.duplicateOf ? `${f.duplicateOf.path} (${f.duplicateOf.input})${f.duplicateOf.identical ? ', identical' : ''}` : '',
    ]);
  }
  return rows;
}
