// Runtime: Node (the command line, Electron's main process). Writes a report where the member
// chose, atomically: into a temporary file beside the target, renamed over it only once complete,
// so a failed write (a full disk, a printer that fails) never leaves half a report nor harms what
// was there. The target is decided and checked before any work (a PDF is printed only once it is
// known where it goes): it must not be one of the exports being read, nor a folder, and its
// folder must exist. A device (`/dev/null`, `/dev/stdout`) is written directly. Every failure is
// an OutputError: one sentence, no stack trace.

import { unlinkSync } from 'node:fs';
import { open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputError';
  }
}

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? ((error as { code?: unknown }).code as string | undefined) : undefined;
}

/** Why writing to `target` failed, in one sentence. */
export function outputFailure(error: unknown, target: string): OutputError {
  if (error instanceof OutputError) return error;
  const code = codeOf(error);
  const folder = dirname(target);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new OutputError(`The report was not written: the disk is full (${code}), and ${target} was left as it was. Free some space and try again.`);
    case 'ENOENT':
      return new OutputError(`The report was not written: the folder ${folder} does not exist. Choose a folder that exists.`);
    case 'ENOTDIR':
      return new OutputError(`The report was not written: ${folder} is not a folder. Choose a folder that exists.`);
    case 'EISDIR':
      return new OutputError(`The report was not written: ${target} is a folder. Give a file name, such as ${join(target, 'report')}.`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new OutputError(`The report was not written: this app may not write to ${target} (${code}). Choose another folder.`);
    default:
      return new OutputError(`The report was not written to ${target}${code ? ` (${code})` : ''}. Check that the folder exists and that you may write there.`);
  }
}

/** Why the report could not be printed whole on standard output, in one sentence. */
export function stdoutFailure(error: unknown): OutputError {
  const code = codeOf(error) ?? 'an error';
  if (code === 'EPIPE' || code === 'EBADF' || code === 'ERR_STREAM_DESTROYED') {
    return new OutputError(`The report was not printed to the end: standard output was closed (${code}). Save it with --out FILE instead.`);
  }
  if (code === 'ENOSPC' || code === 'EDQUOT') return new OutputError(`The report was not printed to the end: the disk behind standard output is full (${code}).`);
  return new OutputError(`The report was not printed to the end on standard output (${code}).`);
}

/** Temporary files of reports being written: removed if the process is interrupted. */
const unfinished = new Set<string>();

/** For a signal handler (Ctrl-C), just before the process exits: no temporary file is left behind. */
export function removeUnfinishedOutputs(): void {
  for (const temporary of unfinished) {
    try {
      unlinkSync(temporary);
    } catch {
      // Already gone.
    }
  }
  unfinished.clear();
}

/** A file or device identity: two paths to one file (a link, the same path twice) share it. */
async function identity(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    return `${info.dev}:${info.ino}`;
  } catch {
    return null;
  }
}

export interface PendingOutput {
  /** Where the bytes go until `commit`: a fresh file beside the target, or the device itself. */
  readonly path: string;
  /** Appends (a report may be written in pieces, as a batch's records come). */
  write(data: string | Uint8Array): Promise<void>;
  /** The complete report replaces the target. */
  commit(): Promise<void>;
  /** Nothing is left behind (the target is as it was). */
  discard(): Promise<void>;
}

/**
 * Checks the target and opens where the report is written, before any work on it. `inputs` are
 * the paths being read: a target that is one of them (by device and inode) is refused.
 */
export async function prepareOutput(target: string, inputs: readonly string[] = []): Promise<PendingOutput> {
  const full = resolve(target);
  const existing = await stat(full).catch(() => null);
  if (existing?.isDirectory()) throw outputFailure({ code: 'EISDIR' }, target);
  if (existing) {
    const id = `${existing.dev}:${existing.ino}`;
    for (const input of inputs) {
      if ((await identity(input)) === id) throw new OutputError(`The report was not written: ${target} is one of the exports being read, and the report would replace it. Choose another file.`);
    }
  }
  if (existing && !existing.isFile()) return deviceOutput(full, target);
  // Through a link, the file it points to is replaced, not the link.
  const real = existing ? await realpath(full) : full;
  const folder = await stat(dirname(real)).catch((error: unknown) => {
    throw outputFailure(error, target);
  });
  if (!folder.isDirectory()) throw outputFailure({ code: 'ENOTDIR' }, target);
  // Loaded here: node:crypto costs every start a few ms, and most runs write to standard output.
  const { randomBytes } = await import('node:crypto');
  const temporary = join(dirname(real), `.${basename(real)}.${randomBytes(6).toString('hex')}.part`);
  let handle: FileHandle;
  try {
    handle = await open(temporary, 'wx', existing ? existing.mode & 0o777 : 0o666);
  } catch (error) {
    throw outputFailure(error, target);
  }
  unfinished.add(temporary);
  let open_ = true;
  const close = async () => {
    if (open_) {
      open_ = false;
      await handle.close();
    }
  };
  return {
    path: temporary,
    async write(data) {
      try {
        await handle.writeFile(data);
      } catch (error) {
        throw outputFailure(error, target);
      }
    },
    async commit() {
      try {
        await handle.sync();
        await close();
        await rename(temporary, real);
        unfinished.delete(temporary);
      } catch (error) {
        throw outputFailure(error, target);
      }
    },
    async discard() {
      await close().catch(() => undefined);
      await unlink(temporary).catch(() => undefined);
      unfinished.delete(temporary);
    },
  };
}

/** A device or pipe given as the target: written as it is (opened once), there is nothing to replace. */
function deviceOutput(full: string, target: string): PendingOutput {
  let opening: Promise<FileHandle> | null = null;
  const close = async () => {
    const handle = await opening?.catch(() => null);
    opening = null;
    await handle?.close().catch(() => undefined);
  };
  return {
    path: full,
    async write(data) {
      try {
        opening ??= open(full, 'w');
        await (await opening).writeFile(data);
      } catch (error) {
        throw outputFailure(error, target);
      }
    },
    commit: close,
    discard: close,
  };
}

/** Writes the whole report to `target` atomically, or leaves everything as it was and says why. */
export async function writeOutput(target: string, data: string | Uint8Array, inputs: readonly string[] = []): Promise<void> {
  const pending = await prepareOutput(target, inputs);
  try {
    await pending.write(data);
    await pending.commit();
  } catch (error) {
    await pending.discard();
    throw error;
  }
}
