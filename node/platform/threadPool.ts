// Runtime: Node. Worker threads that each run one task at a time: started when first needed, up
// to `size`, reused, ended by `close`. Both sides speak one small protocol: a task in, progress
// (optional) and then one `done` or `failed` out (shared/platform/threadMessage.ts). The file executor (one export's large files) and
// the command line's batch (`--each --jobs`, whole exports) run on it.

import { parentPort, Worker, type Transferable, type WorkerOptions } from 'node:worker_threads';
import { failedMessage, type ThreadMessage } from '../../shared/platform/threadMessage';
import { threadSlots } from '../../shared/platform/threadSlots';

export interface ThreadPool<Task, Result, Progress = never> {
  /** Whether a thread is free (or may be started): `run` needs one. */
  available(): boolean;
  /** Runs the task on a free thread (a new one while fewer than `size` run). */
  run(task: Task, options?: { readonly transfer?: readonly Transferable[]; readonly onProgress?: (progress: Progress) => void }): Promise<Result>;
  /** Ends every thread; a task still running rejects. */
  close(): Promise<void>;
}

/** What each thread is started with: its data, and the limits of its heap. */
export type ThreadOptions = Pick<WorkerOptions, 'workerData' | 'resourceLimits'>;

export function threadPool<Task, Result, Progress = never>(script: string, size: number, options: ThreadOptions = {}): ThreadPool<Task, Result, Progress> {
  const slots = threadSlots(size, () => {
    const worker = new Worker(script, options);
    // A thread that fails between tasks is dropped (without a listener its error would end the process).
    worker.on('error', () => slots.drop(worker));
    return worker;
  });
  return {
    available: slots.available,
    run(task, { transfer = [], onProgress } = {}) {
      const worker = slots.take();
      if (!worker) return Promise.reject(new Error('Every worker thread is busy.'));
      return new Promise<Result>((resolve, reject) => {
        const settle = () => {
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
        };
        const onMessage = (message: ThreadMessage<Result, Progress>) => {
          if (message.type === 'progress') {
            onProgress?.(message.progress);
            return;
          }
          settle();
          slots.release(worker);
          if (message.type === 'done') resolve(message.result);
          else reject(new Error(message.message));
        };
        // A thread that fails or ends mid-task is not reused.
        const onError = (error: Error) => {
          settle();
          slots.drop(worker);
          reject(error);
        };
        const onExit = (code: number) => onError(new Error(`A worker thread ended (exit code ${code}) before finishing its task.`));
        worker.on('message', onMessage);
        worker.once('error', onError);
        worker.once('exit', onExit);
        worker.postMessage(task, [...transfer]);
      });
    },
    async close() {
      await Promise.all(slots.clear().map((worker) => worker.terminate()));
    },
  };
}

/** The worker's side: answers each task the pool posts with `handle`'s result, or its failure. */
export function serveTasks<Task, Result, Progress = never>(handle: (task: Task, progress: (progress: Progress) => void) => Promise<Result>): void {
  const port = parentPort;
  if (!port) throw new Error('This module runs as a worker thread.');
  const post = (message: ThreadMessage<Result, Progress>) => port.postMessage(message);
  port.on('message', (task: Task) => {
    handle(task, (progress) => post({ type: 'progress', progress })).then(
      (result) => post({ type: 'done', result }),
      (error: unknown) => post(failedMessage(error)),
    );
  });
}
