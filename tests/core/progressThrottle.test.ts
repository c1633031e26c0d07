import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttleLatest } from '../../shared/pipeline/progressThrottle';

describe('throttleLatest', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the first value at once, then at most one per interval, always the latest', () => {
    const sent: number[] = [];
    const throttle = throttleLatest((v: number) => sent.push(v), 100, () => Date.now());
    throttle.push(1);
    throttle.push(2);
    throttle.push(3);
    expect(sent).toEqual([1]);
    vi.advanceTimersByTime(99);
    expect(sent).toEqual([1]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual([1, 3]);
    vi.advanceTimersByTime(500);
    throttle.push(4);
    expect(sent).toEqual([1, 3, 4]);
  });

  it('flush sends what waits now; cancel drops it', () => {
    const sent: number[] = [];
    const throttle = throttleLatest((v: number) => sent.push(v), 100, () => Date.now());
    throttle.push(1);
    throttle.push(2);
    throttle.flush();
    expect(sent).toEqual([1, 2]);
    throttle.push(3);
    throttle.cancel();
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([1, 2]);
    throttle.flush();
    expect(sent).toEqual([1, 2]);
  });
});
