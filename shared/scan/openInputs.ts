// Runtime: any. Loads and opens every input the member gave: zips, folders, and CSV files taken out
// of an export. An input that cannot be loaded or opened, or that holds nothing LinkedIn exports, is
// set aside with one sentence saying why; only when no input is usable does the scan fail.

import { baseName, matchFile, extensionOf } from '../catalog/matchFile';
import { isLinkedInArchiveName } from '../archive/entryPaths';
import { openFolderInput } from '../archive/folderInput';
import { InputError, inputError } from '../archive/inputError';
import { inputKindOf, openLooseFile } from '../archive/looseFile';
import type { ExportInput, InputSource, OpenedInput } from '../archive/types';
import { openZipInput, type ZipReadOptions } from '../archive/zipInput';
import { CancelledError, throwIfCancelled, type CancelSignal } from '../platform/cancel';
import { errorReason } from '../platform/errorReason';

/** No input could be read at all: one sentence per input says why. */
export class ExportUnreadableError extends Error {
  constructor(readonly errors: readonly InputError[]) {
    super(errors.map((e) => e.message).join(' '));
    this.name = 'ExportUnreadableError';
  }
}

/** Per input, in the order given: what was loaded and opened, or why not. */
export interface OpenedInputs {
  readonly inputs: readonly (ExportInput | null)[];
  readonly opened: readonly (OpenedInput | null)[];
  readonly errors: readonly (InputError | null)[];
}

function openExport(input: ExportInput, zip: ZipReadOptions): Promise<OpenedInput> {
  if (input.kind === 'folder') return openFolderInput(input.name, input.reader, zip.limits);
  return inputKindOf(input) === 'file' ? Promise.resolve(openLooseFile(input)) : openZipInput(input, zip);
}

/** Loads and opens one input; whatever goes wrong is an InputError naming it. */
async function openSource(source: InputSource, zip: ZipReadOptions): Promise<{ input: ExportInput; opened: OpenedInput }> {
  try {
    const input = await source.load();
    return { input, opened: await openExport(input, zip) };
  } catch (error) {
    if (error instanceof InputError || error instanceof CancelledError) throw error;
    throw inputError(source.name, { reason: 'load-failed', detail: errorReason(error) });
  }
}

function holdsExportFile(opened: OpenedInput): boolean {
  return opened.files.some((f) => matchFile(f.path));
}

/** An archive or folder with no file LinkedIn exports is not an export (or holds one inside). */
function rejectIfNotExport(opened: OpenedInput): void {
  if (holdsExportFile(opened)) return;
  const inner = opened.files.find((f) => extensionOf(f.path) === 'zip');
  if (inner) {
    // LinkedIn's own archive name helps; any other is the member's, and messages name only the input.
    const what = isLinkedInArchiveName(baseName(inner.path)) ? `another archive (${baseName(inner.path)})` : 'another zip archive';
    throw inputError(opened.name, { reason: 'nested-zip', what });
  }
  if (opened.files.length === 0) {
    throw inputError(opened.name, { reason: 'no-files' });
  }
  throw inputError(opened.name, { reason: 'not-an-export', fileCount: opened.files.length, container: opened.kind === 'zip' ? 'zip' : 'folder' });
}

function notAnExportFile(opened: OpenedInput): InputError {
  return inputError(opened.name, { reason: 'not-an-export-file' });
}

export async function openInputs(sources: readonly InputSource[], zip: ZipReadOptions, signal: CancelSignal | undefined): Promise<OpenedInputs> {
  const inputs: (ExportInput | null)[] = [];
  const opened: (OpenedInput | null)[] = [];
  const errors: (InputError | null)[] = [];
  for (const source of sources) {
    throwIfCancelled(signal);
    try {
      const result = await openSource(source, zip);
      // A single file is judged with the others: an unknown CSV beside an export is listed as unknown.
      if (result.opened.kind !== 'file') rejectIfNotExport(result.opened);
      inputs.push(result.input);
      opened.push(result.opened);
      errors.push(null);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      inputs.push(null);
      opened.push(null);
      errors.push(error);
    }
  }
  if (!opened.some((o) => o !== null && holdsExportFile(o))) {
    // Only files LinkedIn does not export were given: none of them is usable.
    opened.forEach((o, index) => {
      if (o === null) return;
      errors[index] = notAnExportFile(o);
      opened[index] = null;
    });
  }
  return { inputs, opened, errors };
}
