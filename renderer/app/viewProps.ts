// What every results view receives: the scan, the analysis for the current settings, and the
// few app-wide things a view may need.

import type { Analysis } from '../../shared/analysis/buildAnalysis';
import type { ExportScan } from '../../shared/scan/scanTypes';
import type { ChartPalette } from '../../charts/palette';
import type { AnalysisHost } from '../host/analysisHost';
import type { ItemStore } from '../host/itemStore';
import type { ObjectionFields } from './objectionFields';
import type { PolicySettings } from './policySettings';

export interface ViewProps {
  /** Its `items` may be null: the member's items are in `items`. */
  readonly scan: ExportScan;
  /** Null while they are still arriving after the results (the browser host). */
  readonly items: ItemStore | null;
  readonly analysis: Analysis;
  readonly policy: PolicySettings;
  readonly onPolicyChange: (policy: PolicySettings) => void;
  /** The objection letter's grounds and signature (the guide edits them, reports use them). */
  readonly objection: ObjectionFields;
  readonly onObjectionChange: (objection: ObjectionFields) => void;
  /** ISO day the analysis counts up to (members still opted in). */
  readonly asOf: string;
  readonly palette: ChartPalette;
  readonly host: AnalysisHost;
  /** Chart animation (off in tests and for members who prefer reduced motion). */
  readonly animate: boolean;
  /** Opens another view at its top, focus on its heading (a link from one view to another). */
  readonly onOpenView: (id: string) => void;
}
