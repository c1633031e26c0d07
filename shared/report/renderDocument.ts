// Runtime: any. One report renderer for every host: a format and the report model in, the
// document's text out. HTML is also what a PDF is printed from (by the host: Electron's
// printToPDF, or a browser on the command line). Charts are drawn by the caller in a DOM.

import { escapeJsonControls } from '../text/controlCharacters';
import { csvOfEachHeader, csvOfEachRows, renderCsv } from './csvReport';
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
      return jsonDocument(report);
    case 'md':
      return renderMarkdown(report, parts.objection ?? null);
    case 'csv':
      return renderCsv(report);
  }
}

/**
 * A batch (`--each`) written record by record, so no export's report is kept once written: the
 * opening (before the first record), each record, what goes between two, the end. A JSON array
 * and a CSV read as if rendered whole; NDJSON is one compact report per line.
 */
export interface BatchDocument {
  readonly opening: string;
  record(report: ReportJson, batchIndex: number): string;
  readonly between: string;
  readonly end: string;
}

export function batchDocument(format: BatchFormat): BatchDocument {
  const record = (report: ReportJson, batchIndex: number): ReportJson => ({ ...report, batchIndex });
  switch (format) {
    case 'json':
      // Each report indented as an element of the array (JSON's strings hold no raw line break).
      return { opening: '[\n  ', record: (r, i) => jsonText(record(r, i), 2).replace(/\n/g, '\n  '), between: ',\n  ', end: '\n]\n' };
    case 'ndjson':
      return { opening: '', record: (r, i) => `${jsonText(record(r, i))}\n`, between: '', end: '' };
    case 'csv':
      return { opening: csvOfEachHeader(), record: (r) => csvOfEachRows(r), between: '', end: '' };
  }
}

/** JSON's own escapes for every control character, so the text is inert in a terminal too. */
function jsonText(value: ReportJson, indent?: number): string {
  return escapeJsonControls(JSON.stringify(value, null, indent));
}

function jsonDocument(report: ReportJson): string {
  return `${jsonText(report, 2)}\n`;
}
