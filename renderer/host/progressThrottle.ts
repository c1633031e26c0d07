// Scan progress arrives once per chunk read (many per second); the page needs a few.

import type { ScanProgress } from '../../shared/scan/scanTypes';

export interface ProgressThrottle {
  readonly push: (progress: ScanProgress) => void;
  /** Sends what is pending now (before the final event). */
  readonly flush: () => void;
}

export function progressThrottle(send: (progress: ScanProgress) => void, intervalMs: number, now = () => performance.now()): ProgressThrottle {
  let last = -Infinity;
  let pending: ScanProgress | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending === null) return;
    last = now();
    const progress = pending;
    pending = null;
    send(progress);
  };
  return {
    push(progress) {
      pending = progress;
      const wait = last + intervalMs - now();
      if (wait <= 0) flush();
      // A trailing send, so the last state of a quiet stretch is not lost.
      else if (timer === null) timer = setTimeout(flush, wait);
    },
    flush,
  };
}
