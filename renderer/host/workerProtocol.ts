// Messages between the page and the analysis worker. The worker answers with the shared
// contract's AnalysisEvent, so both hosts feed the UI the same events.

import type { Analysis } from '../../shared/analysis/buildAnalysis';
import type { AnalysisEvent } from '../../shared/contract/desktopApi';
import type { ExportScan } from '../../shared/scan/scanTypes';
import type { ExportSelection, RunSettings } from './analysisHost';
import type { PackedItems } from '../../shared/items/packedItems';

export type WorkerSource = Extract<ExportSelection, { kind: 'sample' | 'files' }>;

export interface StartMessage {
  readonly type: 'start';
  readonly source: WorkerSource;
  readonly settings: RunSettings | null;
}

/** What the worker posts: the contract's events, with the items packed beside a scan without them. */
export type WorkerEvent =
  | Exclude<AnalysisEvent, { readonly type: 'done' }>
  /** A piece of the items' text, before "done" (one large message would block the page while it is unpacked). */
  | { readonly type: 'items-text'; readonly chunk: string }
  /** `items.text` is empty here: it is the "items-text" pieces, in order. */
  | { readonly type: 'done'; readonly scan: ExportScan; readonly items: PackedItems; readonly analysis: Analysis | null };

/** Worker progress is sent at most this often: often enough for the UI, rare enough to be cheap. */
export const PROGRESS_INTERVAL_MS = 100;
