// Runtime: any. Passes on at most one value per interval, and never drops the latest: a value
// that arrives too soon is sent when the interval is up (or on flush), so the member always sees
// where the analysis really is.

export interface Throttle<T> {
  push(value: T): void;
  /** Sends the value still waiting, now. */
  flush(): void;
  /** Drops the value still waiting. */
  cancel(): void;
}

export function throttleLatest<T>(send: (value: T) => void, intervalMs: number, now: () => number = Date.now): Throttle<T> {
  let lastSent = -Infinity;
  let waiting: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const sendWaiting = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (waiting === null) return;
    const { value } = waiting;
    waiting = null;
    lastSent = now();
    send(value);
  };

  return {
    push(value) {
      waiting = { value };
      const wait = lastSent + intervalMs - now();
      if (wait <= 0) sendWaiting();
      else if (timer === null) timer = setTimeout(sendWaiting, wait);
    },
    flush: sendWaiting,
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      waiting = null;
    },
  };
}
