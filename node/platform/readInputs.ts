// Runtime: Node. Paths given by the member (zips or folders) to the domain's ExportInput. Only
// regular files and folders are inputs; a zip is read where it lies, by ranges, never whole.

import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { ExportInput, InputSource } from '../../shared/archive/types';
import { InputError, inputError } from '../../shared/archive/inputError';
import { nodeFolderReader } from './nodeFolderReader';
import { NotARegularFileError, nodeRandomAccessFile, openRegularFile, specialKind } from './nodeFiles';

const SPECIAL: Record<'device' | 'fifo' | 'socket' | 'other', string> = {
  device: 'a device, not a file: it has no end to read',
  fifo: 'a named pipe (FIFO), not a file: reading it could wait forever',
  socket: 'a socket, not a file',
  other: 'not a regular file',
};

function notAFile(name: string, kind: keyof typeof SPECIAL): InputError {
  return inputError(name, { reason: 'special-file', what: SPECIAL[kind] });
}

export async function readInput(path: string): Promise<ExportInput> {
  const full = resolve(path);
  const name = basename(full);
  let info;
  try {
    info = await stat(full);
  } catch {
    throw inputError(name, { reason: 'missing' });
  }
  if (info.isDirectory()) return { kind: 'folder', name, reader: nodeFolderReader(full) };
  if (!info.isFile()) throw notAFile(name, specialKind(info) ?? 'other');
  // Opened once now, so a zip the member may not read is refused here, in its own sentence.
  try {
    await (await openRegularFile(full)).close();
  } catch (error) {
    if (error instanceof NotARegularFileError) throw notAFile(name, error.kind === 'folder' ? 'other' : error.kind);
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw inputError(name, { reason: 'unreadable', detail: code });
  }
  return { kind: 'zip', name, file: nodeRandomAccessFile(full, info.size) };
}

/** A path the member gave, read when the analysis gets to it. */
export function pathSource(path: string): InputSource {
  return { name: basename(resolve(path)), load: () => readInput(path) };
}
