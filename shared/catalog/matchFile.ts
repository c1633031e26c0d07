// Runtime: any. Finds the catalog entry for a path inside an export, by base name.

import { FILE_CATALOG, type CatalogEntry } from './fileCatalog';

export interface FileMatch {
  readonly entry: CatalogEntry;
  /** Identity of the file within one export: Basic and Complete copies share it. */
  readonly key: string;
  /** Matched by an older name; when both names are present, the current one is read. */
  readonly alias: boolean;
}

const byLowerName = new Map<string, { entry: CatalogEntry; alias: boolean }>();
for (const entry of FILE_CATALOG) {
  entry.names.forEach((name, index) => byLowerName.set(name.toLowerCase(), { entry, alias: index > 0 }));
}
const ARTICLES = FILE_CATALOG.find((e) => e.format === 'article');

/** `_<digits>` after a base name: a member id (long) or a part number (`_1`). */
const NUMERIC_SUFFIX = /^(.*?)_(\d+)$/;
/** Member ids are long; shorter suffixes number parts of one file, which both count. */
const MEMBER_ID_MIN_DIGITS = 4;

export function baseName(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? path : path.slice(slash + 1);
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

export function matchFile(path: string): FileMatch | null {
  const name = baseName(path);
  const ext = extensionOf(name);
  if (ext === 'html' || ext === 'htm') {
    const folders = path.toLowerCase().split('/').slice(0, -1);
    if (ARTICLES && folders.includes('articles')) return { entry: ARTICLES, key: `articles/${name.toLowerCase()}`, alias: false };
    return null;
  }
  if (ext !== 'csv') return null;
  const stem = name.slice(0, -4);
  const exact = byLowerName.get(stem.toLowerCase());
  if (exact) return { entry: exact.entry, key: exact.entry.id, alias: exact.alias };
  const suffixed = NUMERIC_SUFFIX.exec(stem);
  if (!suffixed) return null;
  const named = byLowerName.get(suffixed[1]!.toLowerCase());
  if (!named) return null;
  const digits = suffixed[2]!;
  const key = digits.length >= MEMBER_ID_MIN_DIGITS ? named.entry.id : `${named.entry.id}_${digits}`;
  return { entry: named.entry, key, alias: named.alias };
}

/** The member id a Complete export appends to some names (`Shares_181682616.csv` → `181682616`). */
export function memberIdOf(path: string): string | null {
  const name = baseName(path);
  if (extensionOf(name) !== 'csv') return null;
  const suffixed = NUMERIC_SUFFIX.exec(name.slice(0, -4));
  if (!suffixed || suffixed[2]!.length < MEMBER_ID_MIN_DIGITS || !byLowerName.has(suffixed[1]!.toLowerCase())) return null;
  return suffixed[2]!;
}
