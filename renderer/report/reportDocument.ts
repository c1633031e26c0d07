// Builds the chosen report in the page, from the analysis the member is looking at: the same
// shared renderers the command line uses, the app's own charts as SVG. The result is handed to
// the host to save; nothing here writes anywhere.

import type { Analysis } from '../../shared/analysis/buildAnalysis';
import type { SaveReportRequest } from '../../shared/contract/desktopApi';
import { renderCsv } from '../../shared/report/csvReport';
import { renderHtml } from '../../shared/report/htmlReport';
import { renderMarkdown } from '../../shared/report/markdown';
import { objectionDraft, type ObjectionDraft } from '../../shared/report/objectionLetter';
import type { RedactionLevel } from '../../shared/report/redaction';
import { buildReportJson, type ReportJson } from '../../shared/report/reportJson';
import type { ExportScan } from '../../shared/scan/scanTypes';
import type { RegionId } from '../../shared/policy/policyModel';
import type { ObjectionFields } from '../app/objectionFields';
import type { ItemStore } from '../host/itemStore';
import { renderReportCharts } from './reportCharts';
import { savedFileName } from './reportFileName';

export const REPORT_DOCUMENT_FORMATS = ['html', 'pdf', 'json', 'md', 'csv'] as const;
export type ReportDocumentFormat = (typeof REPORT_DOCUMENT_FORMATS)[number];

/** The formats that can carry the letter: JSON and CSV hold the figures only. */
export function carriesLetter(format: ReportDocumentFormat): boolean {
  return format === 'html' || format === 'pdf' || format === 'md';
}

export interface ReportSource {
  /** Its `items` may be null: the member's items are in `items`. */
  readonly scan: ExportScan;
  readonly items: ItemStore;
  readonly analysis: Analysis;
}

export interface ReportChoice {
  readonly format: ReportDocumentFormat;
  readonly redaction: RedactionLevel;
  readonly paper: 'a4' | 'letter';
  readonly includeLetter: boolean;
}

export interface LetterInput extends ObjectionFields {
  readonly region: RegionId;
}

/** The report's model; excerpts need the items back in the scan, counts only does not. */
export function reportModel(source: ReportSource, redaction: RedactionLevel): ReportJson {
  const scan = redaction === 'counts' || source.scan.items ? source.scan : { ...source.scan, items: source.items.toItemIndex() };
  return buildReportJson(scan, source.analysis, redaction);
}

export function letterDraft(report: ReportJson, letter: LetterInput, day: string): ObjectionDraft {
  return objectionDraft(report, { region: letter.region, grounds: letter.grounds, signature: letter.signature, date: day });
}

export async function buildReportDocument(source: ReportSource, choice: ReportChoice, letter: LetterInput, day: string, doc: Document): Promise<SaveReportRequest> {
  const report = reportModel(source, choice.redaction);
  const objection = choice.includeLetter && carriesLetter(choice.format) ? letterDraft(report, letter, day) : null;
  const suggestedName = savedFileName('report', choice.format, day);
  switch (choice.format) {
    case 'html':
    case 'pdf': {
      const content = renderHtml(report, { charts: await renderReportCharts(source.analysis, doc), objection });
      return choice.format === 'pdf' ? { format: 'pdf', suggestedName, content, paper: choice.paper } : { format: 'html', suggestedName, content };
    }
    case 'json':
      return { format: 'json', suggestedName, content: `${JSON.stringify(report, null, 2)}\n` };
    case 'md':
      return { format: 'md', suggestedName, content: renderMarkdown(report, objection) };
    case 'csv':
      return { format: 'csv', suggestedName, content: renderCsv(report) };
  }
}
