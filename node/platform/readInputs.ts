// Runtime: Node. Paths given by the member (zips or folders) to the domain's ExportInput.

import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { ExportInput, InputSource } from '../../shared/archive/types';
import { InputError } from '../../shared/archive/inputError';
import { nodeFolderReader } from './nodeFolderReader';

/** Above this a zip is not an export (the largest real ones are a few hundred MB). */
export const MAX_ZIP_BYTES = 4 * 1024 ** 3;

export async function readInput(path: string): Promise<ExportInput> {
  const full = resolve(path);
  const name = basename(full);
  let info;
  try {
    info = await stat(full);
  } catch {
    throw new InputError(name, 'unreadable', `${name} does not exist or cannot be opened. Check the path.`);
  }
  if (info.isDirectory()) return { kind: 'folder', name, reader: nodeFolderReader(full) };
  if (info.size > MAX_ZIP_BYTES) {
    throw new InputError(name, 'unreadable', `${name} is ${(info.size / 1024 ** 3).toFixed(1)} GB, larger than any LinkedIn export; this app reads zips up to 4 GB.`);
  }
  try {
    const bytes = await readFile(full);
    return { kind: 'zip', name, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError(name, 'unreadable', `${name} could not be read (${code}). Check that you may read it.`);
  }
}

/** A path the member gave, read when the analysis gets to it. */
export function pathSource(path: string): InputSource {
  return { name: basename(resolve(path)), load: () => readInput(path) };
}
