// Runtime: any. Applies the policy model to a scan: per file and per category, what the sources
// say about its kind of data in the member's region, and how many items could have gone into
// AI training given the opt-out date and the day the member turned 18. Pure and fast (day
// histograms, no re-reading), so the app recomputes it at once when the member changes a setting.

import { FILE_CATALOG, catalogEntryById, type CatalogEntry } from '../catalog/fileCatalog';
import {
  CATEGORIES,
  POLICY_MODEL_DATE,
  regionById,
  rulesInRegion,
  statusInRegion,
  type CategoryId,
  type DataKind,
  type RegionId,
  type StatementId,
  type TrainingStatus,
} from '../policy/policyModel';
import { monthOfDay } from '../text/dates';
import { estimateTokens } from '../text/words';
import type { ExportScan, FileScan } from '../scan/scanTypes';
import {
  addExposure,
  classifyItem,
  dayClassifier,
  emptyExposure,
  exposureFrame,
  sumExposure,
  type ExposureCounts,
  type ExposureFrame,
  type ItemExposure,
  type PolicyInputs,
} from './exposure';

export type CategoryTrainingStatus = TrainingStatus | 'mixed';

/** One training rule as it applies in the member's region: from which day, which status, which statement. */
export interface AppliedRule {
  readonly status: TrainingStatus;
  /** ISO; null: from the start. */
  readonly from: string | null;
  /** ISO, exclusive; null: still in force. */
  readonly until: string | null;
  readonly statement: StatementId;
  readonly note: StatementId | null;
}

/** What the sources say about a file's or category's data in the region. */
export interface TrainingBasis {
  readonly status: CategoryTrainingStatus;
  readonly rules: readonly AppliedRule[];
}

/** Items by what their kind of data is in the region, whatever the member's dates. */
export interface ItemsByTrainingStatus {
  used: number;
  unclear: number;
  notUsed: number;
}

export interface FileAnalysis {
  readonly index: number;
  readonly dataKind: DataKind | null;
  readonly training: TrainingBasis | null;
  readonly exposure: ExposureCounts;
}

type WithTokens = ExposureCounts & { readonly estimatedExposedTokens: number };

export interface CategoryAnalysis {
  readonly id: CategoryId;
  readonly label: string;
  readonly namedByReporting: boolean;
  readonly description: string;
  readonly files: number;
  /** The sum of its files' rows (each article counts 1), plus items other files add to it. */
  readonly items: number;
  /** Items with no date, or a date about the real world (a position's "Started On"). */
  readonly undatedItems: number;
  /** Words and characters of the member's own text. */
  readonly words: number;
  readonly chars: number;
  /** False when a file of the category could not tell the member's own text from others' (private messages whose sender is never the member): its words are unknown. */
  readonly wordsKnown: boolean;
  /** The dates items were put on LinkedIn (real-world dates left out). */
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly itemsPerMonth: readonly { readonly month: string; readonly items: number }[];
  /** The same dated items by month and exposure class (the timeline's bars; not in the JSON). */
  readonly exposurePerMonth: readonly MonthExposure[];
  readonly training: TrainingBasis;
  readonly itemsByTrainingStatus: ItemsByTrainingStatus;
  readonly exposure: WithTokens;
}

export interface MonthExposure {
  readonly month: string;
  exposed: number;
  possiblyExposed: number;
  notExposed: number;
}

export interface Totals {
  readonly files: number;
  readonly parsed: number;
  readonly empty: number;
  readonly unknown: number;
  readonly errors: number;
  /** Copies with no row of their own (counted once, from another copy). */
  readonly duplicates: number;
  /** Entries not read at all (operating-system clutter). */
  readonly skipped: number;
  readonly items: number;
  readonly words: number;
  readonly itemsByTrainingStatus: ItemsByTrainingStatus;
  readonly exposure: WithTokens;
}

export interface Analysis {
  readonly policy: PolicyInputs & {
    readonly regionLabel: string;
    readonly policyModelDate: string;
    /** The day every undated item existed by: the export's date, else the analysis day. */
    readonly existedBy: string;
  };
  readonly files: readonly FileAnalysis[];
  readonly categories: readonly CategoryAnalysis[];
  readonly totals: Totals;
}

/** The rules of some kinds of data in a region, each statement once, in date order. */
export function trainingBasis(kinds: Iterable<DataKind>, region: RegionId): TrainingBasis {
  const statuses = new Set<TrainingStatus>();
  const rules: AppliedRule[] = [];
  for (const kind of new Set(kinds)) {
    statuses.add(statusInRegion(kind, region));
    for (const span of rulesInRegion(kind, region)) {
      if (rules.some((r) => r.statement === span.row.statement && r.from === span.start)) continue;
      rules.push({ status: span.row.status, from: span.start, until: span.end, statement: span.row.statement, note: span.row.note ?? null });
    }
  }
  rules.sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  return { status: statuses.size === 1 ? [...statuses][0]! : 'mixed', rules };
}

function emptyByStatus(): ItemsByTrainingStatus {
  return { used: 0, unclear: 0, notUsed: 0 };
}

function addByStatus(into: ItemsByTrainingStatus, status: TrainingStatus, items: number): void {
  if (status === 'used') into.used += items;
  else if (status === 'unclear') into.unclear += items;
  else into.notUsed += items;
}

function entryOf(file: FileScan): CatalogEntry | null {
  return file.catalogId === null ? null : catalogEntryById(file.catalogId);
}

/** Real-world dates say nothing about when an item was on the account. */
function hasCreationDates(entry: CatalogEntry | null): boolean {
  return entry !== null && entry.dateMeaning !== 'real-world';
}

type Classifiers = Map<DataKind, (day: number) => ItemExposure>;

function fileExposure(file: FileScan, entry: CatalogEntry | null, frame: ExposureFrame, classifiers: Classifiers): ExposureCounts {
  const exposure = emptyExposure();
  if (entry === null) return exposure;
  const kind = entry.dataKind;
  const { days, items, words, chars } = file.histogram;
  const undated = classifyItem(null, kind, frame);
  const classify = hasCreationDates(entry) ? classifierOf(classifiers, kind, frame) : () => undated;
  for (let i = 0; i < days.length; i++) addExposure(exposure, classify(days[i]!), items[i]!, words[i]!, chars[i]!);
  addExposure(exposure, undated, file.undated.items, file.undated.words, file.undated.chars);
  return exposure;
}

function classifierOf(classifiers: Classifiers, kind: DataKind, frame: ExposureFrame): (day: number) => ItemExposure {
  let classify = classifiers.get(kind);
  if (!classify) classifiers.set(kind, (classify = dayClassifier(kind, frame)));
  return classify;
}

const EXPOSURE_FIELD = { exposed: 'exposed', 'possibly-exposed': 'possiblyExposed', 'not-exposed': 'notExposed' } as const;

/** A file's dated items into their month and exposure class. */
function addMonthExposure(into: Map<string, MonthExposure>, file: FileScan, classify: (day: number) => ItemExposure): void {
  const months = bucketMonths(file);
  file.histogram.days.forEach((day, i) => {
    const month = months[i]!;
    let counts = into.get(month);
    if (!counts) into.set(month, (counts = { month, exposed: 0, possiblyExposed: 0, notExposed: 0 }));
    counts[EXPOSURE_FIELD[classify(day).cls]] += file.histogram.items[i]!;
  });
}

function earliest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

function latest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/** A file's dated items by month: the same for every setting, so worked out once per file. */
const MONTHS = new WeakMap<FileScan, ReadonlyMap<string, number>>();
/** The month of each of a file's day buckets, likewise. */
const BUCKET_MONTHS = new WeakMap<FileScan, readonly string[]>();

function bucketMonths(file: FileScan): readonly string[] {
  let months = BUCKET_MONTHS.get(file);
  if (!months) BUCKET_MONTHS.set(file, (months = file.histogram.days.map((d) => monthOfDay(d))));
  return months;
}

function monthsOf(file: FileScan): ReadonlyMap<string, number> {
  let months = MONTHS.get(file);
  if (!months) {
    const counts = new Map<string, number>();
    file.histogram.days.forEach((day, i) => {
      const month = monthOfDay(day);
      counts.set(month, (counts.get(month) ?? 0) + file.histogram.items[i]!);
    });
    MONTHS.set(file, (months = counts));
  }
  return months;
}

function withTokens(exposure: ExposureCounts): WithTokens {
  return { ...exposure, estimatedExposedTokens: estimateTokens(exposure.exposedChars) };
}

/** The kinds of data a category holds in this export; all its catalog kinds when it holds nothing. */
function categoryKinds(id: CategoryId, scan: ExportScan): DataKind[] {
  const present: DataKind[] = [];
  for (const file of scan.files) {
    const entry = entryOf(file);
    if (!entry) continue;
    if (file.category === id && file.rows > 0) present.push(entry.dataKind);
    if (entry.alsoCounts?.category === id && (file.extraItems ?? []).some((e) => e.category === id && e.items > 0)) present.push(entry.alsoCounts.dataKind);
  }
  if (present.length > 0) return present;
  return FILE_CATALOG.flatMap((e) => [...(e.category === id ? [e.dataKind] : []), ...(e.alsoCounts?.category === id ? [e.alsoCounts.dataKind] : [])]);
}

export function buildAnalysis(scan: ExportScan, policy: PolicyInputs): Analysis {
  const existedBy = scan.exportDate ?? scan.scannedAt.slice(0, 10);
  const frame = exposureFrame(policy, existedBy);
  const classifiers: Classifiers = new Map();
  const bases = new Map<DataKind, TrainingBasis>();
  const basisOf = (kind: DataKind) => {
    let basis = bases.get(kind);
    if (!basis) bases.set(kind, (basis = trainingBasis([kind], policy.region)));
    return basis;
  };
  const files: FileAnalysis[] = scan.files.map((file, index) => {
    const entry = entryOf(file);
    return {
      index,
      dataKind: entry?.dataKind ?? null,
      training: entry ? basisOf(entry.dataKind) : null,
      exposure: fileExposure(file, entry, frame, classifiers),
    };
  });

  const categories: CategoryAnalysis[] = CATEGORIES.map((category) => {
    const exposure = emptyExposure();
    const byStatus = emptyByStatus();
    const perMonth = new Map<string, number>();
    const exposurePerMonth = new Map<string, MonthExposure>();
    let items = 0;
    let undatedItems = 0;
    let words = 0;
    let chars = 0;
    let wordsKnown = true;
    let count = 0;
    let firstDate: string | null = null;
    let lastDate: string | null = null;
    scan.files.forEach((file, index) => {
      const entry = entryOf(file);
      if (file.category === category.id) {
        count++;
        items += file.rows;
        words += file.ownText.words;
        chars += file.ownText.chars;
        wordsKnown &&= file.ownTextKnown;
        sumExposure(exposure, files[index]!.exposure);
        if (entry) addByStatus(byStatus, statusInRegion(entry.dataKind, policy.region), file.rows);
        if (hasCreationDates(entry)) {
          undatedItems += file.undated.items;
          firstDate = earliest(firstDate, file.firstDate);
          lastDate = latest(lastDate, file.lastDate);
          for (const [month, n] of monthsOf(file)) perMonth.set(month, (perMonth.get(month) ?? 0) + n);
          addMonthExposure(exposurePerMonth, file, classifierOf(classifiers, entry!.dataKind, frame));
        } else {
          undatedItems += file.rows;
        }
      }
      // Items a file adds to another category (the interface language of Ad_Targeting).
      const also = entry?.alsoCounts;
      for (const extra of file.extraItems ?? []) {
        if (extra.category !== category.id || !also) continue;
        items += extra.items;
        undatedItems += extra.items;
        addExposure(exposure, classifyItem(null, also.dataKind, frame), extra.items, 0, 0);
        addByStatus(byStatus, statusInRegion(also.dataKind, policy.region), extra.items);
      }
    });
    return {
      id: category.id,
      label: category.label,
      namedByReporting: category.namedByReporting,
      description: category.description,
      files: count,
      items,
      undatedItems,
      words,
      chars,
      wordsKnown,
      firstDate,
      lastDate,
      itemsPerMonth: [...perMonth].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, n]) => ({ month, items: n })),
      exposurePerMonth: [...exposurePerMonth.values()].sort((a, b) => (a.month < b.month ? -1 : 1)),
      training: trainingBasis(categoryKinds(category.id, scan), policy.region),
      itemsByTrainingStatus: byStatus,
      exposure: withTokens(exposure),
    };
  });

  const totalExposure = emptyExposure();
  const totalByStatus = emptyByStatus();
  for (const category of categories) {
    sumExposure(totalExposure, category.exposure);
    totalByStatus.used += category.itemsByTrainingStatus.used;
    totalByStatus.unclear += category.itemsByTrainingStatus.unclear;
    totalByStatus.notUsed += category.itemsByTrainingStatus.notUsed;
  }
  const count = (status: FileScan['status']) => scan.files.filter((f) => f.status === status).length;
  return {
    policy: { ...policy, regionLabel: regionById(policy.region).label, policyModelDate: POLICY_MODEL_DATE, existedBy },
    files,
    categories,
    totals: {
      files: scan.files.length,
      parsed: count('parsed'),
      empty: count('empty'),
      unknown: count('unknown'),
      errors: count('error'),
      duplicates: count('duplicate'),
      skipped: count('skipped'),
      items: categories.reduce((sum, c) => sum + c.items, 0),
      words: categories.reduce((sum, c) => sum + c.words, 0),
      itemsByTrainingStatus: totalByStatus,
      exposure: withTokens(totalExposure),
    },
  };
}
