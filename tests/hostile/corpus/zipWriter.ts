// Runtime: any. A zip writer for the hostile corpus. jszip writes only well-formed archives; this
// one writes exactly the headers it is told to, so a case can repeat a name, set the encryption
// flag, lie about a size or a count, point many names at one entry's bytes, put a stub before
// the archive, write zip64 records (with any extensible data), or leave gigabytes of an entry as
// a hole for a sparse file.

import { jsCrc32 } from '../../../shared/archive/crc32';
import { encodeUtf8 } from '../../../shared/platform/universalGlobals';

export const METHOD_STORE = 0;
export const METHOD_DEFLATE = 8;
export const METHOD_BZIP2 = 12;

/** General-purpose flag bit 0: the entry is encrypted (traditional PKWARE encryption). */
export const FLAG_ENCRYPTED = 0x0001;
/** General-purpose flag bit 11: the name is UTF-8. */
export const FLAG_UTF8 = 0x0800;

export interface RawZipEntry {
  /** Written as given, byte for byte: `../`, `/etc/passwd` and `C:\` included. */
  readonly name: string;
  /** The entry's bytes as stored in the archive (already deflated when `method` is 8). */
  readonly data: Uint8Array;
  readonly method: number;
  /** The size the entry inflates to, as the headers claim it (may lie). */
  readonly uncompressedSize: number;
  readonly crc32: number;
  readonly flags?: number;
  /** The compressed size the headers record, when it is not `data`'s length (a lie). */
  readonly recordedCompressedSize?: number;
  /** Stored bytes of zeros after `data`, never held in memory: a hole in a sparse file. */
  readonly holeBytes?: number;
}

export interface ZipLayout {
  /** Bytes before the archive (a self-extracting program). */
  readonly prefix?: Uint8Array;
  /** Offsets counted from the file's start, stub included (as `zip -A` adjusts them); default: from the archive's. */
  readonly offsetsIncludePrefix?: boolean;
  /** Zip64 end records only (`end`), or also every entry's sizes and offset in zip64 extras (`all`); forced where a value needs it. */
  readonly zip64?: 'end' | 'all';
  /** The zip64 end record's extensible data, written as given. */
  readonly zip64ExtensibleData?: Uint8Array;
  /** The entry count the end records claim (a lie), instead of the true one. */
  readonly recordedEntryCount?: number;
  /** The central directory's offset the end record claims (a lie). */
  readonly recordedDirectoryOffset?: number;
  /** More central records, each naming an entry already written: many names, one entry's bytes. */
  readonly aliases?: readonly { readonly name: string; readonly of: number }[];
}

/** A piece of the zip at its offset in the file; what lies between pieces is zeros (a hole). */
export interface ZipSegment {
  readonly offset: number;
  readonly bytes: Uint8Array;
}

export function crc32(bytes: Uint8Array): number {
  return jsCrc32(bytes, 0);
}

/** An entry stored uncompressed, with honest sizes and checksum. */
export function storedEntry(name: string, content: Uint8Array): RawZipEntry {
  return { name, data: content, method: METHOD_STORE, uncompressedSize: content.length, crc32: crc32(content) };
}

/** 2026-09-05 09:00 as an MS-DOS date and time: a fixed date keeps the bytes reproducible. */
const DOS_TIME = (9 << 11) | (0 << 5);
const DOS_DATE = ((2026 - 1980) << 9) | (9 << 5) | 5;
const MAX32 = 0xffffffff;

class ByteSink {
  private readonly parts: Uint8Array[] = [];
  length = 0;

  bytes(data: Uint8Array): void {
    this.parts.push(data);
    this.length += data.length;
  }

  u16(value: number): void {
    this.bytes(new Uint8Array([value & 0xff, (value >>> 8) & 0xff]));
  }

  u32(value: number): void {
    this.bytes(new Uint8Array([value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff]));
  }

  u64(value: number): void {
    this.u32(value % 2 ** 32);
    this.u32(Math.floor(value / 2 ** 32));
  }

  result(): Uint8Array {
    const out = new Uint8Array(this.length);
    let offset = 0;
    for (const part of this.parts) {
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  }
}

interface Placed {
  readonly entry: RawZipEntry;
  readonly name: Uint8Array;
  /** Recorded offset of the local header (from the archive's start unless `offsetsIncludePrefix`). */
  readonly offset: number;
  readonly compressedSize: number;
  readonly zip64: boolean;
}

/** The zip64 extra field: the values whose 32-bit fields say 0xFFFFFFFF, in the format's order. */
function zip64Extra(values: readonly number[]): Uint8Array {
  const sink = new ByteSink();
  sink.u16(0x0001);
  sink.u16(values.length * 8);
  for (const value of values) sink.u64(value);
  return sink.result();
}

/** The fields local and central headers share, from "version needed" to the extra's length. */
function commonHeader(sink: ByteSink, placed: Placed, name: Uint8Array, extra: Uint8Array): void {
  sink.u16(placed.zip64 ? 45 : 20); // version needed
  sink.u16((placed.entry.flags ?? 0) | FLAG_UTF8);
  sink.u16(placed.entry.method);
  sink.u16(DOS_TIME);
  sink.u16(DOS_DATE);
  sink.u32(placed.entry.crc32);
  sink.u32(placed.zip64 ? MAX32 : placed.compressedSize);
  sink.u32(placed.zip64 ? MAX32 : placed.entry.uncompressedSize);
  sink.u16(name.length);
  sink.u16(extra.length);
}

/** The zip as pieces at their offsets, and the file's whole size: holes are left out. */
export function zipSegments(entries: readonly RawZipEntry[], layout: ZipLayout = {}): { segments: ZipSegment[]; size: number } {
  const prefix = layout.prefix ?? new Uint8Array(0);
  const base = layout.offsetsIncludePrefix ? prefix.length : 0;
  const segments: ZipSegment[] = prefix.length > 0 ? [{ offset: 0, bytes: prefix }] : [];
  let at = prefix.length;
  const placed: Placed[] = [];
  for (const entry of entries) {
    const name = encodeUtf8(entry.name);
    const compressedSize = entry.recordedCompressedSize ?? entry.data.length + (entry.holeBytes ?? 0);
    const offset = at - prefix.length + base;
    const zip64 = layout.zip64 === 'all' || offset >= MAX32 || compressedSize >= MAX32 || entry.uncompressedSize >= MAX32;
    const p = { entry, name, offset, compressedSize, zip64 };
    placed.push(p);
    const sink = new ByteSink();
    const extra = zip64 ? zip64Extra([entry.uncompressedSize, compressedSize]) : new Uint8Array(0);
    sink.u32(0x04034b50);
    commonHeader(sink, p, name, extra);
    sink.bytes(name);
    sink.bytes(extra);
    sink.bytes(entry.data);
    segments.push({ offset: at, bytes: sink.result() });
    at += sink.length + (entry.holeBytes ?? 0);
  }
  const records = [...placed, ...(layout.aliases ?? []).map((alias) => ({ ...placed[alias.of]!, name: encodeUtf8(alias.name) }))];
  const directoryStart = at;
  const sink = new ByteSink();
  for (const p of records) {
    const extra = p.zip64 ? zip64Extra([p.entry.uncompressedSize, p.compressedSize, p.offset]) : new Uint8Array(0);
    sink.u32(0x02014b50);
    sink.u16(p.zip64 ? 45 : 20); // version made by
    commonHeader(sink, p, p.name, extra);
    sink.u16(0); // comment length
    sink.u16(0); // disk number
    sink.u16(0); // internal attributes
    sink.u32(0); // external attributes
    sink.u32(p.zip64 ? MAX32 : p.offset);
    sink.bytes(p.name);
    sink.bytes(extra);
  }
  const directorySize = sink.length;
  const directoryOffset = layout.recordedDirectoryOffset ?? directoryStart - prefix.length + base;
  const count = layout.recordedEntryCount ?? records.length;
  const zip64 = layout.zip64 !== undefined || count >= 0xffff || directoryOffset >= MAX32 || directorySize >= MAX32;
  if (zip64) {
    const extensible = layout.zip64ExtensibleData ?? new Uint8Array(0);
    const recordAt = directoryStart + sink.length - prefix.length + base;
    sink.u32(0x06064b50);
    sink.u64(44 + extensible.length);
    sink.u16(45); // version made by
    sink.u16(45); // version needed
    sink.u32(0); // this disk
    sink.u32(0); // the directory's disk
    sink.u64(count);
    sink.u64(count);
    sink.u64(directorySize);
    sink.u64(directoryOffset);
    sink.bytes(extensible);
    sink.u32(0x07064b50);
    sink.u32(0); // the zip64 record's disk
    sink.u64(recordAt);
    sink.u32(1); // disks
  }
  sink.u32(0x06054b50);
  sink.u16(0);
  sink.u16(0);
  sink.u16(zip64 ? 0xffff : count);
  sink.u16(zip64 ? 0xffff : count);
  sink.u32(zip64 ? MAX32 : directorySize);
  sink.u32(zip64 ? MAX32 : directoryOffset);
  sink.u16(0);
  segments.push({ offset: directoryStart, bytes: sink.result() });
  return { segments, size: directoryStart + sink.length };
}

/** The whole zip in memory (holes written as zeros, so keep them small here). */
export function writeZip(entries: readonly RawZipEntry[], layout: ZipLayout = {}): Uint8Array {
  const { segments, size } = zipSegments(entries, layout);
  const out = new Uint8Array(size);
  for (const segment of segments) out.set(segment.bytes, segment.offset);
  return out;
}
