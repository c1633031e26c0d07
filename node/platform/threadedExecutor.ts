// Runtime: Node. Runs file tasks on this thread and on worker threads at once (the shared
// offloadingExecutor), so a large export uses every core.

import { availableParallelism } from 'node:os';
import type { FileExecutor, FileOutcome } from '../../shared/scan/fileTask';
import { offloadingExecutor, type TransferredFileTask } from '../../shared/scan/transferredTask';
import { threadPool } from './threadPool';

export interface ThreadedExecutorOptions {
  readonly workerCount?: number;
  readonly minOffloadBytes?: number;
}

export function threadedExecutor(workerScript: string, options: ThreadedExecutorOptions = {}): FileExecutor {
  const workerCount = options.workerCount ?? Math.max(1, availableParallelism() - 1);
  const pool = threadPool<TransferredFileTask, FileOutcome, number>(workerScript, workerCount);
  return offloadingExecutor({ size: workerCount, ...pool }, options.minOffloadBytes);
}
