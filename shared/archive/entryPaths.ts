// Runtime: any. Paths inside an archive, made comparable. Nothing is ever extracted, so these
// names are only matched and displayed, never joined to a directory on disk.

import { baseName } from '../catalog/matchFile';

/** `\` to `/`, no leading `/` or drive, no `.` segments. `..` stays: it is shown, not followed. */
export function normalizeEntryPath(stored: string): string {
  const parts = stored.replace(/\\/g, '/').replace(/^[A-Za-z]:\//, '').split('/');
  return parts.filter((part) => part !== '' && part !== '.').join('/');
}

const CLUTTER_NAMES = new Set(['.ds_store', 'thumbs.db', 'desktop.ini']);

/** Files an operating system adds when zipping a folder. */
export function isClutter(path: string): boolean {
  const lower = path.toLowerCase();
  if (lower.startsWith('__macosx/') || lower.includes('/__macosx/')) return true;
  const name = baseName(lower);
  return CLUTTER_NAMES.has(name) || name.startsWith('._');
}

const EXPORT_FOLDERS = new Set(['jobs', 'articles', 'verifications', 'services marketplace']);

/** One of the folders LinkedIn writes inside an export (`Jobs`, `Articles`…), any case. */
export function isExportFolder(name: string): boolean {
  return EXPORT_FOLDERS.has(name.toLowerCase());
}

/**
 * The names LinkedIn gives its archives (`Complete_LinkedInDataExport_09-05-2026.zip`), with the
 * ` (1)` a browser adds, or unpacked into a folder of that name: LinkedIn's words, not the member's.
 */
const ARCHIVE_NAME = /^(?:Basic|Complete)_LinkedInDataExport_\d{2}-\d{2}-\d{4}(?: \(\d{1,3}\))?(?:\.zip)?$/i;

export function isLinkedInArchiveName(name: string): boolean {
  return ARCHIVE_NAME.test(name);
}

/**
 * A member who unpacks and re-zips the export puts every path under one top folder. Returns
 * that folder when every file sits under it and it is not one of the export's own folders.
 */
export function commonTopFolder(paths: readonly string[]): string | null {
  if (paths.length === 0) return null;
  const first = paths[0]!.split('/')[0]!;
  if (isExportFolder(first)) return null;
  const prefix = `${first}/`;
  return paths.every((p) => p.startsWith(prefix)) ? first : null;
}

export interface ArchiveDescription {
  readonly archiveKind: 'basic' | 'complete' | 'unknown';
  readonly exportDate: string | null;
}

/** `Complete_LinkedInDataExport_09-05-2026 (1).zip` → kind and date. */
export function describeArchiveName(name: string): ArchiveDescription {
  const lower = name.toLowerCase();
  const archiveKind = lower.includes('complete') ? 'complete' : lower.includes('basic') ? 'basic' : 'unknown';
  const date = /(\d{2})-(\d{2})-(\d{4})/.exec(name);
  return { archiveKind, exportDate: date ? `${date[3]}-${date[1]}-${date[2]}` : null };
}

/**
 * Kind and date from the input's name, else from the top folder a re-zipped export sits under
 * (`Complete_LinkedInDataExport_09-12-2022 (1)/` inside `my export.zip`).
 */
export function describeInput(name: string, topFolder: string | null): ArchiveDescription {
  const named = describeArchiveName(name);
  if (topFolder === null) return named;
  const folder = describeArchiveName(topFolder);
  return {
    archiveKind: named.archiveKind === 'unknown' ? folder.archiveKind : named.archiveKind,
    exportDate: named.exportDate ?? folder.exportDate,
  };
}
