// Bench support (Node): the export shapes the benchmark measures, each generated once (seeded,
// invented) into bench/output and reused while its version stands. Bump a shape's version when
// its bytes change, so a stale copy is never measured.

import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeGeneratedExport } from './generatedExport';
import { DOMINANT_MESSAGES_PLAN, HEAVY_PLAN, writeInventedExport } from './inventedExport';

export interface ExportShape {
  readonly id: string;
  readonly description: string;
  readonly version: number;
  readonly write: (path: string) => Promise<void>;
}

/** A typical member's export: ~5 MB, every file of a 2026 Complete archive. The --each pool uses it too. */
export const TYPICAL_SCALE = 5;
export const TYPICAL_SEED = 5_050_505;

export const SHAPES: readonly ExportShape[] = [
  {
    id: 'heavy',
    description: 'a heavy user: many large files (300,000 messages, 200,000 reactions, 100,000 logins, posts, comments, connections)',
    version: 3,
    write: (path) => writeInventedExport(path, HEAVY_PLAN),
  },
  {
    id: 'dominant-messages',
    description: 'one dominant messages.csv (2025-26 header, every field quoted, HTML InMails) beside the heavy user’s other files ×1.3',
    version: 1,
    write: (path) => writeInventedExport(path, DOMINANT_MESSAGES_PLAN),
  },
  {
    id: 'typical',
    description: `many small files: the generator's 2026 Complete archive, its sample member ×${TYPICAL_SCALE}`,
    version: 1,
    write: (path) => writeGeneratedExport(path, { era: 2026, scale: TYPICAL_SCALE }, TYPICAL_SEED),
  },
  {
    id: 'utf16-2018',
    description: 'a 2018 export: UTF-16LE with BOM, TAB-delimited, every field quoted, its own headers, Videos and Courses (the generator’s 2018 archive, sample member ×40)',
    // 2: the generator's 2018 archive gained Videos.csv, Courses.csv and the 2018 headers.
    version: 2,
    write: (path) => writeGeneratedExport(path, { era: 2018, scale: 40 }, 20_180_614),
  },
  {
    id: 'crlf-2024',
    description: 'a 2024 export: CRLF activity files, comments whose line breaks are not quoted, the files once unknown (the generator’s 2024 archive, sample member ×40)',
    version: 1,
    write: (path) => writeGeneratedExport(path, { era: 2024, scale: 40 }, 20_240_418),
  },
];

/** The shapes named in BENCH_SHAPES (comma-separated), or all of them. */
export function selectedShapes(list: string | undefined): ExportShape[] {
  if (!list) return [...SHAPES];
  const ids = list.split(',').map((id) => id.trim()).filter(Boolean);
  const unknown = ids.filter((id) => !SHAPES.some((s) => s.id === id));
  if (unknown.length > 0) throw new Error(`BENCH_SHAPES: unknown shape ${unknown.join(', ')}; the shapes are ${SHAPES.map((s) => s.id).join(', ')}.`);
  return SHAPES.filter((s) => ids.includes(s.id));
}

/** Runs `work` under one line of output: "Generating <label> (once)… 1.2 s". */
export async function announced<T>(label: string, work: () => Promise<T>): Promise<T> {
  process.stdout.write(`Generating ${label} (once)… `);
  const started = performance.now();
  const result = await work();
  process.stdout.write(`${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return result;
}

/** Writes the file unless it exists (through a temporary name, so an interrupted run leaves no half zip). */
export async function ensureFile(path: string, write: (path: string) => Promise<void>): Promise<string> {
  if (existsSync(path)) return path;
  await write(`${path}.partial`);
  renameSync(`${path}.partial`, path);
  return path;
}

export async function ensureShape(outDir: string, shape: ExportShape): Promise<string> {
  const path = join(outDir, `${shape.id}-v${shape.version}.zip`);
  return existsSync(path) ? path : announced(`the ${shape.id} export`, () => ensureFile(path, shape.write));
}

export interface ShapeSize {
  readonly zipMB: number;
  readonly uncompressedMB: number;
  readonly files: number;
  readonly largestFile: string;
  readonly largestMB: number;
  /** The largest file's share of the uncompressed bytes. */
  readonly largestShare: number;
}

/** From the archive's own listing (`unzip -l`). */
export function shapeSize(zip: string): ShapeSize {
  const listing = spawnSync('unzip', ['-l', zip], { encoding: 'utf8', maxBuffer: 1 << 24 }).stdout;
  const entries = [...listing.matchAll(/^\s*(\d+)\s+\S+\s+\S+\s+(.+)$/gm)]
    .map((m) => ({ bytes: Number(m[1]), name: m[2]!.trim() }))
    .filter((e) => !e.name.endsWith('/'));
  const total = entries.reduce((sum, e) => sum + e.bytes, 0);
  const largest = entries.reduce((a, b) => (b.bytes > a.bytes ? b : a), { bytes: 0, name: '' });
  return {
    zipMB: statSync(zip).size / 1e6,
    uncompressedMB: total / 1e6,
    files: entries.length,
    largestFile: largest.name,
    largestMB: largest.bytes / 1e6,
    largestShare: total > 0 ? largest.bytes / total : 0,
  };
}
