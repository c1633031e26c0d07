// The verdict of the analysis on screen: the same sentences every report prints.

import type { Analysis } from '../../shared/analysis/buildAnalysis';
import { isInvented } from '../../shared/report/reportJson';
import { verdictOf, type Verdict } from '../../shared/report/verdict';
import type { ExportScan } from '../../shared/scan/scanTypes';

export function verdictOfAnalysis(scan: ExportScan, analysis: Analysis): Verdict {
  return verdictOf({ ...analysis, invented: isInvented(scan.inputs) });
}
