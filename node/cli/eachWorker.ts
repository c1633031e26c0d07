// Runtime: Node worker thread (dist/cli/eachWorker.cjs). Analyzes the exports of a batch
// (`analyze --each --jobs N`) the main thread hands it, one at a time, through the one pipeline,
// and answers with each export's record. Its files are read on this thread: the batch already
// spreads its exports over the cores.

import { workerData } from 'node:worker_threads';
import { nodePlatform } from '../platform/nodePlatform';
import { serveTasks } from '../platform/threadPool';
import type { AnalyzeCommand } from './analyzeExport';
import { analyzeForBatch, type EachOutcome, type EachTask } from './eachExport';

const { command } = workerData as { command: AnalyzeCommand };

serveTasks<EachTask, EachOutcome>((task) => analyzeForBatch(task, command, nodePlatform({ fileThreads: false })));
