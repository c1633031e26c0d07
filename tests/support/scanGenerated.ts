// Test support: scan generated exports the way the command line does (Node's native inflate).

import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadedSource, type ExportInput } from '../../shared/archive/types';
import { scanExport, type ScanOptions, type ScanResult } from '../../shared/scan/scanExport';
import type { ExportScan, FileScan } from '../../shared/scan/scanTypes';
import { itemsView } from '../../shared/items/packedItems';
import { zipExport, type GeneratedExport, type ZipExportOptions } from '../../shared/sample';
import { nodeCrc32, nodeInflater } from '../../node/platform/nodeInflater';
import { nodeTextDecoder } from '../../node/platform/nodeTextDecoder';
import { nodeFolderReader } from '../../node/platform/nodeFolderReader';

export async function zipInput(exp: GeneratedExport, options?: ZipExportOptions, name = exp.name): Promise<ExportInput> {
  return { kind: 'zip', name, bytes: await zipExport(exp, options) };
}

/** Scans with the member's items collected beside the scan. */
export function scanWithItems(inputs: ExportInput[], options: ScanOptions = {}): Promise<ScanResult> {
  return scanExport(inputs.map(loadedSource), { inflate: nodeInflater, crc32: nodeCrc32, decoder: nodeTextDecoder, now: new Date('2026-11-29T12:00:00Z'), collectItems: true, ...options });
}

export async function scan(inputs: ExportInput[], options: ScanOptions = {}): Promise<ExportScan> {
  return (await scanWithItems(inputs, { collectItems: false, ...options })).scan;
}

/** Writes a generated export as an unpacked folder (invented test data, removed afterwards). */
export async function withFolder<T>(exp: GeneratedExport, run: (input: ExportInput) => Promise<T>): Promise<T> {
  const root = await mkdtemp(join(tmpdir(), 'lae-folder-'));
  try {
    for (const file of exp.files) {
      const full = join(root, ...file.path.split('/'));
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, file.bytes);
    }
    return await run({ kind: 'folder', name: 'LinkedInDataExport', reader: nodeFolderReader(root) });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

export type InputKind = 'zip' | 're-zipped' | 'folder';

/**
 * Runs `check` on the export as each kind of input members give: the zip as LinkedIn names it, the
 * folder re-zipped under a top folder that carries the export's name and date (and a zip name
 * that carries neither), and the unpacked folder.
 */
export async function inEveryInputKind(exp: GeneratedExport, check: (input: ExportInput, kind: InputKind) => Promise<void>): Promise<void> {
  await check(await zipInput(exp), 'zip');
  await check(await zipInput(exp, { topFolder: `${exp.name.replace(/\.zip$/, '')} (1)` }, 'LinkedIn export.zip'), 're-zipped');
  await withFolder(exp, (input) => check(input, 'folder'));
}

/** The file at `path` (of the input at `input`, when several inputs hold that path). */
export function fileAt(result: ExportScan, path: string, input?: number): FileScan {
  const file = result.files.find((f) => f.path === path && (input === undefined || f.input === input));
  if (!file) throw new Error(`No file ${path} in the scan (have: ${result.files.map((f) => f.path).join(', ')})`);
  return file;
}

/** `2020-01` or `2020` → the first day, to compare with the generator's ISO days. */
export function firstDayOf(iso: string | null): string | null {
  if (iso === null) return null;
  if (iso.length === 4) return `${iso}-01-01`;
  if (iso.length === 7) return `${iso}-01`;
  return iso.slice(0, 10);
}

/** The member's items' excerpts, in order, optionally only those of files the test picks. */
export function itemTexts({ scan, items }: ScanResult, fromFile: (file: FileScan) => boolean = () => true): string[] {
  if (!items) return [];
  const view = itemsView(items);
  return Array.from({ length: view.count }, (_, i) => i).filter((i) => fromFile(scan.files[view.file(i)]!)).map((i) => view.text(i));
}
