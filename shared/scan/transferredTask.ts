// Runtime: any. File tasks handed to other threads as plain data (Node's worker threads, a
// browser's nested Workers), so a large export uses every core: the largest file (the private
// messages, most often) goes to another thread, which opens the zip (or file) itself and reads the
// entry's range, while this thread reads the rest. Read there with the same readFileTask as here;
// files that cannot be handed over stay on this thread.

import type { ArchiveFile, FileSource, FileTransfer, ReadLimits } from '../archive/types';
import { matchFile, type FileMatch } from '../catalog/matchFile';
import type { StreamDecoderFactory } from '../text/decode';
import type { FileIdentity } from './csvFileScanner';
import { inThisThread, readFileTask, type FileExecutor, type FileOutcome, type FileTaskOptions } from './fileTask';
import type { MemberIdentity } from './messageOwnership';
import type { RowKeysRequest } from './rowKeys';

/** Below this a file is read on the thread that has it: starting it elsewhere would cost more than it saves. */
export const MIN_OFFLOAD_BYTES = 4 * 1024 * 1024;

/** Bytes between two progress messages from the other thread. */
const BYTES_EVERY = 1024 * 1024;

export interface TransferredFileTask {
  /** A zip entry (by the zip's path, Blob or slot's bytes) or a file by its path: the other thread reads it itself. */
  readonly source: FileSource;
  readonly path: string;
  readonly storedName: string;
  readonly claimedSize: number;
  readonly compressedSize: number;
  readonly identity: FileIdentity;
  readonly limits: ReadLimits;
  readonly member: MemberIdentity;
  readonly rowKeys: RowKeysRequest | null;
  readonly collectItems: boolean;
}

function transferredTask(file: ArchiveFile, source: FileSource, identity: FileIdentity, options: FileTaskOptions): TransferredFileTask {
  return {
    source,
    path: file.path,
    storedName: file.storedName,
    claimedSize: file.claimedSize,
    compressedSize: file.compressedSize,
    identity,
    limits: options.limits,
    member: options.member,
    rowKeys: options.rowKeys,
    collectItems: options.collectItems,
  };
}

/** The other thread's side: the task read from `content` (its source, opened there), bytes read reported every MiB. */
export function readTransferredTask(
  task: TransferredFileTask,
  content: () => AsyncIterable<Uint8Array>,
  decoder: StreamDecoderFactory | undefined,
  progress: (bytes: number) => void,
): Promise<FileOutcome> {
  const file: ArchiveFile = { path: task.path, storedName: task.storedName, claimedSize: task.claimedSize, compressedSize: task.compressedSize, open: content };
  let reported = 0;
  return readFileTask(file, matchFile(task.path), task.identity, {
    limits: task.limits,
    decoder,
    signal: undefined,
    member: task.member,
    rowKeys: task.rowKeys,
    collectItems: task.collectItems,
    onBytes: (bytes) => {
      if (bytes - reported >= BYTES_EVERY) {
        reported = bytes;
        progress(bytes);
      }
    },
  });
}

/** Threads that each read one task at a time (the host's own: worker_threads, nested Workers). */
export interface TaskThreads {
  /** Threads there may be at once. */
  readonly size: number;
  /** Whether a thread is free (or may be started): `run` needs one. */
  available(): boolean;
  /** Progress: the bytes the thread has read of its file. */
  run(task: TransferredFileTask, options: { readonly transfer: readonly ArrayBuffer[]; readonly onProgress: (bytes: number) => void }): Promise<FileOutcome>;
  close(): Promise<void>;
}

/** Runs file tasks on this thread and, those of `minOffloadBytes` or more while a thread is free, on `threads`. */
export function offloadingExecutor(threads: TaskThreads, minOffloadBytes = MIN_OFFLOAD_BYTES): FileExecutor {
  const offload = (file: ArchiveFile, transfer: FileTransfer, identity: FileIdentity, options: FileTaskOptions): Promise<FileOutcome> => {
    const { source } = transfer;
    // An in-memory zip's entry travels as a copy of its slot, moved, not copied again.
    const moved = source.kind === 'zip-entry' && 'bytes' in source.zip ? [source.zip.bytes.buffer as ArrayBuffer] : [];
    return threads.run(transferredTask(file, source, identity, options), { transfer: moved, onProgress: options.onBytes }).then(
      (outcome) => {
        transfer.settle(outcome.scan.bytes);
        return outcome;
      },
      (error: unknown) => {
        transfer.settle(Infinity);
        throw error;
      },
    );
  };
  return {
    concurrency: 1 + threads.size,
    run(file: ArchiveFile, match: FileMatch | null, identity: FileIdentity, options: FileTaskOptions) {
      const offloaded = file.transfer && file.claimedSize >= minOffloadBytes && !options.signal?.aborted && threads.available();
      return offloaded ? offload(file, file.transfer!(), identity, options) : inThisThread.run(file, match, identity, options);
    },
    close: () => threads.close(),
  };
}
