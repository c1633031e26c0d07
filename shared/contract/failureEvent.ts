// Runtime: any. A run that ended without a result, as the event both hosts' workers post.

import type { RunFailure } from '../pipeline/failures';
import type { AnalysisEvent } from './desktopApi';

export function failureEvent(failure: RunFailure): Extract<AnalysisEvent, { type: 'failed' | 'cancelled' }> {
  return failure.kind === 'cancelled' ? { type: 'cancelled' } : { type: 'failed', messages: failure.messages };
}
