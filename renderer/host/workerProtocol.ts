// Messages between the page and the analysis worker. The worker answers with the shared
// contract's AnalysisEvent, so both hosts feed the UI the same events.

import type { AnalysisEvent } from '../../shared/contract/desktopApi';
import type { Analysis } from '../../shared/analysis/buildAnalysis';
import type { PolicySettings } from '../../shared/analysis/exposure';
import type { PackedItems } from '../../shared/items/packedItems';
import type { ExportScan } from '../../shared/scan/scanTypes';
import type { ExportSelection } from './analysisHost';

export type WorkerSource = Extract<ExportSelection, { kind: 'sample' | 'files' }>;

export interface StartMessage {
  readonly type: 'start';
  readonly source: WorkerSource;
  readonly settings: PolicySettings;
}

/**
 * What the worker posts: progress, the verdict, then the results as soon as the files are read,
 * and the member's items after them (packed, then their text in pieces), so the page draws the
 * results without waiting for the items; or why it failed.
 */
export type WorkerEvent =
  | Exclude<AnalysisEvent, { readonly type: 'done' }>
  /** The final scan and analysis: the page shows the results. */
  | { readonly type: 'results'; readonly scan: ExportScan; readonly analysis: Analysis }
  /** The packed items but their text (`text` is empty: it is the "items-text" pieces that follow, in order). */
  | { readonly type: 'items'; readonly items: PackedItems }
  /** A piece of the items' text (one large message would block the page while it is unpacked). */
  | { readonly type: 'items-text'; readonly chunk: string }
  /** The last piece has been sent. */
  | { readonly type: 'items-done' };
