// Runtime: Node (the parse worker; tests run it directly). One analysis from request to result,
// through the shared pipeline: this host reads the member's files from disk itself, inflates with
// Node's zlib on worker threads, and posts progress, the verdict as soon as its files are read
// (the rest after), then exactly one final event. The items travel packed beside the scan
// (unpacking them as arrays froze the window for 100-300 ms).

import type { InputSource } from '../shared/archive/types';
import type { AnalysisEvent, StartAnalysis } from '../shared/contract/desktopApi';
import { failureEvent } from '../shared/contract/failureEvent';
import { packItems } from '../shared/items/packedItems';
import { describeFailure } from '../shared/pipeline/failures';
import { runAnalysis } from '../shared/pipeline/runAnalysis';
import type { CancelSignal } from '../shared/platform/cancel';
import { sampleSource } from '../shared/sample';
import { nodePlatform } from '../node/platform/nodePlatform';
import { pathSource } from '../node/platform/readInputs';

export interface ParseJobOptions {
  readonly signal?: CancelSignal;
  readonly progressIntervalMs?: number;
}

function sourcesOf(start: StartAnalysis): InputSource[] {
  return start.request.kind === 'sample' ? [sampleSource()] : start.request.paths.map(pathSource);
}

export async function runParseJob(start: StartAnalysis, post: (event: AnalysisEvent) => void, options: ParseJobOptions = {}): Promise<void> {
  try {
    const { scan, items, analysis } = await runAnalysis(sourcesOf(start), {
      settings: start.settings,
      collectItems: true,
      platform: nodePlatform(),
      signal: options.signal,
      progressIntervalMs: options.progressIntervalMs,
      onProgress: (progress) => post({ type: 'progress', progress }),
      onVerdictReady: (partial) => post({ type: 'verdict-ready', partial }),
    });
    post({ type: 'done', scan, items: items ?? packItems([]), analysis });
  } catch (error) {
    const failure = describeFailure(error);
    // The detail stays on this computer, in the terminal that started the app, for bug reports.
    if (failure.kind === 'failed' && failure.unexpected) console.error('Analysis failed:', error);
    post(failureEvent(failure));
  }
}
