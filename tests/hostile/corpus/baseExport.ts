// Runtime: any. The intact export every damaged case starts from, and its files as zip entries.

import { encodeUtf8 } from '../../../shared/platform/universalGlobals';
import { generateExport } from '../../../shared/sample/generateExport';
import type { GeneratedExport, GeneratedFile } from '../../../shared/sample/types';
import { deflateRaw } from './deflate';
import { crc32, METHOD_DEFLATE, writeZip, type RawZipEntry } from './zipWriter';

export const HOSTILE_SEED = 20_260_905;

/** A 2026 Complete export (64 files), the newest format, invented like every generated one. */
export function baseExport(): GeneratedExport {
  return generateExport({ era: 2026, archive: 'complete', seed: HOSTILE_SEED });
}

export async function deflatedEntry(name: string, content: Uint8Array): Promise<RawZipEntry> {
  return { name, data: await deflateRaw(content), method: METHOD_DEFLATE, uncompressedSize: content.length, crc32: crc32(content) };
}

export function deflatedEntries(files: readonly GeneratedFile[]): Promise<RawZipEntry[]> {
  return Promise.all(files.map((file) => deflatedEntry(file.path, file.bytes)));
}

/** The file at `path` in the export (a case damages a copy of it). */
export function fileOf(exp: GeneratedExport, path: string): GeneratedFile {
  const file = exp.files.find((f) => f.path === path);
  if (!file) throw new Error(`the base export has no ${path}`);
  return file;
}

/** The export's path whose name starts with `prefix` (2026 names carry the member id). */
export function pathStartingWith(exp: GeneratedExport, prefix: string): string {
  const file = exp.files.find((f) => f.path.startsWith(prefix));
  if (!file) throw new Error(`the base export has no file starting with ${prefix}`);
  return file.path;
}

export function rowsOf(exp: GeneratedExport, path: string): number {
  const expected = exp.expected.files.find((f) => f.path === path);
  if (!expected) throw new Error(`no expectation for ${path}`);
  return expected.rows;
}

/** The export zipped, with `replaced` paths left out and `extra` entries added after the rest. */
export async function exportZipWith(exp: GeneratedExport, extra: readonly RawZipEntry[], replaced: readonly string[] = []): Promise<Uint8Array> {
  const kept = exp.files.filter((f) => !replaced.includes(f.path));
  return writeZip([...(await deflatedEntries(kept)), ...extra]);
}

export function utf8(text: string): Uint8Array {
  return encodeUtf8(text);
}

export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
