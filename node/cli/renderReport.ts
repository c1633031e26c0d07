// Runtime: Node. A report (or, with --each, several) in the format asked for.

import type { Analysis } from '../../shared/analysis/buildAnalysis';
import { renderCsv } from '../../shared/report/csvReport';
import { renderHtml, type ReportCharts } from '../../shared/report/htmlReport';
import { renderMarkdown } from '../../shared/report/markdown';
import { objectionDraft, type ObjectionDraft } from '../../shared/report/objectionLetter';
import type { ReportJson } from '../../shared/report/reportJson';
import type { Command } from './parseArgs';

type AnalyzeCommand = Extract<Command, { kind: 'analyze' }>;

export interface AnalyzedExport {
  readonly report: ReportJson;
  readonly analysis: Analysis;
}

/** Loads the chart renderer (React, recharts, jsdom) only when a report has charts. */
export type ChartRenderer = (analysis: Analysis) => Promise<ReportCharts>;

function objectionOf(command: AnalyzeCommand, report: ReportJson, today: string): ObjectionDraft | null {
  if (!command.objection) return null;
  return objectionDraft(report, { region: command.region, grounds: '', signature: '', date: today });
}

/** `--each` with csv: one header, then every export's rows, each prefixed by its archive names. */
function csvOfEach(reports: readonly ReportJson[]): string {
  const [header, ...blocks] = reports.map((r) => renderCsv(r).replace(/^\uFEFF/, '').trimEnd().split('\r\n'));
  const lines = [`export,${header![0]}`];
  reports.forEach((report, i) => {
    const rows = i === 0 ? header!.slice(1) : blocks[i - 1]!.slice(1);
    const name = report.inputs.map((input) => input.name).join(' + ').replace(/"/g, '""');
    for (const row of rows) lines.push(`"${name}",${row}`);
  });
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function renderHtmlReport(done: AnalyzedExport, command: AnalyzeCommand, charts: ChartRenderer, today: string): Promise<string> {
  return renderHtml(done.report, { charts: await charts(done.analysis), objection: objectionOf(command, done.report, today) });
}

/** Text formats; html and pdf go through renderHtmlReport (pdf is printed by the caller). */
export async function renderReport(done: readonly AnalyzedExport[], command: AnalyzeCommand, charts: ChartRenderer, today: string): Promise<string> {
  const reports = done.map((d) => d.report);
  const first = done[0]!;
  switch (command.format) {
    case 'json':
      return `${JSON.stringify(command.each ? reports : first.report, null, 2)}\n`;
    case 'csv':
      return command.each ? csvOfEach(reports) : renderCsv(first.report);
    case 'md':
      return renderMarkdown(first.report, objectionOf(command, first.report, today));
    case 'html':
    case 'pdf':
      return renderHtmlReport(first, command, charts, today);
  }
}
