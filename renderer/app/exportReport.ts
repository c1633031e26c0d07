// REPORTS: the "Export report…" button hands this to the handler the app was given. The
// reports engineer implements that handler (format dialog, rendering, host.saveReport); the
// app itself builds no report.

import type { Analysis } from '../../shared/analysis/buildAnalysis';
import type { ExportScan } from '../../shared/scan/scanTypes';
import type { ItemStore } from '../host/itemStore';
import type { PolicySettings } from './policySettings';

export interface ExportReportRequest {
  /** From the browser's worker `scan.items` is null: `{ ...scan, items: items.toItemIndex() }` restores it. */
  readonly scan: ExportScan;
  readonly items: ItemStore;
  readonly analysis: Analysis;
  readonly policy: PolicySettings;
}

export type ExportReportHandler = (request: ExportReportRequest) => void;
