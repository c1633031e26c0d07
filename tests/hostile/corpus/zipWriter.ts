// Runtime: any. A minimal zip writer for the hostile corpus. jszip writes only well-formed
// archives; this one writes exactly the headers it is told to, so a case can repeat a name, set
// the encryption flag, lie about a size or store an entry whose bytes were compressed elsewhere.

import { encodeUtf8 } from '../../../shared/platform/universalGlobals';

export const METHOD_STORE = 0;
export const METHOD_DEFLATE = 8;

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
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** An entry stored uncompressed, with honest sizes and checksum. */
export function storedEntry(name: string, content: Uint8Array): RawZipEntry {
  return { name, data: content, method: METHOD_STORE, uncompressedSize: content.length, crc32: crc32(content) };
}

/** 2026-09-05 09:00 as an MS-DOS date and time: a fixed date keeps the bytes reproducible. */
const DOS_TIME = (9 << 11) | (0 << 5);
const DOS_DATE = ((2026 - 1980) << 9) | (9 << 5) | 5;

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

/** The fields local and central headers share, from "version needed" to the name's length. */
function commonHeader(sink: ByteSink, entry: RawZipEntry, name: Uint8Array): void {
  sink.u16(20); // version needed
  sink.u16((entry.flags ?? 0) | FLAG_UTF8);
  sink.u16(entry.method);
  sink.u16(DOS_TIME);
  sink.u16(DOS_DATE);
  sink.u32(entry.crc32);
  sink.u32(entry.data.length);
  sink.u32(entry.uncompressedSize);
  sink.u16(name.length);
}

/** Local headers and data, then the central directory and its end record (no zip64, no comment). */
export function writeZip(entries: readonly RawZipEntry[]): Uint8Array {
  const sink = new ByteSink();
  const offsets: number[] = [];
  const names = entries.map((e) => encodeUtf8(e.name));
  entries.forEach((entry, i) => {
    offsets.push(sink.length);
    sink.u32(0x04034b50);
    commonHeader(sink, entry, names[i]!);
    sink.u16(0); // extra field length
    sink.bytes(names[i]!);
    sink.bytes(entry.data);
  });
  const directoryStart = sink.length;
  entries.forEach((entry, i) => {
    sink.u32(0x02014b50);
    sink.u16(20); // version made by
    commonHeader(sink, entry, names[i]!);
    sink.u16(0); // extra field length
    sink.u16(0); // comment length
    sink.u16(0); // disk number
    sink.u16(0); // internal attributes
    sink.u32(0); // external attributes
    sink.u32(offsets[i]!);
    sink.bytes(names[i]!);
  });
  const directorySize = sink.length - directoryStart;
  sink.u32(0x06054b50);
  sink.u16(0);
  sink.u16(0);
  sink.u16(entries.length);
  sink.u16(entries.length);
  sink.u32(directorySize);
  sink.u32(directoryStart);
  sink.u16(0);
  return sink.result();
}
