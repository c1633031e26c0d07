// Runtime: any (the main thread and Node's file workers alike). Streams one zip entry where it
// lies: its local header is checked, its compressed bytes are read by range, inflated, and
// checked against the CRC-32 the central directory records as they pass.

import { throwIfCancelled, type CancelSignal } from '../platform/cancel';
import { EntryLimitError, ZipEntryError } from './entryErrors';
import { jszipInflater } from './jszipInflater';
import { rangeChunks } from './randomAccess';
import { LOCAL_HEADER_BYTES, METHOD_STORE, u16, u32 } from './zipDirectory';
import type { Crc32, Inflater, RangeReader, ZipEntryInfo } from './types';

const LOCAL_SIGNATURE = 0x04034b50;
const FLAG_ENCRYPTED = 0x0001;

/** The platform's native inflate (null: jszip's) and CRC-32. */
export interface EntryPlatform {
  readonly inflate: Inflater | null;
  readonly crc32: Crc32;
}

/**
 * The entry's inflated bytes. Throws a ZipEntryError where its local header is missing, its data
 * leaves its slot, or its CRC-32 does not match at the end (after every byte was handed on, so
 * the records before the damage are counted); an EntryLimitError past `cap` (the archive's budget).
 */
export async function* readZipEntry(
  open: () => Promise<RangeReader>,
  entry: ZipEntryInfo,
  platform: EntryPlatform,
  cap: number | null,
  signal?: CancelSignal,
): AsyncGenerator<Uint8Array> {
  throwIfCancelled(signal);
  const reader = await open();
  try {
    const header = await reader.read(entry.headerOffset, LOCAL_HEADER_BYTES);
    if (header.length < LOCAL_HEADER_BYTES || u32(header, 0) !== LOCAL_SIGNATURE) throw new ZipEntryError('entry-not-found');
    if (u16(header, 6) & FLAG_ENCRYPTED) throw new ZipEntryError('encrypted-entry');
    const dataStart = entry.headerOffset + LOCAL_HEADER_BYTES + u16(header, 26) + u16(header, 28);
    if (dataStart + entry.compressedSize > entry.slotEnd) throw entry.lastSlot ? new ZipEntryError('entry-past-end') : new ZipEntryError('overlapping-entries');
    const compressed = rangeChunks(reader, dataStart, entry.compressedSize, signal);
    const content = entry.method === METHOD_STORE ? compressed : (platform.inflate ?? jszipInflater)(compressed, entry.uncompressedSize);
    let crc = 0;
    let size = 0;
    for await (const chunk of content) {
      size += chunk.length;
      if (cap !== null && size > cap) throw new EntryLimitError('archive', size);
      crc = platform.crc32(chunk, crc);
      yield chunk;
    }
    if (crc !== entry.crc32) throw new ZipEntryError('bad-crc');
  } finally {
    await reader.close();
  }
}
