// Builds the chosen report in the page, from the analysis the member is looking at: the shared
// report model and renderer the command line uses, the app's own charts as SVG. The result is
// handed to the host to save; nothing here writes anywhere.

import type { Analysis } from '../../shared/analysis/buildAnalysis';
import type { SaveReportRequest } from '../../shared/contract/desktopApi';
import { letterDraftOf, letterKinds, type LetterKind, type ObjectionDraft } from '../../shared/report/objectionLetter';
import type { RedactionLevel } from '../../shared/report/redaction';
import { renderDocument } from '../../shared/report/renderDocument';
import { carriesLetter, needsCharts, type ReportFormat } from '../../shared/report/reportFormats';
import { buildReportJson, type ReportJson } from '../../shared/report/reportJson';
import type { ExportScan } from '../../shared/scan/scanTypes';
import type { RegionId } from '../../shared/policy/policyModel';
import type { ObjectionFields } from '../app/objectionFields';
import type { ItemStore } from '../host/itemStore';
import { renderReportCharts } from '../../charts/reportCharts';
import { savedFileName } from './reportFileName';

export interface ReportSource {
  readonly scan: ExportScan;
  readonly items: ItemStore;
  readonly analysis: Analysis;
}

export interface ReportChoice {
  readonly format: ReportFormat;
  readonly redaction: RedactionLevel;
  readonly paper: 'a4' | 'letter';
  readonly includeLetter: boolean;
}

export interface LetterInput extends ObjectionFields {
  readonly region: RegionId;
}

export function reportModel(source: ReportSource, redaction: RedactionLevel): ReportJson {
  return buildReportJson(source.scan, source.analysis, redaction, source.items);
}

/** The letter of this kind, or the region's first (the one a report includes). */
export function letterDraft(report: ReportJson, letter: LetterInput, day: string, kind: LetterKind = letterKinds(letter.region)[0]!): ObjectionDraft {
  return letterDraftOf(kind, report, { region: letter.region, grounds: letter.grounds, signature: letter.signature, date: day });
}

export async function buildReportDocument(source: ReportSource, choice: ReportChoice, letter: LetterInput, day: string, doc: Document): Promise<SaveReportRequest> {
  const report = reportModel(source, choice.redaction);
  const objection = choice.includeLetter && carriesLetter(choice.format) ? letterDraft(report, letter, day) : null;
  const charts = needsCharts(choice.format) ? await renderReportCharts(source.analysis, doc, { loginsByWeekdayHour: report.insights.logins.weekdayHour }) : undefined;
  const content = renderDocument(choice.format, report, { charts, objection });
  const suggestedName = savedFileName('report', choice.format, day);
  return choice.format === 'pdf' ? { format: 'pdf', suggestedName, content, paper: choice.paper } : { format: choice.format, suggestedName, content };
}
