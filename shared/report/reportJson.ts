// Runtime: any. The report as versioned JSON (schema in reportSchema.ts): the one model every
// report format (JSON, Markdown, CSV, HTML, PDF) is rendered from, so all show the same figures.

import { APP_NAME, APP_VERSION } from '../appInfo';
import type { Analysis, CategoryTrainingStatus } from '../analysis/buildAnalysis';
import type { ExposureCounts } from '../analysis/exposure';
import { catalogEntryById, type TrainingStatus } from '../catalog/fileCatalog';
import { regionById, SOURCES, type CategoryId, type SourceId } from '../policy/policyModel';
import type { ExportScan, FileStatus, Problem, ScanInsights } from '../scan/scanTypes';
import type { ItemsView } from '../items/packedItems';
import { firstWords } from '../text/words';
import { isoFromDay } from '../text/dates';
import { scrubPersonal, type RedactionLevel } from './redaction';

export const SCHEMA_VERSION = 1;

export interface ReportProblem {
  readonly severity: Problem['severity'];
  readonly code: string;
  readonly message: string;
  readonly detail?: string;
}

export interface ReportExposure {
  readonly exposed: number;
  readonly possiblyExposed: number;
  readonly notExposed: number;
  readonly exposedWords: number;
  readonly possiblyExposedWords: number;
}

export interface ReportFile {
  readonly name: string;
  readonly path: string;
  readonly input: string;
  readonly catalogId: string | null;
  readonly label: string | null;
  readonly category: CategoryId | null;
  readonly status: FileStatus;
  readonly rows: number;
  readonly columns: readonly string[];
  readonly unknownColumns: readonly string[];
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly words: number;
  readonly training: { readonly status: TrainingStatus; readonly note: string; readonly sources: readonly SourceId[] } | null;
  readonly exposure: ReportExposure;
  readonly problems: readonly ReportProblem[];
}

export interface ReportCategory {
  readonly id: CategoryId;
  readonly label: string;
  readonly namedByReporting: boolean;
  readonly description: string;
  readonly files: number;
  readonly items: number;
  readonly undatedItems: number;
  readonly words: number;
  readonly characters: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly itemsPerMonth: readonly { readonly month: string; readonly items: number }[];
  readonly training: { readonly status: CategoryTrainingStatus; readonly policy: string; readonly sources: readonly SourceId[] };
  readonly exposure: ReportExposure & { readonly estimatedExposedTokens: number };
}

export interface ReportExcerpt {
  readonly category: CategoryId;
  readonly file: string;
  readonly date: string | null;
  readonly words: number;
  readonly text: string;
}

export interface ReportJson {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly generator: { readonly name: string; readonly version: string };
  readonly analyzedAt: string;
  readonly exportDate: string | null;
  readonly redaction: RedactionLevel;
  readonly policy: {
    readonly region: string;
    readonly regionLabel: string;
    readonly optedOut: string | null;
    readonly asOf: string;
    readonly policyModelDate: string;
    readonly windows: readonly { readonly start: string; readonly end: string | null; readonly certainty: string; readonly note: string }[];
  };
  readonly inputs: readonly {
    readonly name: string;
    readonly kind: 'zip' | 'folder' | 'unknown';
    readonly archiveKind: string;
    readonly exportDate: string | null;
    readonly bytes: number;
    readonly files: number;
    readonly duplicatesSkipped: number;
    readonly error: { readonly code: string; readonly message: string } | null;
  }[];
  readonly files: readonly ReportFile[];
  readonly categories: readonly ReportCategory[];
  readonly totals: {
    readonly files: number;
    readonly parsed: number;
    readonly empty: number;
    readonly unknown: number;
    readonly errors: number;
    readonly items: number;
    readonly words: number;
    readonly exposure: ReportExposure & { readonly estimatedExposedTokens: number };
  };
  readonly insights: Omit<ScanInsights, 'logins'> & { readonly logins: Omit<ScanInsights['logins'], 'topIps'> & { readonly topIps?: ScanInsights['logins']['topIps'] } };
  readonly excerpts: readonly ReportExcerpt[];
  readonly problems: readonly ReportProblem[];
  readonly sources: readonly { readonly id: SourceId; readonly title: string; readonly publisher: string; readonly date: string; readonly reference: string }[];
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
  };
}

function problemOf(problem: Problem, redaction: RedactionLevel): ReportProblem {
  const base = { severity: problem.severity, code: problem.code, message: problem.message };
  if (problem.detail === undefined || redaction === 'counts') return base;
  return { ...base, detail: problem.detail };
}

/** Text from the export (names of files and columns) is scrubbed of contact details unless "full". */
function safeText(text: string, redaction: RedactionLevel): string {
  return redaction === 'full' ? text : scrubPersonal(text);
}

/** Posts and comments only, most recent first (the export holds no engagement figures). */
function excerptsOf(scan: ExportScan, items: ItemsView | null, redaction: RedactionLevel): ReportExcerpt[] {
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
        file: scan.files[items.file(i)]!.name,
        date: itemDay === null ? null : isoFromDay(itemDay),
        words: items.words(i),
        text: redaction === 'full' ? text : scrubPersonal(firstWords(text, EXCERPT_WORDS)),
      });
    }
  }
  return picked;
}

/** The report's model; excerpts come from the member's items (none at "counts"). */
export function buildReportJson(scan: ExportScan, analysis: Analysis, redaction: RedactionLevel, items: ItemsView | null = null): ReportJson {
  const region = regionById(analysis.policy.region);
  const { topIps, ...logins } = scan.insights.logins;
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
      asOf: analysis.policy.asOf,
      policyModelDate: analysis.policy.policyModelDate,
      windows: region.windows.map((w) => ({ start: w.start, end: w.end, certainty: w.certainty, note: w.note })),
    },
    inputs: scan.inputs.map((input) => ({
      name: safeText(input.name, redaction),
      kind: input.kind,
      archiveKind: input.archiveKind,
      exportDate: input.exportDate,
      bytes: input.bytes,
      files: input.files,
      duplicatesSkipped: input.duplicates.length,
      error: input.error,
    })),
    files: scan.files.map((file, index) => {
      const entry = file.catalogId === null ? null : catalogEntryById(file.catalogId);
      return {
        name: safeText(file.name, redaction),
        path: safeText(file.path, redaction),
        input: safeText(scan.inputs[file.input]?.name ?? '', redaction),
        catalogId: file.catalogId,
        label: entry?.label ?? null,
        category: file.category,
        status: file.status,
        rows: file.rows,
        columns: file.columns.map((c) => safeText(c, redaction)),
        unknownColumns: file.unknownColumns.map((c) => safeText(c, redaction)),
        firstDate: file.firstDate,
        lastDate: file.lastDate,
        words: file.ownText.words,
        training: entry ? { status: entry.training.status, note: entry.training.note, sources: entry.training.sources } : null,
        exposure: exposureOf(analysis.files[index]!.exposure),
        problems: file.problems.map((p) => problemOf(p, redaction)),
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
      characters: c.chars,
      firstDate: c.firstDate,
      lastDate: c.lastDate,
      itemsPerMonth: c.itemsPerMonth,
      training: c.training,
      exposure: { ...exposureOf(c.exposure), estimatedExposedTokens: c.exposure.estimatedExposedTokens },
    })),
    totals: {
      files: analysis.totals.files,
      parsed: analysis.totals.parsed,
      empty: analysis.totals.empty,
      unknown: analysis.totals.unknown,
      errors: analysis.totals.errors,
      items: analysis.totals.items,
      words: analysis.totals.words,
      exposure: { ...exposureOf(analysis.totals.exposure), estimatedExposedTokens: analysis.totals.exposure.estimatedExposedTokens },
    },
    insights: {
      ...scan.insights,
      logins: redaction === 'full' ? { ...logins, topIps } : logins,
    },
    excerpts: excerptsOf(scan, items, redaction),
    problems: scan.problems.map((p) => problemOf(p, redaction)),
    sources: Object.entries(SOURCES).map(([id, source]) => ({ id: id as SourceId, ...source })),
  };
}
