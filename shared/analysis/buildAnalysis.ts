// Runtime: any. Applies the policy model to a scan: per file and per category, how many items
// could have gone into AI training for a region and opt-out date. Pure and fast (no re-reading),
// so the app recomputes it at once when the member changes either.

import { FILE_CATALOG, catalogEntryById, type TrainingRule, type TrainingStatus } from '../catalog/fileCatalog';
import { CATEGORIES, POLICY_MODEL_DATE, regionById, type CategoryId, type SourceId } from '../policy/policyModel';
import { monthOfDay } from '../text/dates';
import { estimateTokens } from '../text/words';
import type { ExportScan, FileScan } from '../scan/scanTypes';
import {
  addExposure,
  classifyDay,
  emptyExposure,
  exposureFrame,
  sumExposure,
  type ExposureCounts,
  type ExposureFrame,
  type PolicyInputs,
} from './exposure';

export type CategoryTrainingStatus = TrainingStatus | 'mixed';

export interface FileAnalysis {
  readonly index: number;
  readonly training: TrainingRule | null;
  readonly exposure: ExposureCounts;
}

export interface CategoryAnalysis {
  readonly id: CategoryId;
  readonly label: string;
  readonly namedByReporting: boolean;
  readonly description: string;
  readonly files: number;
  /** The sum of its files' rows (each article counts 1), plus items other files add to it. */
  readonly items: number;
  readonly undatedItems: number;
  /** Words and characters of the member's own text. */
  readonly words: number;
  readonly chars: number;
  /** False when a file of the category could not tell the member's own text from others' (private messages whose sender is never the member): its words are unknown. */
  readonly wordsKnown: boolean;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly itemsPerMonth: readonly { readonly month: string; readonly items: number }[];
  readonly training: {
    readonly status: CategoryTrainingStatus;
    readonly policy: string;
    readonly sources: readonly SourceId[];
  };
  readonly exposure: ExposureCounts & { readonly estimatedExposedTokens: number };
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
  readonly exposure: ExposureCounts & { readonly estimatedExposedTokens: number };
}

export interface Analysis {
  readonly policy: PolicyInputs & { readonly regionLabel: string; readonly policyModelDate: string };
  readonly files: readonly FileAnalysis[];
  readonly categories: readonly CategoryAnalysis[];
  readonly totals: Totals;
}

function trainingOf(file: FileScan): TrainingRule | null {
  return file.catalogId === null ? null : catalogEntryById(file.catalogId).training;
}

function fileExposure(file: FileScan, rule: TrainingRule | null, frame: ExposureFrame): ExposureCounts {
  const exposure = emptyExposure();
  if (rule === null) return exposure;
  const { days, items, words, chars } = file.histogram;
  for (let i = 0; i < days.length; i++) {
    addExposure(exposure, classifyDay(days[i]!, rule, frame), items[i]!, words[i]!, chars[i]!);
  }
  addExposure(exposure, classifyDay(null, rule, frame), file.undated.items, file.undated.words, file.undated.chars);
  return exposure;
}

/** The status a category's files have in the catalog: one, or "mixed". */
function categoryStatus(id: CategoryId): CategoryTrainingStatus {
  const statuses = new Set<TrainingStatus>();
  for (const entry of FILE_CATALOG) {
    if (entry.category !== id) continue;
    statuses.add(entry.training.status);
    if (entry.training.before) statuses.add(entry.training.before.status);
  }
  return statuses.size === 1 ? [...statuses][0]! : 'mixed';
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

function withTokens(exposure: ExposureCounts): ExposureCounts & { estimatedExposedTokens: number } {
  return { ...exposure, estimatedExposedTokens: estimateTokens(exposure.exposedChars) };
}

export function buildAnalysis(scan: ExportScan, policy: PolicyInputs): Analysis {
  const frame = exposureFrame(policy);
  const files: FileAnalysis[] = scan.files.map((file, index) => {
    const training = trainingOf(file);
    return { index, training, exposure: fileExposure(file, training, frame) };
  });

  const categories: CategoryAnalysis[] = CATEGORIES.map((category) => {
    const exposure = emptyExposure();
    const perMonth = new Map<string, number>();
    let items = 0;
    let undatedItems = 0;
    let words = 0;
    let chars = 0;
    let wordsKnown = true;
    let count = 0;
    let firstDate: string | null = null;
    let lastDate: string | null = null;
    scan.files.forEach((file, index) => {
      if (file.category === category.id) {
        count++;
        items += file.rows;
        undatedItems += file.undated.items;
        words += file.ownText.words;
        chars += file.ownText.chars;
        wordsKnown &&= file.ownTextKnown;
        firstDate = earliest(firstDate, file.firstDate);
        lastDate = latest(lastDate, file.lastDate);
        sumExposure(exposure, files[index]!.exposure);
        file.histogram.days.forEach((day, i) => {
          const month = monthOfDay(day);
          perMonth.set(month, (perMonth.get(month) ?? 0) + file.histogram.items[i]!);
        });
      }
      // Items a file adds to another category (the interface language of Ad_Targeting).
      for (const extra of file.extraItems ?? []) {
        if (extra.category !== category.id || file.catalogId === null) continue;
        const also = catalogEntryById(file.catalogId).alsoCounts;
        items += extra.items;
        undatedItems += extra.items;
        if (also) addExposure(exposure, classifyDay(null, also.training, frame), extra.items, 0, 0);
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
      training: { status: categoryStatus(category.id), policy: category.policy, sources: category.sources },
      exposure: withTokens(exposure),
    };
  });

  const totalExposure = emptyExposure();
  for (const category of categories) sumExposure(totalExposure, category.exposure);
  const count = (status: FileScan['status']) => scan.files.filter((f) => f.status === status).length;
  return {
    policy: { ...policy, regionLabel: regionById(policy.region).label, policyModelDate: POLICY_MODEL_DATE },
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
      exposure: withTokens(totalExposure),
    },
  };
}
