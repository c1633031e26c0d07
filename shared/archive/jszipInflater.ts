// Runtime: any. jszip's own inflate, for hosts with no native one (no DecompressionStream).
//
// jszip never parses the member's archive: our own reader (zipDirectory.ts) has already checked
// it, and jszip is handed only a one-entry zip written here around the entry's compressed bytes,
// with no zip64 record. That matters: jszip 3.10's `readBlockZip64EndOfCentral` loops forever on
// a zip64 end-of-central-directory record whose extensible data field length is 0xFFFFFFFA (its
// reader moves back 6 bytes each turn), the corpus's `zip64HangCase`.

import JSZip from 'jszip';
import { DamagedEntryError } from './entryErrors';
import type { Inflater } from './types';

/** jszip's StreamHelper, present on every JSZipObject but missing from its typings. */
interface InternalStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): InternalStream;
  on(event: 'error', listener: (error: Error) => void): InternalStream;
  on(event: 'end', listener: () => void): InternalStream;
  pause(): InternalStream;
  resume(): InternalStream;
}
interface WithInternalStream {
  internalStream(type: 'uint8array'): InternalStream;
}

const NAME = 'x';

/** Local header, the data, one central directory record and the end record: the smallest zip. */
function oneEntryZip(data: Uint8Array, uncompressedSize: number): Uint8Array {
  const local = 30 + NAME.length;
  const central = 46 + NAME.length;
  const out = new Uint8Array(local + data.length + central + 22);
  const view = new DataView(out.buffer);
  const header = (at: number, signature: number, fieldsAt: number) => {
    view.setUint32(at, signature, true);
    view.setUint16(fieldsAt, 20, true); // version needed
    view.setUint16(fieldsAt + 4, 8, true); // deflate
    view.setUint32(fieldsAt + 14, data.length, true);
    view.setUint32(fieldsAt + 18, uncompressedSize, true);
    view.setUint16(fieldsAt + 22, NAME.length, true);
  };
  header(0, 0x04034b50, 4);
  out[30] = NAME.charCodeAt(0);
  out.set(data, local);
  const directory = local + data.length;
  header(directory, 0x02014b50, directory + 6);
  out[directory + 46] = NAME.charCodeAt(0);
  const end = directory + central;
  view.setUint32(end, 0x06054b50, true);
  view.setUint16(end + 8, 1, true);
  view.setUint16(end + 10, 1, true);
  view.setUint32(end + 12, central, true);
  view.setUint32(end + 16, directory, true);
  return out;
}

async function gather(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of chunks) {
    parts.push(chunk);
    length += chunk.length;
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** jszip checks the inflated length itself; the entry reader checks size and CRC after it, with its own words. */
const JSZIP_LENGTH_CHECK = /uncompressed data size mismatch/;

async function* streamOf(file: JSZip.JSZipObject): AsyncGenerator<Uint8Array> {
  const queue: Uint8Array[] = [];
  let done = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  const stream = (file as unknown as WithInternalStream).internalStream('uint8array');
  stream
    .on('data', (chunk: Uint8Array) => {
      queue.push(chunk);
      if (queue.length > 8) stream.pause();
      notify();
    })
    .on('error', (error: Error) => {
      failure = error;
      notify();
    })
    .on('end', () => {
      done = true;
      notify();
    })
    .resume();
  try {
    for (;;) {
      if (queue.length > 0) {
        yield queue.shift()!;
        if (queue.length <= 2) stream.resume();
        continue;
      }
      if (failure) {
        const message = failure instanceof Error ? failure.message : String(failure);
        if (JSZIP_LENGTH_CHECK.test(message)) return;
        throw new DamagedEntryError(message);
      }
      if (done) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    stream.pause();
  }
}

/**
 * The entry's compressed bytes are gathered first (jszip inflates from memory), so this holds
 * one compressed entry at a time: a fallback for old browsers, not the way the app reads.
 */
export const jszipInflater: Inflater = async function* inflateWithJszip(compressed, expectedBytes) {
  const data = await gather(compressed);
  // jszip skips inflating an entry recorded as 0 bytes, and reads 0xFFFFFFFF as "see zip64".
  const recorded = Math.min(Math.max(expectedBytes, 1), 0xfffffffe);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(oneEntryZip(data, recorded), { checkCRC32: false, createFolders: false });
  } catch (error) {
    throw new DamagedEntryError(error instanceof Error ? error.message : String(error));
  }
  yield* streamOf(zip.file(NAME)!);
};
