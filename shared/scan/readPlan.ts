// Runtime: any. Which files of which inputs are read, in which order, and which are copies of one
// file. Every file of every usable input is read. Copies (the same LinkedIn file in a Basic and a
// Complete archive, under its current and its older name, in two exports of one member) form a
// group, read one after the other: the first counts every row, each later one only the rows the
// earlier ones lack. The Complete archive's copy goes first, then the newer export's, and within
// one input the copy under the current name.

import { extensionOf, matchFile, type FileMatch } from '../catalog/matchFile';
import type { ArchiveFile, OpenedInput } from '../archive/types';
import { mayBeTrainedOn, type CategoryId } from '../policy/policyModel';
import { IDENTITY_KINDS } from './insights/insights';

export interface PlannedRead {
  /** Index into the inputs as given. */
  readonly input: number;
  readonly file: ArchiveFile;
  readonly match: FileMatch | null;
}

export interface ReadPlan {
  readonly reads: readonly PlannedRead[];
  /** Indexes into `reads`: each group is one file's copies, the one that counts first first. */
  readonly groups: readonly (readonly number[])[];
}

const RANK = { complete: 0, unknown: 1, basic: 2 } as const;

/** Files that say who the member is: read before the others. */
export function isIdentityFile(match: FileMatch | null): boolean {
  const kind = match?.entry.insight;
  return kind !== undefined && IDENTITY_KINDS.includes(kind);
}

/**
 * Files the verdict depends on: their kind of data (or the kind they add to another category,
 * Ad_Targeting's interface language) may be trained on somewhere, as the policy model says.
 * Private messages, the network, ads and the account are not.
 */
export function isVerdictFile(match: FileMatch | null): boolean {
  if (!match) return false;
  const { dataKind, alsoCounts } = match.entry;
  return mayBeTrainedOn(dataKind) || (alsoCounts !== undefined && mayBeTrainedOn(alsoCounts.dataKind));
}

/** The categories a file's items count in: its own, and the one it adds items to. */
export function categoriesOf(match: FileMatch | null): CategoryId[] {
  if (!match) return [];
  const { category, alsoCounts } = match.entry;
  return alsoCounts ? [category, alsoCounts.category] : [category];
}

/** Copies share a key: the catalog's (Basic and Complete, old and new names), or the path of an unknown CSV. Files not read are never copies. */
function copyKey(read: PlannedRead): string {
  if (read.match) return read.match.key;
  return extensionOf(read.file.path) === 'csv' ? `unknown:${read.file.path.toLowerCase()}` : `unread:${read.input}:${read.file.path}`;
}

export function planReads(usable: readonly { readonly opened: OpenedInput; readonly index: number }[]): ReadPlan {
  // Complete before Basic, a newer export before an older one, the fuller input first.
  const ranked = [...usable].sort(
    (a, b) =>
      RANK[a.opened.archiveKind] - RANK[b.opened.archiveKind] ||
      (b.opened.exportDate ?? '').localeCompare(a.opened.exportDate ?? '') ||
      b.opened.files.length - a.opened.files.length,
  );
  const reads: PlannedRead[] = [];
  for (const { opened, index } of ranked) {
    const matched = opened.files.map((file) => ({ input: index, file, match: matchFile(file.path) }));
    // Within one archive, a file under its current name before a copy under an older name.
    matched.sort((a, b) => Number(a.match?.alias ?? false) - Number(b.match?.alias ?? false));
    reads.push(...matched);
  }
  const byKey = new Map<string, number[]>();
  reads.forEach((read, i) => {
    const key = copyKey(read);
    const group = byKey.get(key);
    if (group) group.push(i);
    else byKey.set(key, [i]);
  });
  // The files that say who the member is first: they are read first.
  const groups = [...byKey.values()].sort((a, b) => Number(isIdentityFile(reads[b[0]!]!.match)) - Number(isIdentityFile(reads[a[0]!]!.match)));
  return { reads, groups };
}
