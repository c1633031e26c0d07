// Messages between the page and the analysis worker. The worker answers with the shared
// contract's AnalysisEvent, so both hosts feed the UI the same events.

import type { AnalysisEvent } from '../../shared/contract/desktopApi';
import type { PolicySettings } from '../../shared/analysis/exposure';
import type { ExportSelection } from './analysisHost';

export type WorkerSource = Extract<ExportSelection, { kind: 'sample' | 'files' }>;

export interface StartMessage {
  readonly type: 'start';
  readonly source: WorkerSource;
  readonly settings: PolicySettings;
}

/**
 * What the worker posts: the contract's events, then the items' text in pieces after "done", so
 * the page draws the results without waiting for the text to cross.
 */
export type WorkerEvent =
  | Exclude<AnalysisEvent, { readonly type: 'done' }>
  /** `items.text` is empty here: it is the "items-text" pieces that follow, in order. */
  | AnalysisEvent & { readonly type: 'done' }
  /** A piece of the items' text, after "done" (one large message would block the page while it is unpacked). */
  | { readonly type: 'items-text'; readonly chunk: string }
  /** The last piece has been sent. */
  | { readonly type: 'items-done' };
