// Runtime: any. Progress of files read side by side: bytes done across them, and a pool that
// keeps a fixed number of tasks running.

import type { ScanProgress } from './scanTypes';

export class ProgressTally {
  private readonly active = new Map<number, number>();
  private finishedBytes = 0;
  private finishedFiles = 0;

  constructor(
    private readonly bytesTotal: number,
    private readonly filesTotal: number,
    private readonly report: ((progress: ScanProgress) => void) | undefined,
  ) {}

  start(task: number, input: string, file: string): void {
    this.active.set(task, 0);
    this.emit(input, file);
  }

  update(task: number, input: string, file: string, bytes: number): void {
    this.active.set(task, bytes);
    this.emit(input, file);
  }

  finish(task: number, bytes: number): void {
    this.active.delete(task);
    this.finishedBytes += bytes;
    this.finishedFiles++;
  }

  done(): void {
    this.report?.({ input: '', file: '', filesDone: this.filesTotal, filesTotal: this.filesTotal, bytesDone: this.bytesTotal, bytesTotal: this.bytesTotal });
  }

  private emit(input: string, file: string): void {
    if (!this.report) return;
    let bytesDone = this.finishedBytes;
    for (const bytes of this.active.values()) bytesDone += bytes;
    this.report({ input, file, filesDone: this.finishedFiles, filesTotal: this.filesTotal, bytesDone, bytesTotal: this.bytesTotal });
  }
}

/** Runs `work` on every item, at most `concurrency` at a time, in the items' order. */
export async function runPool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const runner = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, runner));
}
