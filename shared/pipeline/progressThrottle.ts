// Runtime: any. Progress arrives once per chunk read (many per second); the member needs a few
// per second. Passes on at most one value per interval and never drops the latest: a value that
// arrives too soon is sent when the interval is up (or on flush), so the member always sees where
// the analysis really is. While nothing moves (a large input still loading), the last value is
// repeated, so the interface can tell a long step from a stopped one.

export interface Throttle<T> {
  push(value: T): void;
  /** Sends the value still waiting, now. */
  flush(): void;
  /** Drops the value still waiting and stops repeating. */
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

/**
 * A throttle that also repeats the last value when nothing was sent for `heartbeatMs` (until
 * flushed or cancelled for good).
 */
export function throttleWithHeartbeat<T>(send: (value: T) => void, intervalMs: number, heartbeatMs: number, now: () => number = Date.now): Throttle<T> {
  let latest: { value: T } | null = null;
  let lastSentAt = now();
  const sendAndNote = (value: T) => {
    latest = { value };
    lastSentAt = now();
    send(value);
  };
  const throttle = throttleLatest(sendAndNote, intervalMs, now);
  const heartbeat = setInterval(() => {
    if (latest !== null && now() - lastSentAt >= heartbeatMs) sendAndNote(latest.value);
  }, Math.max(1, heartbeatMs / 4));
  return {
    push: throttle.push,
    flush() {
      clearInterval(heartbeat);
      throttle.flush();
    },
    cancel() {
      clearInterval(heartbeat);
      throttle.cancel();
    },
  };
}
