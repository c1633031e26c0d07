// Runtime: any. The threads of a pool where each runs one task at a time (Node's worker threads,
// a browser's nested Workers): started when first needed, up to `size`, reused when idle, dropped
// when they fail. The host starts and ends them; this only keeps count.

export interface ThreadSlots<T> {
  /** An idle thread, or a new one while fewer than `size` run; null when every one is busy. */
  take(): T | null;
  /** Whether `take` would give a thread. */
  available(): boolean;
  /** The thread finished its task: it may take the next. */
  release(thread: T): void;
  /** The thread failed or ended: it is not reused. */
  drop(thread: T): void;
  /** Every thread, forgotten (for the host to end them). */
  clear(): T[];
}

export function threadSlots<T>(size: number, start: () => T): ThreadSlots<T> {
  const idle: T[] = [];
  const all = new Set<T>();
  return {
    take() {
      const ready = idle.pop();
      if (ready !== undefined) return ready;
      if (all.size >= size) return null;
      const thread = start();
      all.add(thread);
      return thread;
    },
    available: () => idle.length > 0 || all.size < size,
    release(thread) {
      if (all.has(thread)) idle.push(thread);
    },
    drop(thread) {
      all.delete(thread);
      const at = idle.indexOf(thread);
      if (at !== -1) idle.splice(at, 1);
    },
    clear() {
      const threads = [...all];
      all.clear();
      idle.length = 0;
      return threads;
    },
  };
}
