// Runtime: any. One report renderer for every host: a format and the report model in, the
// document's text out. HTML is also what a PDF is printed from (by the host: Electron's
// printToPDF, or a browser on the command line). Charts are drawn by the caller in a DOM.

import { renderCsv, renderCsvOfEach } from './csvReport';
import { renderHtml, type ReportCharts } from './htmlReport';
import { renderMarkdown } from './markdown';
import type { ObjectionDraft } from './objectionLetter';
import type { BatchFormat, ReportFormat } from './reportFormats';
import type { ReportJson } from './reportJson';

export interface DocumentParts {
  /** The app's charts as SVG (HTML and PDF); absent charts leave their tables. */
  readonly charts?: ReportCharts;
  /** The draft letter, for the formats that carry it. */
  readonly objection?: ObjectionDraft | null;
}

export function renderDocument(format: ReportFormat, report: ReportJson, parts: DocumentParts = {}): string {
  switch (format) {
    case 'html':
    case 'pdf':
      return renderHtml(report, { charts: parts.charts ?? {}, objection: parts.objection ?? null });
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'md':
      return renderMarkdown(report, parts.objection ?? null);
    case 'csv':
      return renderCsv(report);
  }
}

/** Several exports in one document: a JSON array, or one CSV whose rows say which export. */
export function renderBatch(format: BatchFormat, reports: readonly ReportJson[]): string {
  return format === 'json' ? `${JSON.stringify(reports, null, 2)}\n` : renderCsvOfEach(reports);
}
