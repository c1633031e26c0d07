// Runtime: any. The public shapes of the invented-export generator: what it makes and what a
// reader of the archive should find in it.

import type { CategoryId } from '../policy/policyModel';

/** The four export generations the format doc describes (their encodings, names and headers). */
export type Era = 2018 | 2022 | 2024 | 2026;

export type ArchiveKind = 'basic' | 'complete';

/** `small` keeps tests fast; `sample` is a believable active member for the app's demo. */
export type ExportSize = 'small' | 'sample';

export interface GenerateOptions {
  readonly era: Era;
  readonly seed?: number;
  readonly archive?: ArchiveKind;
  readonly size?: ExportSize;
}

export interface GeneratedFile {
  /** Path inside the archive, `/`-separated. */
  readonly path: string;
  readonly bytes: Uint8Array;
}

export interface ExpectedFile {
  readonly path: string;
  /** `matchFile(path)?.entry.id ?? null`. */
  readonly catalogId: string | null;
  /** Data records written: 0 for header-only, header plus blank line, or a bare sentence. */
  readonly rows: number;
  /**
   * ISO day (UTC) of the earliest date in the file's date column (the catalog's first date
   * column present in the header); for an article, its `Created on` day; null if none.
   */
  readonly firstDay: string | null;
  readonly lastDay: string | null;
  /** ISO day (UTC) of every item in the file's date column, as written (generated files only). */
  readonly itemDays?: readonly string[];
  /** Set when this file is a second copy of another file in the same archive. */
  readonly duplicateOf?: string;
}

export interface ExpectedContent {
  files: ExpectedFile[];
  categories: Record<CategoryId, number>;
  /** Distinctive personal values written somewhere in the files (names, e-mails, IPs, texts). */
  sensitive: string[];
  /** The member's "First Last" as in Profile.csv. */
  memberName: string;
}

export interface GeneratedExport {
  era: Era;
  seed: number;
  archive: ArchiveKind;
  /** The zip name LinkedIn gives, e.g. `Complete_LinkedInDataExport_09-05-2026.zip`. */
  name: string;
  /** ISO day. */
  exportDate: string;
  files: GeneratedFile[];
  expected: ExpectedContent;
}
