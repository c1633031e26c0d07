// Runtime: any. One CSV the member took out of an unpacked export (dragged, picked or named on the
// command line): read as an input of its own, a partial export, rather than refused as "not a zip".

import { extensionOf } from '../catalog/matchFile';
import type { CancelSignal } from '../platform/cancel';
import { memoryFile, rangeChunks } from './randomAccess';
import type { ExportInput, FileTransfer, OpenedInput, RandomAccessFile } from './types';

/** A file given whole that is a CSV, not an archive: by its extension, as a member names it. */
export function isLooseFile(name: string): boolean {
  return extensionOf(name) === 'csv';
}

/** What the member gave: a zip, a folder, or a single file taken out of an export. */
export function inputKindOf(input: ExportInput): OpenedInput['kind'] {
  return input.kind === 'zip' && isLooseFile(input.name) ? 'file' : input.kind;
}

/** The file's bytes as a stream, read by ranges where it lies (or from memory). */
async function* wholeFile(file: RandomAccessFile, signal?: CancelSignal): AsyncGenerator<Uint8Array> {
  const reader = await file.open();
  try {
    yield* rangeChunks(reader, 0, file.size, signal);
  } finally {
    await reader.close();
  }
}

export function openLooseFile(input: Extract<ExportInput, { kind: 'zip' }>): OpenedInput {
  const { name } = input;
  const file = 'bytes' in input ? memoryFile(input.bytes) : input.file;
  const local = file.localPath;
  const transfer = local === undefined ? {} : { transfer: (): FileTransfer => ({ source: { kind: 'local-path', path: local }, settle: () => undefined }) };
  return {
    name,
    kind: 'file',
    files: [{ path: name, storedName: name, claimedSize: file.size, compressedSize: file.size, open: (signal?: CancelSignal) => wholeFile(file, signal), ...transfer }],
    skipped: [],
    notes: [],
    topFolder: null,
    repeatedNames: 0,
    bytes: file.size,
    exportDate: null,
    archiveKind: 'unknown',
  };
}
