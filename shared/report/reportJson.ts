// Runtime: any. The report as versioned JSON (schema in reportSchema.ts): the one model every
// report format (JSON, Markdown, CSV, HTML, PDF) is rendered from, so all show the same figures.

import { APP_NAME, APP_VERSION } from '../appInfo';
import type { AppliedRule, Analysis, CategoryAnalysis, CategoryTrainingStatus, Totals, TrainingBasis } from '../analysis/buildAnalysis';
import type { ExposureCounts } from '../analysis/exposure';
import { catalogEntryById } from '../catalog/fileCatalog';
import {
  SOURCES,
  STATEMENTS,
  categoryById,
  regionById,
  type CategoryId,
  type DataKind,
  type Source,
  type SourceId,
  type StatementId,
  type TrainingStatus,
  type TrainingWindow,
} from '../policy/policyModel';
import type { DuplicateOf, ExportScan, FileScan, InputSummary, Problem } from '../scan/scanTypes';
import type { ItemsView } from '../items/packedItems';
import { firstWords } from '../text/words';
import { isoFromDay } from '../text/dates';
import { scrubPersonal, type RedactionLevel } from './redaction';
import { shownInsights, type ReportInsights } from './shownInsights';
import { ShownNames } from './shownNames';
import { verdictOf, type Verdict, type VerdictLine } from './verdict';

export const SCHEMA_VERSION = 2;

/** The report's types are the analysis's own, narrowed to what is shared: a field added to the
 * analysis reaches the report only by naming it here, and the schema test then asks for it. */
export type ReportProblem = Pick<Problem, 'severity' | 'code' | 'message' | 'detail'>;

export type ReportExposure = Pick<ExposureCounts, 'exposed' | 'possiblyExposed' | 'notExposed' | 'exposedWords' | 'possiblyExposedWords' | 'possiblyExposedByReason'>;

type WithTokens = ReportExposure & Pick<CategoryAnalysis['exposure'], 'estimatedExposedTokens'>;

/** A sentence about LinkedIn's practice, with the ids of its sources (listed in `sources`). */
export type ReportStatement = VerdictLine;

export interface ReportRule extends Pick<AppliedRule, 'status' | 'from' | 'until'>, ReportStatement {
  readonly note: ReportStatement | null;
}

export interface ReportTraining {
  readonly status: CategoryTrainingStatus;
  readonly rules: readonly ReportRule[];
}

export interface ReportFile extends Pick<FileScan, 'name' | 'path' | 'catalogId' | 'category' | 'status' | 'rows' | 'columns' | 'firstDate' | 'lastDate'> {
  /** The name of the input (zip, folder or file) the file came from. */
  readonly input: string;
  /** Header cells the catalog does not know for this file; absent at "counts", where only their number shows. */
  readonly unknownColumns?: readonly string[];
  readonly unknownColumnCount: number;
  /** On a later copy of a file: the copy counted first (its path and input), whether the two are identical, and the rows they share. */
  readonly duplicateOf: (Omit<DuplicateOf, 'input'> & { readonly input: string }) | null;
  readonly label: string | null;
  readonly words: number;
  /** False where the member's own text could not be told from others' (`words` is then 0, not a count). */
  readonly wordsKnown: boolean;
  readonly training: (ReportTraining & { readonly dataKind: DataKind; readonly status: TrainingStatus }) | null;
  readonly exposure: ReportExposure;
  readonly problems: readonly ReportProblem[];
}

export interface ReportCategory
  extends Pick<CategoryAnalysis, 'id' | 'label' | 'namedByReporting' | 'description' | 'files' | 'items' | 'undatedItems' | 'words' | 'wordsKnown' | 'firstDate' | 'lastDate' | 'itemsPerMonth' | 'itemsByTrainingStatus'> {
  readonly characters: number;
  /** The four of the reporting: the phrase of LinkedIn's Q&A the category stands for. */
  readonly reportedAs: ReportStatement | null;
  readonly training: ReportTraining;
  readonly exposure: WithTokens;
}

export interface ReportExcerpt {
  readonly category: CategoryId;
  readonly file: string;
  readonly date: string | null;
  readonly words: number;
  readonly text: string;
}

export interface ReportWindow extends Pick<TrainingWindow, 'start' | 'end' | 'certainty' | 'pastItems'>, ReportStatement {
  readonly startPrecision: 'day' | 'month';
  readonly endUnstated: boolean;
}

export interface ReportJson {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly generator: { readonly name: string; readonly version: string };
  readonly analyzedAt: string;
  readonly exportDate: string | null;
  readonly redaction: RedactionLevel;
  readonly policy: Analysis['policy'] & { readonly windows: readonly ReportWindow[]; readonly notes: readonly ReportStatement[] };
  readonly verdict: { readonly [K in keyof Verdict]: Verdict[K] };
  readonly inputs: readonly (Pick<InputSummary, 'name' | 'kind' | 'archiveKind' | 'exportDate' | 'bytes' | 'files' | 'error' | 'invented'> & { readonly duplicatesSkipped: number })[];
  readonly files: readonly ReportFile[];
  readonly categories: readonly ReportCategory[];
  readonly totals: Omit<Totals, 'exposure'> & { readonly exposure: WithTokens };
  readonly insights: ReportInsights;
  readonly excerpts: readonly ReportExcerpt[];
  /** The export's own problems; they quote nothing from it. */
  readonly problems: readonly Omit<ReportProblem, 'detail'>[];
  readonly sources: readonly (Source & { readonly id: SourceId })[];
  /** A record of a batch (`--each`): the export's place among the paths given, from 0. */
  readonly batchIndex?: number;
}

/** The statement as the report carries it: its text and its sources' ids. */
export function reportStatement(id: StatementId): ReportStatement {
  return { text: STATEMENTS[id].text, sources: STATEMENTS[id].sources };
}

function reportTraining(basis: TrainingBasis): ReportTraining {
  return {
    status: basis.status,
    rules: basis.rules.map((r) => ({ status: r.status, from: r.from, until: r.until, ...reportStatement(r.statement), note: r.note === null ? null : reportStatement(r.note) })),
  };
}

/** Whether the scan's input is the built-in sample (known from the source, never from a name). */
export function isInvented(inputs: readonly Pick<InputSummary, 'invented'>[]): boolean {
  return inputs.some((input) => input.invented);
}

const EXCERPT_WORDS = 12;
const EXCERPTS_PER_CATEGORY = 5;

function exposureOf(counts: ExposureCounts): ReportExposure {
  return {
    exposed: counts.exposed,
    possiblyExposed: counts.possiblyExposed,
    notExposed: counts.notExposed,
    exposedWords: counts.exposedWords,
    possiblyExposedWords: counts.possiblyExposedWords,
    possiblyExposedByReason: { ...counts.possiblyExposedByReason },
  };
}

function problemOf(problem: Problem, names: ShownNames): ReportProblem {
  const base = { severity: problem.severity, code: problem.code, message: problem.message };
  const detail = problem.detail === undefined ? undefined : names.quoted(problem.detail);
  return detail === undefined ? base : { ...base, detail };
}

/** Posts and comments only, most recent first (the export holds no engagement figures). */
function excerptsOf(scan: ExportScan, items: ItemsView | null, redaction: RedactionLevel, names: ShownNames): ReportExcerpt[] {
  if (redaction === 'counts' || !items) return [];
  const picked: ReportExcerpt[] = [];
  const all = Array.from({ length: items.count }, (_, i) => i);
  for (const category of ['posts', 'responses'] as const) {
    const indexes = all
      .filter((i) => scan.files[items.file(i)]?.category === category)
      .sort((a, b) => (items.day(b) ?? -Infinity) - (items.day(a) ?? -Infinity));
    const chosen = redaction === 'full' ? indexes : indexes.slice(0, EXCERPTS_PER_CATEGORY);
    for (const i of chosen) {
      const itemDay = items.day(i);
      const text = items.text(i);
      picked.push({
        category,
        file: names.file(items.file(i)).name,
        date: itemDay === null ? null : isoFromDay(itemDay),
        words: items.words(i),
        text: redaction === 'full' ? text : scrubPersonal(firstWords(text, EXCERPT_WORDS)),
      });
    }
  }
  return picked;
}

function categoryReportedAs(id: CategoryId): ReportStatement | null {
  const statementId = categoryById(id).reportedAs;
  return statementId ? reportStatement(statementId) : null;
}

/**
 * The report's model; excerpts come from the member's items (none at "counts"). `firstInput`
 * numbers the inputs' labels from there (a batch of exports numbers them across the batch).
 */
export function buildReportJson(scan: ExportScan, analysis: Analysis, redaction: RedactionLevel, items: ItemsView | null = null, firstInput = 0): ReportJson {
  const region = regionById(analysis.policy.region);
  const names = new ShownNames(scan, redaction, firstInput);
  const verdict = verdictOf({ ...analysis, invented: isInvented(scan.inputs) });
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: { name: APP_NAME, version: APP_VERSION },
    analyzedAt: scan.scannedAt,
    exportDate: scan.exportDate,
    redaction,
    policy: {
      region: analysis.policy.region,
      regionLabel: analysis.policy.regionLabel,
      optedOut: analysis.policy.optedOut,
      adultFrom: analysis.policy.adultFrom,
      asOf: analysis.policy.asOf,
      existedBy: analysis.policy.existedBy,
      policyModelDate: analysis.policy.policyModelDate,
      windows: region.windows.map((w) => ({ start: w.start, startPrecision: w.startPrecision ?? 'day', end: w.end, certainty: w.certainty, endUnstated: w.endUnstated === true, pastItems: w.pastItems, ...reportStatement(w.statement) })),
      notes: region.notes.map(reportStatement),
    },
    verdict,
    inputs: scan.inputs.map((input, index) => ({
      name: names.input(index),
      kind: input.kind,
      archiveKind: input.archiveKind,
      exportDate: input.exportDate,
      bytes: input.bytes,
      files: input.files,
      duplicatesSkipped: scan.files.filter((f) => f.input === index && f.status === 'duplicate').length,
      error: input.error && { code: input.error.code, message: names.inputMessage(input.error.message) },
      invented: input.invented,
    })),
    files: scan.files.map((file, index) => {
      const entry = file.catalogId === null ? null : catalogEntryById(file.catalogId);
      const training = analysis.files[index]!.training;
      return {
        ...names.file(index),
        input: names.input(file.input),
        duplicateOf: file.duplicateOf ? { ...file.duplicateOf, path: names.pathOf(file.duplicateOf), input: names.input(file.duplicateOf.input) } : null,
        catalogId: file.catalogId,
        label: entry?.label ?? null,
        category: file.category,
        status: file.status,
        rows: file.rows,
        ...names.columns(file),
        firstDate: file.firstDate,
        lastDate: file.lastDate,
        words: file.ownText.words,
        wordsKnown: file.ownTextKnown,
        training: entry && training ? { dataKind: entry.dataKind, ...reportTraining(training), status: training.status as TrainingStatus } : null,
        exposure: exposureOf(analysis.files[index]!.exposure),
        problems: file.problems.map((p) => problemOf(p, names)),
      };
    }),
    categories: analysis.categories.map((c) => ({
      id: c.id,
      label: c.label,
      namedByReporting: c.namedByReporting,
      description: c.description,
      files: c.files,
      items: c.items,
      undatedItems: c.undatedItems,
      words: c.words,
      wordsKnown: c.wordsKnown,
      characters: c.chars,
      firstDate: c.firstDate,
      lastDate: c.lastDate,
      itemsPerMonth: c.itemsPerMonth,
      reportedAs: categoryReportedAs(c.id),
      training: reportTraining(c.training),
      itemsByTrainingStatus: { ...c.itemsByTrainingStatus },
      exposure: { ...exposureOf(c.exposure), estimatedExposedTokens: c.exposure.estimatedExposedTokens },
    })),
    totals: {
      files: analysis.totals.files,
      parsed: analysis.totals.parsed,
      empty: analysis.totals.empty,
      unknown: analysis.totals.unknown,
      errors: analysis.totals.errors,
      duplicates: analysis.totals.duplicates,
      skipped: analysis.totals.skipped,
      items: analysis.totals.items,
      words: analysis.totals.words,
      itemsByTrainingStatus: { ...analysis.totals.itemsByTrainingStatus },
      exposure: { ...exposureOf(analysis.totals.exposure), estimatedExposedTokens: analysis.totals.exposure.estimatedExposedTokens },
    },
    insights: shownInsights(scan.insights, redaction),
    excerpts: excerptsOf(scan, items, redaction, names),
    problems: scan.problems.map(({ severity, code, message }) => ({ severity, code, message: names.inputMessage(message) })),
    sources: Object.entries(SOURCES).map(([id, source]) => ({ id: id as SourceId, ...source })),
  };
}
