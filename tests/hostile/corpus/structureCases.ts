// Runtime: any. Exports whose zip structure is hostile or damaged (not their files' text): end
// records that hang a naive reader, entries that share bytes, a stub before the archive, counts
// and sizes that lie, methods and flags this app cannot read, checksums that do not match, and a
// zip of gigabytes that is mostly a hole. Each names what a reader must report and what it must
// still read.

import { jsCrc32 } from '../../../shared/archive/crc32';
import type { GeneratedExport } from '../../../shared/sample/types';
import { baseExport, deflatedEntries, deflatedEntry, fileOf, utf8 } from './baseExport';
import { deflateRaw, zeroBombDeflate } from './deflate';
import { crc32, METHOD_BZIP2, METHOD_DEFLATE, storedEntry, writeZip, zipSegments, FLAG_ENCRYPTED, type RawZipEntry, type ZipLayout, type ZipSegment } from './zipWriter';

export interface DamagedEntry {
  readonly path: string;
  /** The problem's code on that file. */
  readonly code: string;
  /** Records a reader can honestly count in it (those before the damage), or some, fewer than `below`. */
  readonly rows: number | { readonly below: number };
}

export interface StructureCase {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The export the zip was made from: every file not in `damaged` is intact. */
  readonly base: GeneratedExport;
  readonly damaged: readonly DamagedEntry[];
  /** Codes of what is said about the whole input (`ExportScan.problems`). */
  readonly notes: readonly string[];
}

/** The base export's entries, one of them replaced (or none), `extra` after them, in `layout`. */
async function exportZip(base: GeneratedExport, replace: Readonly<Record<string, RawZipEntry>>, extra: readonly RawZipEntry[] = [], layout: ZipLayout = {}): Promise<Uint8Array> {
  const kept = base.files.filter((f) => !(f.path in replace));
  return writeZip([...(await deflatedEntries(kept)), ...Object.values(replace), ...extra], layout);
}

const rowsOf = (base: GeneratedExport, path: string) => base.expected.files.find((f) => f.path === path)!.rows;

/**
 * 243 bytes that hang jszip 3.10 for ever: a zip64 end record whose extensible data holds one
 * field claiming 0xFFFFFFFA bytes (its `readBlockZip64EndOfCentral` moves back 6 bytes a turn).
 * The zip itself is sound: one stored Skills.csv of two records.
 */
export function zip64HangCase(): { readonly name: string; readonly bytes: Uint8Array; readonly skills: number } {
  const skills = storedEntry('Skills.csv', utf8('Name\nInvented skill one\nInvented skill two\n'));
  const extensible = new Uint8Array([0x01, 0x00, 0xfa, 0xff, 0xff, 0xff]);
  return { name: 'Complete_LinkedInDataExport_09-05-2026.zip', bytes: writeZip([skills], { zip64: 'end', zip64ExtensibleData: extensible }), skills: 2 };
}

/** Deterministic filler that deflate cannot shrink (a linear congruential sequence). */
function noise(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1_664_525) + 1_013_904_223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/**
 * The export, then one entry whose 640 KB deflate kernel (520 KB of noise stored, then 120 MB of
 * zeros) inflates about 190 times, under the 200:1 ratio, and `aliases` central records pointing
 * at that same local header under other names: about 100 GB from 700 KB if each were inflated.
 */
export async function overlappingEntriesCase(aliases = 850): Promise<StructureCase & { readonly claimedBytes: number }> {
  const base = baseExport();
  const stored = noise(520 * 1024, 7);
  const data = zeroBombDeflate(120 * 1024 * 1024, stored);
  // What the kernel inflates to: the noise, then one literal zero and 258-byte copies of it.
  const zeros = 1 + Math.ceil((120 * 1024 * 1024 - 1) / 258) * 258;
  let crc = jsCrc32(stored, 0);
  const block = new Uint8Array(258 * 4096);
  for (let left = zeros; left > 0; left -= block.length) crc = jsCrc32(block.subarray(0, Math.min(left, block.length)), crc);
  const size = stored.length + zeros;
  const kernel: RawZipEntry = { name: 'Bomb/kernel.bin', data, method: METHOD_DEFLATE, uncompressedSize: size, crc32: crc };
  const names = Array.from({ length: aliases }, (_, i) => `Bomb/part-${String(i + 1).padStart(4, '0')}.csv`);
  const kernelIndex = base.files.length;
  const bytes = await exportZip(base, {}, [kernel], { aliases: names.map((name) => ({ name, of: kernelIndex })) });
  return {
    name: base.name,
    bytes,
    base,
    damaged: names.map((path) => ({ path, code: 'overlapping-entries', rows: 0 })),
    notes: [],
    claimedBytes: size * (aliases + 1),
  };
}

/** A 40 KB program stub, then the export's zip: offsets from the archive's start, or (`adjusted`, as `zip -A` leaves them) the file's. */
export async function selfExtractingCase(adjusted = false): Promise<StructureCase> {
  const base = baseExport();
  const stub = new Uint8Array(40 * 1024);
  stub.set(utf8('MZ'));
  stub.set(noise(stub.length - 2, 11), 2);
  const bytes = await exportZip(base, {}, [], { prefix: stub, offsetsIncludePrefix: adjusted });
  return { name: base.name.replace(/\.zip$/, '.exe'), bytes, base, damaged: [], notes: adjusted ? [] : ['data-before-zip'] };
}

/** The end record claims `claimed` entries (default: 100 more than there are). */
export async function entryCountLieCase(claimed?: number): Promise<StructureCase> {
  const base = baseExport();
  const bytes = await exportZip(base, {}, [], { recordedEntryCount: claimed ?? base.files.length + 100 });
  return { name: base.name, bytes, base, damaged: [], notes: ['entry-count-mismatch'] };
}

/** The end record places the central directory 2 GB past the end of a 1 MB file. */
export async function directoryPastEndCase(): Promise<{ readonly name: string; readonly bytes: Uint8Array }> {
  const base = baseExport();
  return { name: base.name, bytes: await exportZip(base, {}, [], { recordedDirectoryOffset: 0x7fff0000 }) };
}

/** Connections.csv compressed with bzip2 (method 12), among deflated files. */
export async function bzip2EntryCase(): Promise<StructureCase> {
  const base = baseExport();
  const path = 'Connections.csv';
  const content = fileOf(base, path).bytes;
  // A bzip2 stream's header, then filler: the method alone decides, nothing is decompressed.
  const entry: RawZipEntry = { name: path, data: new Uint8Array([...utf8('BZh91AY&SY'), ...noise(4096, 3)]), method: METHOD_BZIP2, uncompressedSize: content.length, crc32: crc32(content) };
  return { name: base.name, bytes: await exportZip(base, { [path]: entry }), base, damaged: [{ path, code: 'unsupported-method', rows: 0 }], notes: [] };
}

/** messages.csv with the encryption flag (its bytes are not really enciphered: the flag decides). */
export async function encryptedEntryCase(): Promise<StructureCase> {
  const base = baseExport();
  const path = 'messages.csv';
  const entry = { ...(await deflatedEntry(path, fileOf(base, path).bytes)), flags: FLAG_ENCRYPTED };
  return { name: base.name, bytes: await exportZip(base, { [path]: entry }), base, damaged: [{ path, code: 'encrypted-entry', rows: 0 }], notes: [] };
}

/** Logins.csv intact, its recorded CRC-32 wrong: every record is read, then the mismatch is reported. */
export async function badCrcCase(): Promise<StructureCase> {
  const base = baseExport();
  const path = 'Logins.csv';
  const entry = await deflatedEntry(path, fileOf(base, path).bytes);
  return {
    name: base.name,
    bytes: await exportZip(base, { [path]: { ...entry, crc32: (entry.crc32 ^ 0x5a5a5a5a) >>> 0 } }),
    base,
    damaged: [{ path, code: 'bad-crc', rows: rowsOf(base, path) }],
    notes: [],
  };
}

/**
 * Connections.csv with 700 records (the export's own, repeated), stored whole, but both headers
 * record 1% of its size (and the CRC of the whole): a reader trusting the size reads about 7
 * records and stops, with no error unless it checks the CRC.
 */
export async function storedWrongSizeCase(): Promise<StructureCase> {
  const base = baseExport();
  const path = 'Connections.csv';
  const lines = new TextDecoder().decode(fileOf(base, path).bytes).split('\n');
  const header = lines.findIndex((line) => line.startsWith('First Name,'));
  const records = lines.slice(header + 1).filter((line) => line !== '');
  const connections = Array.from({ length: 700 }, (_, i) => records[i % records.length]!);
  const content = utf8(`${[...lines.slice(0, header + 1), ...connections].join('\n')}\n`);
  const recorded = Math.floor(content.length / 100);
  const entry: RawZipEntry = { ...storedEntry(path, content), uncompressedSize: recorded, recordedCompressedSize: recorded };
  return { name: base.name, bytes: await exportZip(base, { [path]: entry }), base, damaged: [{ path, code: 'bad-crc', rows: { below: 700 } }], notes: [] };
}

/** The last entry before the directory records 10 MB more than the file holds. */
export async function sizePastEndCase(): Promise<StructureCase> {
  const base = baseExport();
  const path = 'Invitations.csv';
  const entry = await deflatedEntry(path, fileOf(base, path).bytes);
  const bytes = await exportZip(base, { [path]: { ...entry, recordedCompressedSize: entry.data.length + 10 * 1024 * 1024 } });
  return { name: base.name, bytes, base, damaged: [{ path, code: 'entry-past-end', rows: 0 }], notes: [] };
}

/** The export plus `count` CSVs the app does not know, each `lines` short records that deflate well. */
export async function manyCompressibleFilesCase(count: number, lines: number): Promise<StructureCase & { readonly extraPaths: readonly string[]; readonly extraBytes: number }> {
  const base = baseExport();
  const text = utf8(`Note\n${'Invented note line\n'.repeat(lines)}`);
  const data = await deflateRaw(text);
  const extraPaths = Array.from({ length: count }, (_, i) => `Notes/Invented_Notes_${i + 1}.csv`);
  const extra = extraPaths.map((name) => ({ name, data, method: METHOD_DEFLATE, uncompressedSize: text.length, crc32: crc32(text) }));
  return { name: base.name, bytes: await exportZip(base, {}, extra), base, damaged: [], notes: [], extraPaths, extraBytes: text.length };
}

export interface SparseZipCase {
  readonly name: string;
  readonly base: GeneratedExport;
  /** Write these at their offsets; the rest of `size` is a hole. */
  readonly segments: readonly ZipSegment[];
  readonly size: number;
  /** The entry that is mostly a hole (a video: listed, not read). */
  readonly holePath: string;
}

/**
 * The export, then a stored "video" of `holeBytes` zeros left as a hole, then (`after`) one more
 * export file past it: past 4 GiB its offset needs zip64, written as any zip64 tool does.
 */
export async function sparseLargeZipCase(holeBytes: number, after: string | null = null): Promise<SparseZipCase> {
  const base = baseExport();
  const holePath = 'Videos/Invented holiday video.mp4';
  const video: RawZipEntry = { ...storedEntry(holePath, new Uint8Array(0)), uncompressedSize: holeBytes, holeBytes };
  const before = base.files.filter((f) => f.path !== after);
  const tail = after ? [await deflatedEntry(after, fileOf(base, after).bytes)] : [];
  const { segments, size } = zipSegments([...(await deflatedEntries(before)), video, ...tail]);
  return { name: base.name, base, segments, size, holePath };
}

