// The analysis worker's other threads: dedicated Workers nested in it (fileReadWorker.ts), each
// reading one file task at a time, for the shared offloadingExecutor. Started when first needed,
// reused, ended when the scan closes its executor (and with the analysis worker when it is
// terminated: a nested worker does not outlive its owner).

import type { FileExecutor, FileOutcome } from '../../shared/scan/fileTask';
import type { ThreadMessage } from '../../shared/platform/threadMessage';
import { threadSlots } from '../../shared/platform/threadSlots';
import { offloadingExecutor, type TaskThreads } from '../../shared/scan/transferredTask';

/** What a file reader posts back: bytes read so far, then the file's outcome or why it failed. */
export type FileReadMessage = ThreadMessage<FileOutcome, number>;

function newReader(): Worker {
  return new Worker(new URL('./fileReadWorker.ts', import.meta.url), { type: 'module', name: 'file reader' });
}

function nestedWorkers(size: number): TaskThreads {
  const slots = threadSlots(size, newReader);
  return {
    size,
    available: slots.available,
    run(task, { transfer, onProgress }) {
      const worker = slots.take();
      if (!worker) return Promise.reject(new Error('Every file reader is busy.'));
      return new Promise<FileOutcome>((resolve, reject) => {
        worker.onmessage = ({ data }: MessageEvent<FileReadMessage>) => {
          if (data.type === 'progress') {
            onProgress(data.progress);
            return;
          }
          worker.onmessage = worker.onerror = null;
          slots.release(worker);
          if (data.type === 'done') resolve(data.result);
          else reject(new Error(data.message));
        };
        // A reader that fails mid-task (its script did not load, it ran out of memory) is not reused.
        worker.onerror = (event: ErrorEvent) => {
          event.preventDefault();
          worker.onmessage = worker.onerror = null;
          slots.drop(worker);
          worker.terminate();
          reject(new Error(`A file reader stopped unexpectedly (${event.message || 'no details'}).`));
        };
        worker.postMessage(task, [...transfer]);
      });
    },
    async close() {
      for (const worker of slots.clear()) worker.terminate();
    },
  };
}

/** This thread and, for the largest files, as many readers as the other cores (at least one). */
export function nestedWorkerExecutor(): FileExecutor {
  return offloadingExecutor(nestedWorkers(Math.max(1, (navigator.hardwareConcurrency || 2) - 1)));
}
