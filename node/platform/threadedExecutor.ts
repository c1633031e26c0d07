// Runtime: Node. Runs file tasks on this thread and on worker threads at once, so a large export
// uses every core: the largest file (the private messages, most often) goes to a worker while
// this thread reads the rest. A worker opens the zip (or file) itself and reads the entry's range;
// files that cannot be handed over stay on this thread.

import { availableParallelism } from 'node:os';
import type { ArchiveFile, FileTransfer } from '../../shared/archive/types';
import type { FileMatch } from '../../shared/catalog/matchFile';
import type { FileIdentity } from '../../shared/scan/csvFileScanner';
import { inThisThread, type FileExecutor, type FileOutcome, type FileTaskOptions } from '../../shared/scan/fileTask';
import type { FileWorkerTask } from './fileWorkerProtocol';
import { threadPool, type ThreadPool } from './threadPool';

/** Below this a file is read here: starting it elsewhere would cost more than it saves. */
const MIN_OFFLOAD_BYTES = 4 * 1024 * 1024;

export interface ThreadedExecutorOptions {
  readonly workerCount?: number;
  readonly minOffloadBytes?: number;
}

export function threadedExecutor(workerScript: string, options: ThreadedExecutorOptions = {}): FileExecutor {
  const workerCount = options.workerCount ?? Math.max(1, availableParallelism() - 1);
  const minOffloadBytes = options.minOffloadBytes ?? MIN_OFFLOAD_BYTES;
  // Progress: the bytes the worker has read of its file.
  const pool: ThreadPool<FileWorkerTask, FileOutcome, number> = threadPool(workerScript, workerCount);

  const offload = (file: ArchiveFile, transfer: FileTransfer, identity: FileIdentity, options: FileTaskOptions): Promise<FileOutcome> => {
    const { source } = transfer;
    // An in-memory zip's entry travels as a copy of its slot, moved, not copied again.
    const moved = source.kind === 'zip-entry' && 'bytes' in source.zip ? [source.zip.bytes.buffer as ArrayBuffer] : [];
    const task: FileWorkerTask = {
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
    return pool.run(task, { transfer: moved, onProgress: options.onBytes }).then(
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
    concurrency: 1 + workerCount,
    run(file: ArchiveFile, match: FileMatch | null, identity: FileIdentity, options: FileTaskOptions) {
      const offloaded = file.transfer && file.claimedSize >= minOffloadBytes && !options.signal?.aborted && pool.available();
      return offloaded ? offload(file, file.transfer!(), identity, options) : inThisThread.run(file, match, identity, options);
    },
    close: () => pool.close(),
  };
}
