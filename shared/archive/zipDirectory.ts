// Runtime: any. Reads a zip's table of contents with bounded code of our own, before anything
// is inflated: the end record (classic and zip64: locator, record, its extensible data), the
// central directory's place inside the file (shifted past a self-extracting stub, as `unzip`
// reads it), each entry's record, and each entry's slot, so no two entries share bytes and none
// runs past the directory. Every loop advances by a fixed minimum each turn, so none can spin.
// What is wrong with one entry stays on that entry; only a zip with no usable directory at all
// is refused (as an InputError).

import { createTextDecoder } from '../platform/universalGlobals';
import { ZipEntryError } from './entryErrors';
import { inputError } from './inputError';
import type { ArchiveNote, Crc32, RangeReader, ZipEntryInfo } from './types';

const SIGNATURE = {
  local: 0x04034b50,
  central: 0x02014b50,
  end: 0x06054b50,
  zip64Locator: 0x07064b50,
  zip64End: 0x06064b50,
} as const;

const END_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;
const LOCATOR_BYTES = 20;
const ZIP64_END_BYTES = 56;
/** A zip64 end record's "size of the remaining record" when it holds no extensible data. */
const ZIP64_END_FIXED = ZIP64_END_BYTES - 12;
const CENTRAL_BYTES = 46;
export const LOCAL_HEADER_BYTES = 30;
const ZIP64_EXTRA = 0x0001;
const UNICODE_PATH_EXTRA = 0x7075;
/** Read this much of the central directory at a time: a few hundred entries per read. */
const DIRECTORY_WINDOW_BYTES = 256 * 1024;
/** Extensible data longer than this is not walked (it holds nothing this app needs). */
const MAX_EXTENSIBLE_CHECK_BYTES = 64 * 1024;

const FLAG_ENCRYPTED = 0x0001;
const FLAG_STRONG_ENCRYPTION = 0x0040;
/** WinZip's AES: the real method is inside an extra field, and the data is encrypted. */
const METHOD_AES = 99;
export const METHOD_STORE = 0;
export const METHOD_DEFLATE = 8;

export const u16 = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8);
export const u32 = (b: Uint8Array, at: number): number => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
/** A 64-bit field; past 2^53 it cannot be an offset or size in any file, so it reads as Infinity. */
const u64 = (b: Uint8Array, at: number): number => {
  const value = u32(b, at) + u32(b, at + 4) * 2 ** 32;
  return value > Number.MAX_SAFE_INTEGER ? Infinity : value;
};

export interface DirectoryEntry extends ZipEntryInfo {
  readonly isDirectory: boolean;
  /** Why the entry cannot be read, known from the directory alone; null when it may be. */
  readonly problem: ZipEntryError | null;
}

export interface ZipDirectory {
  /** In the directory's order, at most `maxEntries`. */
  readonly entries: readonly DirectoryEntry[];
  readonly notes: readonly ArchiveNote[];
}

interface EndRecord {
  /** Where the end records start: nothing of the archive lies past here. */
  readonly start: number;
  readonly entries: number;
  readonly directorySize: number;
  readonly directoryOffset: number;
  readonly notes: ArchiveNote[];
}

const DAMAGED = (name: string) =>
  inputError(name, { reason: 'zip-directory-broken' });
const SPLIT = (name: string) =>
  inputError(name, { reason: 'split-zip' });

/**
 * The classic end record nearest the end whose comment ends exactly at the end of the file, else
 * the nearest whose comment fits in it; null when there is none (not a zip, or cut short).
 */
function findEndRecord(tail: Uint8Array): number | null {
  let fits: number | null = null;
  for (let at = tail.length - END_BYTES; at >= 0; at--) {
    if (u32(tail, at) !== SIGNATURE.end) continue;
    const end = at + END_BYTES + u16(tail, at + 20);
    if (end === tail.length) return at;
    if (end < tail.length) fits ??= at;
  }
  return fits;
}

/** Whether a zip64 end record's extensible data is a well-formed list of (id, size, data) fields. */
function extensibleDataWellFormed(data: Uint8Array): boolean {
  // Each turn moves at least 6 bytes on.
  for (let at = 0; at < data.length; ) {
    if (at + 6 > data.length) return false;
    const size = u32(data, at + 2);
    if (size > data.length - at - 6) return false;
    at += 6 + size;
  }
  return true;
}

async function readZip64End(reader: RangeReader, locatorAt: number, name: string): Promise<EndRecord | null> {
  const locator = await reader.read(locatorAt, LOCATOR_BYTES);
  if (u32(locator, 16) > 1) throw SPLIT(name);
  const stated = u64(locator, 8);
  // Where the locator says, or (a stub before the archive shifts it) right before the locator.
  for (const at of [stated, locatorAt - ZIP64_END_BYTES]) {
    if (!Number.isFinite(at) || at < 0 || at + ZIP64_END_BYTES > locatorAt) continue;
    const record = await reader.read(at, ZIP64_END_BYTES);
    if (u32(record, 0) !== SIGNATURE.zip64End) continue;
    const remaining = u64(record, 4);
    // The record's own size must keep it before the locator: a size that does not (such as an
    // extensible data field claiming 0xFFFFFFFA bytes) is damage, never a reason to read on.
    if (remaining < ZIP64_END_FIXED || at + 12 + remaining > locatorAt) return null;
    if (u32(record, 16) !== 0 || u32(record, 20) !== 0) throw SPLIT(name);
    const notes: ArchiveNote[] = [];
    const extensible = remaining - ZIP64_END_FIXED;
    if (extensible > 0) {
      const wellFormed =
        extensible <= MAX_EXTENSIBLE_CHECK_BYTES && extensibleDataWellFormed(await reader.read(at + ZIP64_END_BYTES, extensible));
      if (!wellFormed) {
        notes.push({ code: 'zip64-extra-ignored', input: name });
      }
    }
    return { start: at, entries: u64(record, 32), directorySize: u64(record, 40), directoryOffset: u64(record, 48), notes };
  }
  return null;
}

async function readEndRecord(reader: RangeReader, size: number, name: string): Promise<EndRecord | null> {
  const tailStart = Math.max(0, size - (END_BYTES + MAX_COMMENT_BYTES + LOCATOR_BYTES));
  const tail = await reader.read(tailStart, size - tailStart);
  const found = findEndRecord(tail);
  if (found === null) return null;
  const end = tailStart + found;
  const record = tail.subarray(found, found + END_BYTES);
  if (u16(record, 4) !== 0 || u16(record, 6) !== 0) throw SPLIT(name);
  const classic = { start: end, entries: u16(record, 10), directorySize: u32(record, 12), directoryOffset: u32(record, 16), notes: [] };
  const saturated = classic.entries === 0xffff || classic.directorySize === 0xffffffff || classic.directoryOffset === 0xffffffff;
  const locatorAt = end - LOCATOR_BYTES;
  const hasLocator = locatorAt >= 0 && u32(await reader.read(locatorAt, 4), 0) === SIGNATURE.zip64Locator;
  if (!hasLocator) {
    if (classic.directorySize === 0xffffffff || classic.directoryOffset === 0xffffffff) throw DAMAGED(name);
    return classic;
  }
  const zip64 = await readZip64End(reader, locatorAt, name);
  if (zip64) return zip64;
  if (saturated) throw DAMAGED(name);
  // The classic record holds every value itself: the broken zip64 one is not needed.
  return {
    ...classic,
    notes: [{ code: 'zip64-end-ignored', input: name }],
  };
}

async function hasSignature(reader: RangeReader, at: number, signature: number, limit: number): Promise<boolean> {
  if (!Number.isFinite(at) || at < 0 || at + 4 > limit) return false;
  return u32(await reader.read(at, 4), 0) === signature;
}

interface DirectoryPlace {
  /** Bytes before the archive (a self-extracting stub): every offset the zip records moves by this. */
  readonly prefix: number;
  readonly start: number;
  readonly end: number;
  readonly notes: ArchiveNote[];
}

/** Where the central directory really is, as `unzip` finds it. */
async function placeDirectory(reader: RangeReader, end: EndRecord, name: string): Promise<DirectoryPlace> {
  const { directoryOffset: offset, directorySize: size } = end;
  if (size === 0 || end.entries === 0) return { prefix: 0, start: end.start, end: end.start, notes: [] };
  const gap = end.start - (offset + size);
  if (gap > 0 && (await hasSignature(reader, offset + gap, SIGNATURE.central, end.start))) {
    return { prefix: gap, start: offset + gap, end: end.start, notes: [{ code: 'data-before-zip', input: name, bytes: gap }] };
  }
  if (await hasSignature(reader, offset, SIGNATURE.central, end.start)) {
    const notes: ArchiveNote[] = [];
    if (gap < 0) notes.push({ code: 'directory-size-wrong', input: name });
    return { prefix: 0, start: offset, end: Math.min(offset + size, end.start), notes };
  }
  throw DAMAGED(name);
}

/** Reads the central directory in windows: one read per few hundred entries, never all of it at once. */
class DirectoryWindow {
  private bytes: Uint8Array = new Uint8Array(0);
  private from = 0;

  constructor(
    private readonly reader: RangeReader,
    private readonly end: number,
  ) {}

  /** The bytes at [at, at + length), or null if they run past the directory. */
  async get(at: number, length: number): Promise<Uint8Array | null> {
    if (at + length > this.end) return null;
    if (at < this.from || at + length > this.from + this.bytes.length) {
      this.from = at;
      this.bytes = await this.reader.read(at, Math.min(this.end - at, Math.max(length, DIRECTORY_WINDOW_BYTES)));
      if (this.bytes.length < length) return null;
    }
    return this.bytes.subarray(at - this.from, at - this.from + length);
  }
}

const utf8 = createTextDecoder('utf-8');

/** The zip64 extra's values for the fields the record saturated, in the order the format lists them. */
interface Zip64Values {
  uncompressed: number;
  compressed: number;
  offset: number;
  complete: boolean;
}

function readExtras(extra: Uint8Array, raw: Uint8Array, crc32: Crc32, saturated: { uncompressed: boolean; compressed: boolean; offset: boolean }): { zip64: Zip64Values | null; unicodeName: string | null } {
  let zip64: Zip64Values | null = null;
  let unicodeName: string | null = null;
  // Each turn moves at least 4 bytes on.
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = u16(extra, at);
    const size = u16(extra, at + 2);
    const body = extra.subarray(at + 4, at + 4 + size);
    if (body.length < size) break;
    if (id === ZIP64_EXTRA) {
      let cursor = 0;
      const next = (): number => {
        if (cursor + 8 > body.length) return Infinity;
        const value = u64(body, cursor);
        cursor += 8;
        return value;
      };
      const uncompressed = saturated.uncompressed ? next() : 0;
      const compressed = saturated.compressed ? next() : 0;
      const offset = saturated.offset ? next() : 0;
      zip64 = { uncompressed, compressed, offset, complete: Number.isFinite(uncompressed + compressed + offset) };
    } else if (id === UNICODE_PATH_EXTRA && size > 5 && body[0] === 1 && u32(body, 1) === crc32(raw, 0)) {
      unicodeName = utf8.decode(body.subarray(5));
    }
    at += 4 + size;
  }
  return { zip64, unicodeName };
}

/** An entry as its central record gives it, before its slot is known. */
type ParsedEntry = Omit<DirectoryEntry, 'slotEnd' | 'lastSlot'>;

function parseCentralRecord(record: Uint8Array, prefix: number, crc32: Crc32): ParsedEntry {
  const flags = u16(record, 8);
  const method = u16(record, 10);
  const nameLength = u16(record, 28);
  const extraLength = u16(record, 30);
  const raw = record.subarray(CENTRAL_BYTES, CENTRAL_BYTES + nameLength);
  const extra = record.subarray(CENTRAL_BYTES + nameLength, CENTRAL_BYTES + nameLength + extraLength);
  let compressedSize = u32(record, 20);
  let uncompressedSize = u32(record, 24);
  let headerOffset = u32(record, 42);
  const saturated = { uncompressed: uncompressedSize === 0xffffffff, compressed: compressedSize === 0xffffffff, offset: headerOffset === 0xffffffff };
  const { zip64, unicodeName } = readExtras(extra, raw, crc32, saturated);
  let problem: ZipEntryError | null = null;
  if (saturated.uncompressed || saturated.compressed || saturated.offset) {
    if (zip64?.complete) {
      if (saturated.uncompressed) uncompressedSize = zip64.uncompressed;
      if (saturated.compressed) compressedSize = zip64.compressed;
      if (saturated.offset) headerOffset = zip64.offset;
    } else {
      problem = new ZipEntryError('entry-record-incomplete');
    }
  }
  const storedName = unicodeName ?? utf8.decode(raw);
  if (u16(record, 34) !== 0 && u16(record, 34) !== 0xffff) problem ??= new ZipEntryError('entry-not-found');
  if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION) || method === METHOD_AES) problem ??= new ZipEntryError('encrypted-entry');
  else if (method !== METHOD_STORE && method !== METHOD_DEFLATE) problem ??= new ZipEntryError('unsupported-method', method);
  return {
    storedName,
    method,
    flags,
    crc32: u32(record, 16),
    compressedSize,
    uncompressedSize,
    headerOffset: headerOffset + prefix,
    // As jszip decided it: the MS-DOS directory attribute, or a name ending in "/".
    isDirectory: (u32(record, 38) & 0x10) !== 0 || storedName.endsWith('/'),
    problem,
  };
}

/**
 * Each entry's slot runs from its local header to the next entry's local header (or the central
 * directory). An entry whose smallest possible extent leaves its slot overlaps the next, or runs
 * past the directory; one whose header another entry already uses overlaps it. The first entry
 * at an offset keeps it, so one real file is still read among copies pointing at it.
 */
function withSlots(parsed: readonly ParsedEntry[], directoryStart: number): DirectoryEntry[] {
  const order = parsed.map((_, i) => i).sort((a, b) => parsed[a]!.headerOffset - parsed[b]!.headerOffset || a - b);
  const slotEnds = new Array<number>(parsed.length);
  const sharing = new Set<number>();
  for (let k = 0; k < order.length; k++) {
    const entry = parsed[order[k]!]!;
    if (k > 0 && parsed[order[k - 1]!]!.headerOffset === entry.headerOffset) sharing.add(order[k]!);
    let next = k + 1;
    while (next < order.length && parsed[order[next]!]!.headerOffset === entry.headerOffset) next++;
    slotEnds[order[k]!] = next < order.length ? Math.min(parsed[order[next]!]!.headerOffset, directoryStart) : directoryStart;
  }
  return parsed.map((entry, i) => {
    const slotEnd = slotEnds[i]!;
    let problem = entry.problem;
    if (entry.headerOffset + LOCAL_HEADER_BYTES > directoryStart) problem ??= new ZipEntryError('entry-past-end');
    else if (sharing.has(i)) problem ??= new ZipEntryError('overlapping-entries');
    else if (entry.headerOffset + LOCAL_HEADER_BYTES + entry.compressedSize > slotEnd) {
      problem ??= slotEnd === directoryStart ? new ZipEntryError('entry-past-end') : new ZipEntryError('overlapping-entries');
    }
    return { ...entry, slotEnd, lastSlot: slotEnd === directoryStart, problem };
  });
}

/**
 * The zip's entries as its central directory lists them, or null when the file has no end record
 * at all (not a zip, or cut short before it). Throws an InputError when the end record is there
 * but no usable directory is.
 */
export async function readZipDirectory(reader: RangeReader, size: number, name: string, maxEntries: number, crc32: Crc32): Promise<ZipDirectory | null> {
  const end = await readEndRecord(reader, size, name);
  if (!end) return null;
  const place = await placeDirectory(reader, end, name);
  const notes = [...end.notes, ...place.notes];
  const window = new DirectoryWindow(reader, place.end);
  const parsed: ParsedEntry[] = [];
  let at = place.start;
  let damagedAt: number | null = null;
  // Each turn moves at least CENTRAL_BYTES on, and stops at the directory's end or the limit.
  while (at < place.end && parsed.length < maxEntries) {
    const fixed = await window.get(at, CENTRAL_BYTES);
    if (!fixed || u32(fixed, 0) !== SIGNATURE.central) {
      damagedAt = parsed.length;
      break;
    }
    const length = CENTRAL_BYTES + u16(fixed, 28) + u16(fixed, 30) + u16(fixed, 32);
    const record = await window.get(at, length);
    if (!record) {
      damagedAt = parsed.length;
      break;
    }
    parsed.push(parseCentralRecord(record, place.prefix, crc32));
    at += length;
  }
  if (parsed.length === 0 && damagedAt !== null) throw DAMAGED(name);
  const limited = at < place.end && damagedAt === null;
  // 0xFFFF in a classic end record may mean "more than fits here": no count to quote or compare.
  const recorded = Number.isFinite(end.entries) && end.entries !== 0xffff ? end.entries : null;
  if (limited) {
    notes.push({ code: 'too-many-entries', input: name, kind: 'zip', limit: maxEntries, listed: recorded !== null && recorded > maxEntries ? recorded : null });
  } else if (damagedAt !== null) {
    notes.push({ code: 'directory-damaged', input: name, read: damagedAt });
  } else if (recorded !== null && recorded !== parsed.length) {
    notes.push({ code: 'entry-count-mismatch', input: name, recorded, listed: parsed.length });
  }
  return { entries: withSlots(parsed, place.start), notes };
}
