// Fuzz support: fast-check arbitraries that damage a valid generated export the ways downloads,
// editors and hostile hands do, at three levels. CSV files: bytes inserted (quotes, newlines,
// NULs, invalid UTF-8), ranges deleted, cut short, headers shuffled, lines repeated, re-encoded.
// Zip bytes: bits flipped, 32-bit words overwritten, cut short, entries repeated. Zip structure:
// one field of a record (end record, zip64 locator and end record, central and local headers:
// counts, sizes, offsets, method, flags, name and extra lengths, disks) set to a value that
// breaks readers (0, all ones, 0xFFFFFFFA, off by a few, anything), on zips written plain, with
// zip64 records, behind a stub, or with names aliasing one entry's bytes.

import fc from 'fast-check';
import type { GeneratedFile } from '../../shared/sample';
import { encodeUtf16LeWithBom } from '../../shared/sample';

export type TextMutation =
  | { readonly kind: 'insert'; readonly at: number; readonly bytes: Uint8Array }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'shuffle-header'; readonly keys: readonly number[] }
  | { readonly kind: 'repeat-line'; readonly at: number; readonly times: number }
  | { readonly kind: 'encoding'; readonly to: 'utf-16le' | 'utf-16be' | 'utf-8-bom' | 'latin1' };

export type ZipMutation =
  | { readonly kind: 'flip'; readonly at: number; readonly bit: number }
  | { readonly kind: 'overwrite32'; readonly at: number; readonly value: number }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'field'; readonly record: RecordKind | 'any'; readonly pick: number; readonly value: FieldValue };

type RecordKind = 'end' | 'zip64-locator' | 'zip64-end' | 'central' | 'local';

/** A field's new value: one that breaks readers, the old one off by a little, or anything. */
export type FieldValue =
  | { readonly kind: 'special'; readonly value: number }
  | { readonly kind: 'delta'; readonly delta: number }
  | { readonly kind: 'any'; readonly value: number };

const encoder = new TextEncoder();

/** Snippets that break CSV and text decoding in known ways. */
const SNIPPETS: readonly Uint8Array[] = [
  '"', '""', '\\"', '\n', '\r', '\r\n', ',', '\t', ',,,,', '\n\n\n', '"\n"', '\uFEFF', '\u202E', '\u2028', '"unterminated',
].map((s) => encoder.encode(s)).concat([
  new Uint8Array([0]),
  new Uint8Array([0, 0, 0, 0]),
  new Uint8Array([0xff]),
  new Uint8Array([0xc3]),
  new Uint8Array([0xe2, 0x82]),
  new Uint8Array([0xed, 0xa0, 0x80]), // a UTF-16 surrogate written as UTF-8: invalid
  new Uint8Array([0xff, 0xfe]),
  new Uint8Array([0xfe, 0xff]),
]);

/** A fraction in [from, 1), spread evenly (fast-check's bias would pile positions up at 0). */
const fraction = (from = 0) => fc.noBias(fc.integer({ min: Math.round(from * 1e6), max: 999_999 })).map((n) => n / 1e6);
/** A position as a fraction of the length, so one mutation fits any file. */
const position = fraction();
/** Zip damage lands as often near the end (the central directory and its end record) as anywhere. */
const zipPosition = fc.oneof(position, fraction(0.8));

export const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: position, bytes: fc.oneof(fc.constantFrom(...SNIPPETS), fc.uint8Array({ minLength: 1, maxLength: 24 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({ kind: fc.constant('shuffle-header' as const), keys: fc.array(fc.nat(), { minLength: 2, maxLength: 40 }) }),
  fc.record({ kind: fc.constant('repeat-line' as const), at: position, times: fc.integer({ min: 2, max: 2_000 }) }),
  fc.record({ kind: fc.constant('encoding' as const), to: fc.constantFrom('utf-16le' as const, 'utf-16be' as const, 'utf-8-bom' as const, 'latin1' as const) }),
);

/** Values that have broken zip readers: 0, 1, signed and unsigned limits, zip64's markers, 0xFFFFFFFA (jszip's loop). */
const BREAKING_VALUES = [0, 1, 2, 0xff, 0xfffe, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xfffffffa, 0xfffffffe, 0xffffffff, 2 ** 53 - 1, 2 ** 64];
/** Methods: store, deflate, and ones this app does not read (Deflate64, bzip2, LZMA, Zstandard, AES). */
const METHODS = [0, 8, 1, 9, 12, 14, 93, 99, 0xffff];

const fieldValue: fc.Arbitrary<FieldValue> = fc.oneof(
  fc.record({ kind: fc.constant('special' as const), value: fc.constantFrom(...BREAKING_VALUES, ...METHODS) }),
  fc.record({ kind: fc.constant('delta' as const), delta: fc.integer({ min: -70, max: 70 }) }),
  fc.record({ kind: fc.constant('any' as const), value: fc.nat() }),
);

export const zipMutation: fc.Arbitrary<ZipMutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: zipPosition, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('overwrite32' as const), at: zipPosition, value: fc.oneof(fc.constantFrom(0, 1, 0x7fffffff, 0xfffffffe, 0xffffffff), fc.nat()) }),
  fc.record({ kind: fc.constant('truncate' as const), at: zipPosition }),
  fc.record({
    kind: fc.constant('field' as const),
    record: fc.constantFrom('end' as const, 'zip64-locator' as const, 'zip64-end' as const, 'central' as const, 'local' as const, 'any' as const),
    pick: position,
    value: fieldValue,
  }),
);

/** Each record's fields: offset from the signature, and width in bytes. */
const RECORD_FIELDS: Record<RecordKind, { readonly signature: number; readonly fields: readonly (readonly [number, 2 | 4 | 8])[] }> = {
  // disks, entries on this disk, entries, directory size, directory offset, comment length
  end: { signature: 0x06054b50, fields: [[4, 2], [6, 2], [8, 2], [10, 2], [12, 4], [16, 4], [20, 2]] },
  // the zip64 end record's disk, its offset, the number of disks
  'zip64-locator': { signature: 0x07064b50, fields: [[4, 4], [8, 8], [16, 4]] },
  // record size, versions, disks, entries on this disk, entries, directory size, directory offset, first extensible field
  'zip64-end': { signature: 0x06064b50, fields: [[4, 8], [12, 2], [14, 2], [16, 4], [20, 4], [24, 8], [32, 8], [40, 8], [48, 8], [56, 2], [58, 4]] },
  // flags, method, CRC, sizes, name, extra and comment lengths, disk, attributes, local header offset, zip64 extra values
  central: { signature: 0x02014b50, fields: [[8, 2], [10, 2], [16, 4], [20, 4], [24, 4], [28, 2], [30, 2], [32, 2], [34, 2], [38, 4], [42, 4]] },
  // flags, method, CRC, sizes, name and extra lengths
  local: { signature: 0x04034b50, fields: [[6, 2], [8, 2], [14, 4], [18, 4], [22, 4], [26, 2], [28, 2]] },
};

interface ZipField {
  readonly record: RecordKind;
  readonly at: number;
  readonly width: 2 | 4 | 8;
}

/** Every record's fields, found by their signatures (the zips fuzzed are generated, so nothing else holds one). */
export function zipFields(bytes: Uint8Array): ZipField[] {
  const fields: ZipField[] = [];
  const bySignature = new Map(Object.entries(RECORD_FIELDS).map(([record, spec]) => [spec.signature, { record: record as RecordKind, spec }]));
  for (let i = 0; i + 4 <= bytes.length; i++) {
    if (bytes[i] !== 0x50 || bytes[i + 1] !== 0x4b) continue;
    const found = bySignature.get((bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24)) >>> 0);
    if (!found) continue;
    for (const [offset, width] of found.spec.fields) if (i + offset + width <= bytes.length) fields.push({ record: found.record, at: i + offset, width });
  }
  return fields;
}

function readField(bytes: Uint8Array, field: ZipField): number {
  let value = 0;
  for (let k = field.width - 1; k >= 0; k--) value = value * 256 + bytes[field.at + k]!;
  return value;
}

function writeField(bytes: Uint8Array, field: ZipField, value: number): void {
  // Past 2^53 (2^64 as given): all ones, whatever the width.
  let rest = value >= 2 ** 53 ? -1 : Math.max(0, Math.floor(value));
  for (let k = 0; k < field.width; k++) {
    bytes[field.at + k] = rest < 0 ? 0xff : rest % 256;
    if (rest >= 0) rest = Math.floor(rest / 256);
  }
}

function decodeAny(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

function encodeAs(text: string, to: Extract<TextMutation, { kind: 'encoding' }>['to']): Uint8Array {
  switch (to) {
    case 'utf-16le':
      return encodeUtf16LeWithBom(text);
    case 'utf-16be': {
      const out = new Uint8Array(2 + text.length * 2);
      out.set([0xfe, 0xff]);
      for (let i = 0; i < text.length; i++) out.set([text.charCodeAt(i) >> 8, text.charCodeAt(i) & 0xff], 2 + i * 2);
      return out;
    }
    case 'utf-8-bom':
      return new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(text)]);
    case 'latin1':
      return Uint8Array.from(text, (c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 0x3f));
  }
}

const at = (fraction: number, length: number) => Math.floor(fraction * (length + 1));

export function mutateText(bytes: Uint8Array, mutation: TextMutation): Uint8Array {
  switch (mutation.kind) {
    case 'insert': {
      const i = at(mutation.at, bytes.length);
      return new Uint8Array([...bytes.subarray(0, i), ...mutation.bytes, ...bytes.subarray(i)]);
    }
    case 'delete': {
      const i = at(mutation.at, bytes.length);
      return new Uint8Array([...bytes.subarray(0, i), ...bytes.subarray(i + mutation.length)]);
    }
    case 'truncate':
      return bytes.slice(0, at(mutation.at, bytes.length));
    case 'shuffle-header': {
      const text = decodeAny(bytes);
      const end = text.indexOf('\n') === -1 ? text.length : text.indexOf('\n');
      const delimiter = text.slice(0, end).includes('\t') ? '\t' : ',';
      const columns = text.slice(0, end).split(delimiter);
      const order = columns.map((c, i) => ({ c, key: mutation.keys[i % mutation.keys.length]! + i / 1000 })).sort((a, b) => a.key - b.key);
      return encoder.encode(order.map((o) => o.c).join(delimiter) + text.slice(end));
    }
    case 'repeat-line': {
      const lines = decodeAny(bytes).split('\n');
      const i = Math.min(lines.length - 1, at(mutation.at, lines.length - 1));
      lines.splice(i, 0, ...Array<string>(mutation.times).fill(lines[i]!));
      return encoder.encode(lines.join('\n'));
    }
    case 'encoding':
      return encodeAs(decodeAny(bytes), mutation.to);
  }
}

export function mutateZip(bytes: Uint8Array, mutation: ZipMutation): Uint8Array {
  const out = bytes.slice();
  const byteAt = (fraction: number) => Math.min(at(fraction, bytes.length), Math.max(0, bytes.length - 1));
  switch (mutation.kind) {
    case 'flip':
      if (out.length > 0) out[byteAt(mutation.at)]! ^= 1 << mutation.bit;
      return out;
    case 'overwrite32':
      for (let k = 0, i = byteAt(mutation.at); k < 4 && i + k < out.length; k++) out[i + k] = (mutation.value >>> (8 * k)) & 0xff;
      return out;
    case 'truncate':
      return out.slice(0, at(mutation.at, bytes.length));
    case 'field': {
      const fields = zipFields(out).filter((f) => mutation.record === 'any' || f.record === mutation.record);
      if (fields.length === 0) return out;
      const field = fields[Math.min(fields.length - 1, Math.floor(mutation.pick * fields.length))]!;
      const { value } = mutation;
      const next = value.kind === 'delta' ? Math.max(0, readField(out, field) + value.delta) : value.value;
      writeField(out, field, next);
      return out;
    }
  }
}

export interface FileDamage {
  /** Which of the chosen files (modulo their count). */
  readonly file: number;
  readonly mutation: TextMutation;
}

/** Applies each damage, in order, to the file it picks. */
export function damageFiles(files: readonly GeneratedFile[], damages: readonly FileDamage[]): GeneratedFile[] {
  const out = files.map((f) => ({ path: f.path, bytes: f.bytes }));
  if (out.length === 0) return out;
  for (const { file, mutation } of damages) {
    const target = out[file % out.length]!;
    target.bytes = mutateText(target.bytes, mutation);
  }
  return out;
}
