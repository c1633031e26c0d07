// Runtime: Node. Runs file tasks on this thread and on worker threads at once, so a large export
// uses every core: the largest file (the private messages, most often) goes to a worker while
// this thread reads the rest. A worker opens the zip (or file) itself and reads the entry's range;
// files that cannot be handed over stay on this thread.

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArchiveFile, FileTransfer } from '../../shared/archive/types';
import type { FileMatch } from '../../shared/catalog/matchFile';
import type { FileIdentity } from '../../shared/scan/csvFileScanner';
import { inThisThread, type FileExecutor, type FileOutcome, type FileTaskOptions } from '../../shared/scan/fileTask';
import type { FileWorkerMessage, FileWorkerTask } from './fileWorkerProtocol';

/** Below this a file is read here: starting it elsewhere would cost more than it saves. */
const MIN_OFFLOAD_BYTES = 4 * 1024 * 1024;

export interface ThreadedExecutorOptions {
  readonly workerCount?: number;
  readonly minOffloadBytes?: number;
}

export function threadedExecutor(workerScript: string, options: ThreadedExecutorOptions = {}): FileExecutor {
  const workerCount = options.workerCount ?? Math.max(1, availableParallelism() - 1);
  const minOffloadBytes = options.minOffloadBytes ?? MIN_OFFLOAD_BYTES;
  const idle: Worker[] = [];
  const all: Worker[] = [];
  const workerFor = (): Worker | null => {
    const ready = idle.pop();
    if (ready) return ready;
    if (all.length >= workerCount) return null;
    const worker = new Worker(workerScript);
    all.push(worker);
    return worker;
  };

  const runOn = (worker: Worker, file: ArchiveFile, transfer: FileTransfer, identity: FileIdentity, options: FileTaskOptions): Promise<FileOutcome> => {
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
    return new Promise<FileOutcome>((resolve, reject) => {
      const onMessage = (message: FileWorkerMessage) => {
        if (message.type === 'bytes') {
          options.onBytes(message.bytes);
          return;
        }
        worker.off('message', onMessage);
        worker.off('error', onError);
        idle.push(worker);
        if (message.type === 'done') {
          transfer.settle(message.outcome.scan.bytes);
          resolve(message.outcome);
        } else {
          transfer.settle(Infinity);
          reject(new Error(message.message));
        }
      };
      const onError = (error: Error) => {
        worker.off('message', onMessage);
        transfer.settle(Infinity);
        reject(error);
      };
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.postMessage(task, moved);
    });
  };

  return {
    concurrency: 1 + workerCount,
    run(file: ArchiveFile, match: FileMatch | null, identity: FileIdentity, options: FileTaskOptions) {
      const worker = file.transfer && file.claimedSize >= minOffloadBytes && !options.signal?.aborted ? workerFor() : null;
      return worker ? runOn(worker, file, file.transfer!(), identity, options) : inThisThread.run(file, match, identity, options);
    },
    async close() {
      await Promise.all(all.map((worker) => worker.terminate()));
    },
  };
}
