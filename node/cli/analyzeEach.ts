// Runtime: Node. `analyze --each --jobs N`: many exports, each analyzed on its own, on N threads
// of analysis: N worker threads (eachWorker.ts), each reading its exports' files itself; `--jobs 1`
// one after another on this thread, its files too (no file worker thread beside it). This
// thread hands out the paths and writes each export's record as it comes: NDJSON in the order the
// exports finish, a JSON array or CSV in the order of the paths (a record that finishes early
// waits, and no more than a few per job are handed out ahead of the one awaited). Nothing of an
// export is kept once its record is written, so memory is bounded by the jobs, not the exports.

import { availableParallelism } from 'node:os';
import { batchDocument, type BatchDocument } from '../../shared/report/renderDocument';
import type { BatchFormat } from '../../shared/report/reportFormats';
import { bundledModule } from '../platform/bundledModule';
import { nodePlatform } from '../platform/nodePlatform';
import { threadPool } from '../platform/threadPool';
import { NothingReadable, type AnalyzeCommand, type ExportIo } from './analyzeExport';
import { analyzeForBatch, type EachOutcome, type EachTask } from './eachExport';

/** How far ahead of the record awaited (path order) exports are handed out, per job. */
const AHEAD_PER_JOB = 4;

/**
 * Each export thread's young generation (where V8 puts what an export allocates and drops):
 * smaller than V8's default, so the threads' scavenges stay within the processor's caches and the
 * batch's memory lower, on as many threads as there are jobs.
 */
const YOUNG_GENERATION_MB = 16;

interface ExportRunner {
  run(task: EachTask): Promise<EachOutcome>;
  close(): Promise<void>;
}

/** Worker threads when built (dist/cli/eachWorker.cjs); run from sources (tests), this thread. */
function exportRunner(command: AnalyzeCommand, jobs: number): ExportRunner {
  const script = jobs > 1 ? bundledModule('eachWorker.cjs') : null;
  if (script) {
    const pool = threadPool<EachTask, EachOutcome>(script, jobs, { workerData: { command }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    return { run: (task) => pool.run(task), close: () => pool.close() };
  }
  // One at a time on this thread, every file read here too: one thread of analysis, as asked.
  return { run: (task) => analyzeForBatch(task, command, nodePlatform({ fileThreads: false })), close: async () => undefined };
}

/** Writes the batch document record by record: as they come, or in the order of the paths. */
class BatchWriter {
  private records = 0;
  /** The next index in path order, and what finished ahead of it. */
  private next = 0;
  private readonly early = new Map<number, string | null>();
  private readonly waiting: (() => void)[] = [];
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly document: BatchDocument,
    private readonly inPathOrder: boolean,
    private readonly ahead: number,
    private readonly write: (text: string) => Promise<void>,
  ) {}

  get written(): number {
    return this.records;
  }

  /** Resolves once the export at `index` may be started (path order: not too far ahead). */
  async room(index: number): Promise<void> {
    while (this.inPathOrder && index - this.next >= this.ahead) await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  accept(index: number, record: string | null): Promise<void> {
    let text = '';
    if (!this.inPathOrder) {
      text = this.piece(record);
    } else {
      this.early.set(index, record);
      while (this.early.has(this.next)) {
        text += this.piece(this.early.get(this.next)!);
        this.early.delete(this.next++);
      }
      for (const resume of this.waiting.splice(0)) resume();
    }
    // One write at a time, in order; after a failed write every later one fails too.
    if (text !== '') this.writing = this.writing.then(() => this.write(text));
    return this.writing;
  }

  end(): Promise<void> {
    const { end } = this.document;
    if (end !== '') this.writing = this.writing.then(() => this.write(end));
    return this.writing;
  }

  private piece(record: string | null): string {
    if (record === null) return '';
    return `${this.records++ === 0 ? this.document.opening : this.document.between}${record}`;
  }
}

export async function analyzeEach(command: AnalyzeCommand, io: ExportIo, write: (text: string) => Promise<void>): Promise<void> {
  const format = command.format as BatchFormat;
  const jobs = Math.max(1, Math.min(command.jobs ?? availableParallelism(), command.paths.length));
  const writer = new BatchWriter(batchDocument(format), format !== 'ndjson', jobs * AHEAD_PER_JOB, write);
  const runner = exportRunner(command, jobs);
  let handedOut = 0;
  let stopped = false;
  const slot = async () => {
    while (!stopped && handedOut < command.paths.length) {
      const index = handedOut++;
      await writer.room(index);
      const outcome = await runner.run({ index, path: command.paths[index]!, now: io.now().toISOString() });
      for (const line of outcome.stderr) io.stderr(line);
      await writer.accept(index, outcome.record);
    }
  };
  try {
    await Promise.all(
      Array.from({ length: jobs }, () =>
        slot().catch((error: unknown) => {
          stopped = true;
          throw error;
        }),
      ),
    );
  } finally {
    // A failure (stdout closed, a full disk, an unexpected error) ends the threads still at work.
    await runner.close();
  }
  if (writer.written === 0) throw new NothingReadable(['None of the exports could be read.']);
  await writer.end();
}
