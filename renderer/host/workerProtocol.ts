// Messages between the page and the analysis worker. The worker answers with the shared
// contract's AnalysisEvent, so both hosts feed the UI the same events.

import type { ExportSelection } from './analysisHost';

export type WorkerSource = Extract<ExportSelection, { kind: 'sample' | 'files' }>;

export interface StartMessage {
  readonly type: 'start';
  readonly source: WorkerSource;
}

/** Worker progress is sent at most this often: often enough for the UI, rare enough to be cheap. */
export const PROGRESS_INTERVAL_MS = 100;
