// Property-based fuzzing of the reader: valid generated exports, damaged at random (see
// mutations.ts) in their files' text and in their zip's bytes and structure, zipped plain, with
// zip64 records, behind a stub or with aliased entries, or as unpacked folders, through each
// inflater. Whatever the damage, the
// analysis ends within 10 s with a result or an ExportUnreadableError (a clear message per
// input), never another exception; a result holds only valid statuses and record counts, and
// carries through the report. At "counts" the report (JSON, Markdown, CSV) holds none of the
// member's personal values, whether the damage moved them into a header or the case planted them
// in a file or zip name. Every case is read twice, with and without the column scanner (the
// private messages, past their first 64 KB): the scans and items are equal. Seeded (FUZZ_SEED to change it); `npm test` runs 200 cases, `npm run
// fuzz` 10,000 (FUZZ_RUNS).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAnalysis } from '../../shared/analysis/buildAnalysis';
import { webInflater } from '../../shared/archive/inflate';
import { loadedSource, type ExportInput, type FolderReader, type Inflater } from '../../shared/archive/types';
import { buildReportJson } from '../../shared/report/reportJson';
import { renderMarkdown } from '../../shared/report/markdown';
import { renderDocument } from '../../shared/report/renderDocument';
import { csvText, jsonStrings, leakedValues, markdownText } from '../support/leakCheck';
import { ExportUnreadableError, scanExport, type ScanResult } from '../../shared/scan/scanExport';
import { itemsView } from '../../shared/items/packedItems';
import type { ExportScan } from '../../shared/scan/scanTypes';
import { generateExport, type GeneratedFile } from '../../shared/sample';
import { deflateRaw, storedEntry, writeZip, crc32, METHOD_DEFLATE, type RawZipEntry, type ZipLayout } from '../hostile/corpus';
import { nodeInflater } from '../../node/platform/nodeInflater';
import { nodeTextDecoder } from '../../node/platform/nodeTextDecoder';
import { damageFiles, mutateZip, textMutation, zipMutation } from './mutations';

const SEED = 20_261_129;
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED_USED = Number(process.env.FUZZ_SEED ?? SEED);
const CASE_BUDGET_MS = 10_000;

const NOW = generateExport({ era: 2026, seed: 7 });
const OLD = generateExport({ era: 2018, seed: 7 });
/** Inboxes large enough (about 300 KB) for the column scanner to take over from papaparse. */
const NOW_INBOX = generateExport({ era: 2026, size: 'sample', seed: 7 });
const OLD_INBOX = generateExport({ era: 2018, size: 'sample', seed: 7 });
/** Every personal value the base files hold: none may reach a report at "counts". */
const SENSITIVE = [...new Set([NOW, OLD, NOW_INBOX, OLD_INBOX].flatMap((exp) => exp.expected.sensitive))];
/** Those that can name a file or a zip. */
const NAMEABLE = SENSITIVE.filter((v) => !/[/\\\n\r]/.test(v) && v.length <= 80);

/** A small export with every kind of reading in it: UTF-8 and UTF-16, preamble, quirks, an article. */
const BASE_FILES: readonly GeneratedFile[] = (() => {
  const now = NOW.files;
  const old = OLD.files;
  const pick = (files: readonly GeneratedFile[], test: (path: string) => boolean) => files.filter((f) => test(f.path));
  return [
    ...pick(NOW_INBOX.files, (p) => p === 'messages.csv'),
    ...pick(OLD_INBOX.files, (p) => p === 'Messages.csv'),
    ...pick(now, (p) => ['Profile.csv', 'Connections.csv', 'Logins.csv', 'Ad_Targeting.csv', 'Skills.csv', 'LearningCoachMessages.csv'].includes(p)),
    ...pick(now, (p) => p.startsWith('Shares_') || p.startsWith('Comments_') || p.startsWith('Articles/')).slice(0, 3),
    ...pick(old, (p) => p === 'Shares.csv' || p === 'Account Status History.csv'),
  ];
})();

const INFLATERS: Record<'node' | 'web' | 'jszip', Inflater | null> = { node: nodeInflater, web: webInflater(), jszip: null };
const TIGHT_LIMITS = { maxRecordChars: 512, maxEntryBytes: 64 * 1024, ratioCheckAfterBytes: 1024, maxCompressionRatio: 4, maxArchiveBytes: 16 * 1024, maxEntries: 8 };
const STATUSES = new Set(['parsed', 'empty', 'unknown', 'error', 'duplicate', 'skipped']);
const SEVERITIES = new Set(['error', 'warning', 'info']);
const INPUT_CODES = new Set(['not-zip', 'empty', 'damaged', 'encrypted', 'nested-zip', 'not-linkedin', 'not-a-file', 'unreadable']);
/** A self-extracting program's start: the zip follows it. */
const STUB = new Uint8Array([0x4d, 0x5a, ...new TextEncoder().encode('invented stub program'), ...new Uint8Array(100)]);

const fuzzCase = fc.record({
  files: fc.subarray(BASE_FILES.map((_, i) => i), { minLength: 1 }),
  damages: fc.array(fc.record({ file: fc.nat(), mutation: textMutation }), { maxLength: 4 }),
  store: fc.boolean(),
  repeated: fc.array(fc.nat(), { maxLength: 2 }),
  zipDamages: fc.array(zipMutation, { maxLength: 3 }),
  layout: fc.record({
    zip64: fc.constantFrom(undefined, 'end' as const, 'all' as const),
    stub: fc.boolean(),
    /** Entries whose bytes get a second name in the directory (overlapping entries). */
    aliases: fc.array(fc.nat(), { maxLength: 3 }),
    extensible: fc.option(fc.uint8Array({ minLength: 1, maxLength: 12 }), { nil: undefined }),
  }),
  shape: fc.constantFrom('zip' as const, 'zip' as const, 'folder' as const),
  inflater: fc.constantFrom('node' as const, 'web' as const, 'jszip' as const),
  tightLimits: fc.boolean(),
  readChunk: fc.integer({ min: 1, max: 70_000 }),
  name: fc.oneof(
    fc.constantFrom('Complete_LinkedInDataExport_09-05-2026.zip', 'Basic_LinkedInDataExport_09-05-2026.zip', 'export (1).zip'),
    fc.constantFrom(...NAMEABLE).map((v) => `${v}.zip`),
  ),
  /** An extra file named with a personal value, its header and cell personal too; in a folder so named, maybe. */
  planted: fc.option(fc.record({ name: fc.constantFrom(...NAMEABLE), folder: fc.option(fc.constantFrom(...NAMEABLE)), cell: fc.constantFrom(...SENSITIVE) })),
});
type FuzzCase = typeof fuzzCase extends fc.Arbitrary<infer T> ? T : never;

/** Deflating is the slow part of building a case: an unchanged file is deflated once. */
const deflated = new WeakMap<Uint8Array, Uint8Array>();
async function entryOf(file: GeneratedFile, store: boolean): Promise<RawZipEntry> {
  if (store) return storedEntry(file.path, file.bytes);
  let data = deflated.get(file.bytes);
  if (!data) deflated.set(file.bytes, (data = await deflateRaw(file.bytes)));
  return { name: file.path, data, method: METHOD_DEFLATE, uncompressedSize: file.bytes.length, crc32: crc32(file.bytes) };
}

/** An unpacked folder held in memory, read back in chunks of the case's size. */
function memoryFolder(files: readonly GeneratedFile[], chunk: number): FolderReader {
  return {
    list: async (maxFiles) => ({ files: files.slice(0, maxFiles).map((f) => ({ path: f.path, size: f.bytes.length })), skipped: [], truncated: files.length > maxFiles }),
    async *read(path: string) {
      const bytes = files.find((f) => f.path === path)!.bytes;
      for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
    },
  };
}

function plantedFile(c: FuzzCase): GeneratedFile[] {
  if (c.planted === null) return [];
  const { name, folder, cell } = c.planted;
  const text = `"${cell.replace(/"/g, '""')}",Date\n"${cell.replace(/"/g, '""')}",2025-03-01\n`;
  return [{ path: `${folder === null ? '' : `${folder}/`}${name}.csv`, bytes: new TextEncoder().encode(text) }];
}

async function inputOf(c: FuzzCase): Promise<ExportInput> {
  const files = damageFiles([...c.files.map((i) => BASE_FILES[i]!), ...plantedFile(c)], c.damages);
  if (c.shape === 'folder') return { kind: 'folder', name: c.name.replace(/\.zip$/, ''), reader: memoryFolder(files, c.readChunk) };
  const entries = await Promise.all(files.map((f) => entryOf(f, c.store)));
  const repeats = files.length === 0 ? [] : c.repeated.map((i) => entries[i % entries.length]!);
  const { zip64, stub, aliases, extensible } = c.layout;
  const layout: ZipLayout = {
    ...(zip64 ? { zip64, zip64ExtensibleData: extensible } : {}),
    ...(stub ? { prefix: STUB } : {}),
    aliases: entries.length === 0 ? [] : aliases.map((i, k) => ({ name: `Aliased/alias-${k}.csv`, of: i % entries.length })),
  };
  const bytes = c.zipDamages.reduce(mutateZip, writeZip([...entries, ...repeats], layout));
  return { kind: 'zip', name: c.name, bytes };
}

type Outcome = { readonly scan: ScanResult } | { readonly error: unknown } | { readonly timedOut: true };

async function withinBudget(run: Promise<ScanResult>): Promise<Outcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Outcome>((resolve) => (timer = setTimeout(() => resolve({ timedOut: true }), CASE_BUDGET_MS)));
  try {
    return await Promise.race([run.then((scan) => ({ scan }), (error: unknown) => ({ error })), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** One sentence for a member: no stack trace, no empty message. */
function expectPlainMessage(message: string): void {
  expect(message.trim().length).toBeGreaterThan(0);
  expect(message).not.toMatch(/\n\s+at |TypeError|RangeError|ReferenceError|undefined|\[object /);
}

function expectValidScan(scan: ExportScan): void {
  for (const file of scan.files) {
    expect(STATUSES.has(file.status), file.status).toBe(true);
    for (const count of [file.rows, file.bytes, file.ownText.items, file.ownText.words, file.ownText.chars, file.undated.items]) {
      expect(Number.isInteger(count) && count >= 0, `${file.path}: ${count}`).toBe(true);
    }
    expect(file.path).not.toMatch(/^\/|\\/);
    for (const problem of file.problems) {
      expect(SEVERITIES.has(problem.severity)).toBe(true);
      expectPlainMessage(problem.message);
    }
  }
  for (const problem of scan.problems) expectPlainMessage(problem.message);
}

/** How the cases ended, printed after the run: shows the damage reaches every path. */
const tally = new Map<string, number>();

async function checkCase(c: FuzzCase): Promise<void> {
  const input = await inputOf(c);
  const read = (columnScanner: boolean) =>
    withinBudget(
      scanExport([loadedSource(input)], {
        inflate: INFLATERS[c.inflater],
        decoder: nodeTextDecoder,
        limits: c.tightLimits ? TIGHT_LIMITS : {},
        collectItems: true,
        now: new Date('2026-11-29T12:00:00Z'),
        columnScanner,
      }),
    );
  const outcome = await read(true);
  if ('timedOut' in outcome) throw new Error(`the analysis did not end within ${CASE_BUDGET_MS / 1000} s`);
  // The column scanner changes nothing: the same scan, items and errors as papaparse alone.
  expect(outcome).toEqual(await read(false));
  if ('error' in outcome) {
    if (!(outcome.error instanceof ExportUnreadableError)) throw outcome.error;
    tally.set(`unreadable: ${outcome.error.errors[0]?.code}`, (tally.get(`unreadable: ${outcome.error.errors[0]?.code}`) ?? 0) + 1);
    expect(outcome.error.errors).toHaveLength(1);
    expect(INPUT_CODES.has(outcome.error.errors[0]!.code)).toBe(true);
    expectPlainMessage(outcome.error.errors[0]!.message);
    return;
  }
  const { scan, items } = outcome.scan;
  expectValidScan(scan);
  const kind = scan.files.some((f) => f.status === 'error') ? 'result with a file in error' : 'result';
  tally.set(kind, (tally.get(kind) ?? 0) + 1);
  // Which of the reader's checks the damage reached (each counted once a case).
  const codes = new Set([...scan.files.flatMap((f) => f.problems.filter((p) => p.severity === 'error')), ...scan.problems].map((p) => p.code));
  for (const code of codes) tally.set(code, (tally.get(code) ?? 0) + 1);
  // The result carries through to a report: the analysis, the JSON and the Markdown.
  const analysis = buildAnalysis(scan, { region: 'eu', optedOut: '2025-12-01', adultFrom: null, asOf: '2026-11-29' });
  const report = buildReportJson(scan, analysis, 'full', items && itemsView(items));
  expect(JSON.parse(JSON.stringify(report)).files).toHaveLength(scan.files.length);
  expect(renderMarkdown(report)).toContain('# LinkedIn AI-training exposure report');
  // At "counts", nothing of the member's: not moved into a header by the damage, not in a name.
  const counts = buildReportJson(scan, analysis, 'counts', items && itemsView(items));
  const shown = [jsonStrings(JSON.parse(renderDocument('json', counts))).join('\n'), markdownText(renderDocument('md', counts)), csvText(renderDocument('csv', counts))].join('\n');
  expect(leakedValues(shown, SENSITIVE), 'at counts').toEqual([]);
}

describe('fuzzing the reader with damaged exports', () => {
  it(
    `ends with a result or a clear error on ${RUNS} damaged exports (seed ${SEED_USED})`,
    async () => {
      const started = performance.now();
      await fc.assert(fc.asyncProperty(fuzzCase, checkCase), { seed: SEED_USED, numRuns: RUNS });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.info(`fuzz: ${RUNS} cases in ${seconds} s (seed ${SEED_USED}): ${[...tally].map(([k, n]) => `${k} ${n}`).join(', ')}`);
    },
    RUNS * CASE_BUDGET_MS + 60_000,
  );
});
