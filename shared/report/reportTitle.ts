// Runtime: any. A report's title: the built-in sample's says it is invented, in every format.

import { SAMPLE_LABEL } from './verdict';
import { isInvented, type ReportJson } from './reportJson';

export const REPORT_TITLE = 'LinkedIn AI-training exposure report';

export function reportTitle(report: Pick<ReportJson, 'inputs'>): string {
  return isInvented(report.inputs) ? `${REPORT_TITLE}: ${SAMPLE_LABEL}` : REPORT_TITLE;
}
