// Runtime: any. Packs a generated export into a zip as LinkedIn delivers it (or as a member
// re-zipped it under one top folder). Entry dates are the export date, so the bytes are stable.

import JSZip from 'jszip';
import type { GeneratedExport } from './types';

export interface ZipExportOptions {
  /** Put every path under this folder, as a re-zipped unpacked export has it. */
  readonly topFolder?: string;
  /** STORE instead of DEFLATE. */
  readonly store?: boolean;
}

/** Every folder a path sits in: `a/b/c.csv` → `a/`, `a/b/`. */
function foldersOf(path: string): string[] {
  const parts = path.split('/').slice(0, -1);
  return parts.map((_, i) => `${parts.slice(0, i + 1).join('/')}/`);
}

export async function zipExport(exp: GeneratedExport, options: ZipExportOptions = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  // jszip writes DOS times from the UTC fields; a fixed date keeps the output reproducible.
  const date = new Date(`${exp.exportDate}T09:00:00Z`);
  const prefix = options.topFolder ? `${options.topFolder.replace(/\/+$/, '')}/` : '';
  const folders = new Set<string>();
  for (const file of exp.files) for (const folder of foldersOf(prefix + file.path)) folders.add(folder);
  // Folder entries are added explicitly: jszip's automatic ones would carry today's date.
  for (const folder of [...folders].sort()) zip.file(folder, null, { dir: true, date, createFolders: false });
  for (const file of exp.files) zip.file(prefix + file.path, file.bytes, { binary: true, date, createFolders: false });
  return zip.generateAsync({
    type: 'uint8array',
    compression: options.store ? 'STORE' : 'DEFLATE',
    compressionOptions: { level: 6 },
  });
}
