// Runtime: Node. `analyze`: read the export(s) through the shared pipeline, render the report in
// the format asked for, print it or write it.

import type { Analysis } from '../../shared/analysis/buildAnalysis';
import type { ReportChartInputs } from '../../charts/reportCharts';
import type { ReportCharts } from '../../shared/report/htmlReport';
import { objectionDraft } from '../../shared/report/objectionLetter';
import { renderDocument } from '../../shared/report/renderDocument';
import { needsCharts, type ReportFormat } from '../../shared/report/reportFormats';
import { sampleSource } from '../../shared/sample';
import { bundledModule } from '../platform/bundledModule';
import { nodePlatform } from '../platform/nodePlatform';
import { pathSource } from '../platform/readInputs';
import { prepareOutput, type PendingOutput } from '../platform/reportOutput';
import { analyzeEach } from './analyzeEach';
import { analyzeOne, type AnalyzeCommand, type AnalyzedExport } from './analyzeExport';
import { writePdf } from './pdfPrinter';

/** Draws the report's charts (React and recharts in jsdom: loaded only for html and pdf). */
export type ChartRenderer = (analysis: Analysis, inputs?: ReportChartInputs) => Promise<ReportCharts>;

export interface CliIo {
  /** Resolves once written; rejects with an OutputError when standard output fails. */
  readonly stdout: (text: string) => void | Promise<void>;
  readonly stderr: (text: string) => void;
  readonly now: () => Date;
  readonly renderCharts: ChartRenderer;
}

async function renderOne(done: AnalyzedExport, format: ReportFormat, command: AnalyzeCommand, io: CliIo): Promise<string> {
  const objection = command.objection ? objectionDraft(done.report, { region: command.region, grounds: '', signature: '', date: io.now().toISOString().slice(0, 10) }) : null;
  const charts = needsCharts(format) ? await io.renderCharts(done.analysis, { loginsByWeekdayHour: done.report.insights.logins.weekdayHour }) : undefined;
  return renderDocument(format, done.report, { charts, objection });
}

export async function runAnalyze(command: AnalyzeCommand, io: CliIo): Promise<void> {
  // Where the report goes is checked (and opened) before any work: not an input, a folder that exists.
  const pending = command.out === null ? null : await prepareOutput(command.out, command.paths);
  try {
    await analyzeAndWrite(command, io, pending);
  } catch (error) {
    await pending?.discard();
    throw error;
  }
}

async function analyzeAndWrite(command: AnalyzeCommand, io: CliIo, pending: PendingOutput | null): Promise<void> {
  if (command.each) {
    // Each record is written as it is ready: to stdout, or to the pending file committed at the end.
    await analyzeEach(command, io, pending === null ? async (text) => io.stdout(text) : (text) => pending.write(text));
    await pending?.commit();
    if (pending !== null) io.stderr(`Wrote ${command.out} (${command.format}, redaction: ${command.redact}).`);
    return;
  }
  // parseArgs allows the batch-only formats with --each only.
  const format = command.format as ReportFormat;
  const sources = command.paths.length === 0 ? [sampleSource()] : command.paths.map(pathSource);
  const output = await renderOne(await analyzeOne(sources, command, io, nodePlatform()), format, command, io);
  if (pending === null) {
    await io.stdout(output);
  } else if (format === 'pdf') {
    const engine = await writePdf(output, command.paper, pending.path, (bytes) => pending.write(bytes), bundledModule('../electron/pdfCli.cjs'));
    await pending.commit();
    io.stderr(`Wrote ${command.out} (pdf, ${command.paper === 'letter' ? 'Letter' : 'A4'}, redaction: ${command.redact}; printed by ${engine}).`);
  } else {
    await pending.write(output);
    await pending.commit();
    io.stderr(`Wrote ${command.out} (${format}, redaction: ${command.redact}).`);
  }
}
