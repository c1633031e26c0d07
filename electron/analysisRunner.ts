// Runtime: Electron main. Runs each analysis in its own utility process and relays its events to
// the window. Cancel kills the process at once (no waiting for the scanner to notice); a process
// that dies before its last word becomes a plain "failed". One analysis at a time.

import { ANALYSIS_EVENT_TYPES, isFinalEvent, type AnalysisEvent, type StartAnalysis } from '../shared/contract/desktopApi';

/** What the runner needs of a utility process (Electron's UtilityProcess fits). */
export interface WorkerProcess {
  postMessage(message: unknown): void;
  kill(): boolean;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
}

/** A worker that ended before its last event (a crash, or killed by the system for memory). */
export const WORKER_STOPPED =
  'The analysis stopped before it finished: the part of the app that reads the export quit. Try again; if it stops again, the export may be damaged or larger than this computer can read at once.';

const EVENT_TYPES = new Set<string>(ANALYSIS_EVENT_TYPES);

function isAnalysisEvent(value: unknown): value is AnalysisEvent {
  return typeof value === 'object' && value !== null && EVENT_TYPES.has((value as { type?: unknown }).type as string);
}

interface Job {
  readonly worker: WorkerProcess;
  finished: boolean;
}

export class AnalysisRunner {
  private job: Job | null = null;

  constructor(
    private readonly startWorker: () => WorkerProcess,
    private readonly send: (event: AnalysisEvent) => void,
  ) {}

  get running(): boolean {
    return this.job !== null && !this.job.finished;
  }

  /** Starts an analysis; one still running is dropped without a word (the UI asked for the new one). */
  start(start: StartAnalysis): void {
    this.stop();
    const worker = this.startWorker();
    const job: Job = { worker, finished: false };
    this.job = job;
    worker.on('message', (message) => {
      if (this.job !== job || job.finished || !isAnalysisEvent(message)) return;
      if (isFinalEvent(message)) this.finish(job);
      this.send(message);
    });
    worker.on('exit', () => {
      if (this.job !== job || job.finished) return;
      this.finish(job);
      this.send({ type: 'failed', messages: [WORKER_STOPPED] });
    });
    worker.postMessage(start);
  }

  /** Kills the running analysis now and tells the UI it was cancelled. */
  cancel(): void {
    const job = this.job;
    if (job === null || job.finished) return;
    this.finish(job);
    this.send({ type: 'cancelled' });
  }

  /** Kills the running analysis, if any, without a word (the window is going away). */
  stop(): void {
    if (this.job && !this.job.finished) this.finish(this.job);
    this.job = null;
  }

  private finish(job: Job): void {
    job.finished = true;
    job.worker.kill();
  }
}
