// Runtime: any. One CSV the member took out of an unpacked export (dragged, picked or named on the
// command line): read as an input of its own, a partial export, rather than refused as "not a zip".

import { extensionOf } from '../catalog/matchFile';
import { storedChunks } from './inflate';
import type { ExportInput, OpenedInput } from './types';

/** A file given whole that is a CSV, not an archive: by its extension, as a member names it. */
export function isLooseFile(name: string): boolean {
  return extensionOf(name) === 'csv';
}

/** What the member gave: a zip, a folder, or a single file taken out of an export. */
export function inputKindOf(input: ExportInput): OpenedInput['kind'] {
  return input.kind === 'zip' && isLooseFile(input.name) ? 'file' : input.kind;
}

export function openLooseFile(name: string, bytes: Uint8Array): OpenedInput {
  return {
    name,
    kind: 'file',
    files: [{ path: name, storedName: name, claimedSize: bytes.length, compressedSize: bytes.length, open: () => storedChunks(bytes), source: { kind: 'store', bytes } }],
    skipped: [],
    topFolder: null,
    repeatedNames: 0,
    bytes: bytes.length,
    exportDate: null,
    archiveKind: 'unknown',
  };
}
