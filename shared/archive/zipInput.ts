// Runtime: any. Opens a zip held in memory: jszip reads the central directory and locates each
// entry; the entry's bytes are inflated lazily, as a stream, when the file is read.

import JSZip from 'jszip';
import { throwIfCancelled, type CancelSignal } from '../platform/cancel';
import { describeInput } from './entryPaths';
import { DamagedEntryError, storedChunks } from './inflate';
import { InputError } from './inputError';
import { collectFiles, type RawFile } from './collectFiles';
import type { Inflater, OpenedInput } from './types';

/** What jszip keeps for a loaded entry (its CompressedObject); not part of its typed API. */
interface LoadedEntryData {
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly compression: { readonly magic: string };
  readonly compressedContent: Uint8Array;
}

function isLoadedEntry(data: Partial<LoadedEntryData>): data is LoadedEntryData {
  return typeof data.compression?.magic === 'string' && data.compressedContent instanceof Uint8Array;
}

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

const DEFLATE = '\x08\x00';
const STORE = '\x00\x00';

const OTHER_FORMATS: readonly { magic: number[]; what: string }[] = [
  { magic: [0x1f, 0x8b], what: 'a gzip file' },
  { magic: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7-Zip archive' },
  { magic: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
];

const GET_YOUR_DATA = 'Open the .zip file LinkedIn sent you (Settings & Privacy → Data privacy → Get a copy of your data).';

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function isZipSignature(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7);
}

function notAZip(name: string, bytes: Uint8Array): InputError {
  if (bytes.length === 0) return new InputError(name, 'empty', `${name} is an empty file (0 bytes), not a zip archive. ${GET_YOUR_DATA}`);
  const other = OTHER_FORMATS.find((f) => startsWith(bytes, f.magic));
  const what = other ? `it is ${other.what}` : 'its first bytes are not those of a zip';
  return new InputError(name, 'not-zip', `${name} is not a zip archive (${what}). ${GET_YOUR_DATA}`);
}

function explainLoadError(name: string, error: unknown): InputError {
  const message = error instanceof Error ? error.message : String(error);
  if (/encrypted/i.test(message)) {
    return new InputError(name, 'encrypted', `${name} is encrypted (password-protected), and this app cannot read encrypted zips. LinkedIn's export is not encrypted: open the original download, or unzip it with your password and open the folder.`);
  }
  if (/end of central directory|missing \d+ bytes|unexpected signature|expected \d+ records/i.test(message)) {
    return new InputError(name, 'damaged', `${name} is damaged or incomplete (the zip's table of contents is missing or broken), often from an interrupted download. Download the export again from LinkedIn.`);
  }
  if (/compression .* unknown/i.test(message)) {
    return new InputError(name, 'damaged', `${name} uses a compression method this app cannot read. Unzip it with your system's tool and open the folder instead.`);
  }
  if (/multi-volumes/i.test(message)) {
    return new InputError(name, 'damaged', `${name} is one part of a split (multi-volume) zip. Join the parts, or unzip them and open the folder.`);
  }
  return new InputError(name, 'damaged', `${name} could not be read as a zip archive (it looks damaged). Download the export again from LinkedIn.`);
}

/** Entries the central directory lists, to tell repeated names (jszip keeps the last of each). */
function centralDirectoryCount(bytes: Uint8Array): number | null {
  const floor = Math.max(0, bytes.length - 65_557);
  for (let i = bytes.length - 22; i >= floor; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 5 && bytes[i + 3] === 6) {
      const count = bytes[i + 10]! | (bytes[i + 11]! << 8);
      return count === 0xffff ? null : count;
    }
  }
  return null;
}

/** jszip's own inflate, for hosts without a native one. */
async function* jszipChunks(file: JSZip.JSZipObject): AsyncGenerator<Uint8Array> {
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
      if (failure) throw new DamagedEntryError(failure instanceof Error ? failure.message : String(failure));
      if (done) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    stream.pause();
  }
}

export async function openZipInput(name: string, bytes: Uint8Array, inflate: Inflater | null): Promise<OpenedInput> {
  if (!isZipSignature(bytes)) throw notAZip(name, bytes);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false, createFolders: false });
  } catch (error) {
    throw explainLoadError(name, error);
  }
  const raw: RawFile[] = [];
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const data = (file as unknown as { _data: Partial<LoadedEntryData> })._data;
    const storedName = (file as unknown as { unsafeOriginalName?: string }).unsafeOriginalName ?? file.name;
    // An entry whose headers say it inflates to 0 bytes: jszip keeps a promise of "" instead of
    // its compressed object, so there is nothing to inflate (and no compression.magic to read).
    if (!isLoadedEntry(data)) {
      raw.push({ storedName, claimedSize: 0, compressedSize: 0, open: () => storedChunks(new Uint8Array(0)), source: { kind: 'store', bytes: new Uint8Array(0) } });
      continue;
    }
    const method = data.compression.magic;
    raw.push({
      storedName,
      // jszip reads 32-bit sizes as signed: a size of 2 GiB or more comes out negative.
      claimedSize: data.uncompressedSize >>> 0,
      compressedSize: data.compressedSize >>> 0,
      open: (signal?: CancelSignal) => openEntry(file, data, inflate, signal),
      ...(method === DEFLATE || method === STORE ? { source: { kind: method === DEFLATE ? 'deflate' : 'store', bytes: data.compressedContent } as const } : {}),
    });
  }
  const listed = centralDirectoryCount(bytes);
  const repeatedNames = listed !== null && listed > Object.keys(zip.files).length ? listed - Object.keys(zip.files).length : 0;
  const collected = collectFiles(raw);
  return { name, kind: 'zip', bytes: bytes.length, repeatedNames, ...describeInput(name, collected.topFolder), ...collected };
}

async function* openEntry(
  file: JSZip.JSZipObject,
  data: LoadedEntryData,
  inflate: Inflater | null,
  signal: CancelSignal | undefined,
): AsyncGenerator<Uint8Array> {
  throwIfCancelled(signal);
  const method = data.compression.magic;
  if (method === STORE) {
    yield* storedChunks(data.compressedContent);
  } else if (method === DEFLATE && inflate) {
    yield* inflate(data.compressedContent);
  } else {
    yield* jszipChunks(file);
  }
}
