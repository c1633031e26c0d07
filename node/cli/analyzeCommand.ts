// Runtime: Node. `analyze`: read the export(s) through the shared pipeline, render the report in
// the format asked for, print it or write it.

import { writeFile } from 'node:fs/promises';
import type { Analysis } from '../../shared/analysis/buildAnalysis';
import type { InputSource } from '../../shared/archive/types';
import { describeFailure } from '../../shared/pipeline/failures';
import { runAnalysis } from '../../shared/pipeline/runAnalysis';
import type { ReportCharts } from '../../shared/report/htmlReport';
import { objectionDraft } from '../../shared/report/objectionLetter';
import { renderBatch, renderDocument } from '../../shared/report/renderDocument';
import { needsCharts } from '../../shared/report/reportFormats';
import { buildReportJson, isInvented, type ReportJson } from '../../shared/report/reportJson';
import { SAMPLE_LABEL } from '../../shared/report/verdict';
import { itemsView } from '../../shared/items/packedItems';
import { sampleSource } from '../../shared/sample';
import { bundledModule } from '../platform/bundledModule';
import { nodePlatform } from '../platform/nodePlatform';
import { pathSource } from '../platform/readInputs';
import type { Command } from './parseArgs';
import { writePdf } from './pdfPrinter';

type AnalyzeCommand = Extract<Command, { kind: 'analyze' }>;

/** Draws the report's charts (React and recharts in jsdom: loaded only for html and pdf). */
export type ChartRenderer = (analysis: Analysis) => Promise<ReportCharts>;

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly now: () => Date;
  readonly renderCharts: ChartRenderer;
}

/** Exit status 1, with one line per input that says what is wrong. */
export class NothingReadable extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
  }
}

interface AnalyzedExport {
  readonly report: ReportJson;
  readonly analysis: Analysis;
}

async function analyzeOne(sources: readonly InputSource[], command: AnalyzeCommand, io: CliIo): Promise<AnalyzedExport> {
  const now = io.now();
  const asOf = command.asOf ?? now.toISOString().slice(0, 10);
  try {
    const { scan, items, analysis } = await runAnalysis(sources, {
      settings: { region: command.region, optedOut: command.optedOut === 'today' ? asOf : command.optedOut, adultFrom: command.adultFrom },
      asOf,
      collectItems: command.redact !== 'counts',
      platform: nodePlatform(),
      now,
    });
    // An input that could not be read is skipped; the member hears which and why.
    for (const input of scan.inputs) if (input.error) io.stderr(`Skipped: ${input.error.message}`);
    // The sample says what it is on the terminal too, whatever the format (stdout may be a file).
    if (isInvented(scan.inputs)) io.stderr(`No export given: this is the built-in sample. ${SAMPLE_LABEL}.`);
    return { report: buildReportJson(scan, analysis, command.redact, items && itemsView(items)), analysis };
  } catch (error) {
    const failure = describeFailure(error);
    if (failure.kind === 'failed' && !failure.unexpected) throw new NothingReadable(failure.messages);
    throw error;
  }
}

async function renderOne(done: AnalyzedExport, command: AnalyzeCommand, io: CliIo): Promise<string> {
  const objection = command.objection ? objectionDraft(done.report, { region: command.region, grounds: '', signature: '', date: io.now().toISOString().slice(0, 10) }) : null;
  const charts = needsCharts(command.format) ? await io.renderCharts(done.analysis) : undefined;
  return renderDocument(command.format, done.report, { charts, objection });
}

export async function runAnalyze(command: AnalyzeCommand, io: CliIo): Promise<void> {
  let output: string;
  if (command.each) {
    const reports: ReportJson[] = [];
    for (const path of command.paths) {
      try {
        reports.push((await analyzeOne([pathSource(path)], command, io)).report);
      } catch (error) {
        if (!(error instanceof NothingReadable)) throw error;
        for (const line of error.lines) io.stderr(`Skipped: ${line}`);
      }
    }
    if (reports.length === 0) throw new NothingReadable(['None of the exports could be read.']);
    // parseArgs allows --each with the batch formats only.
    output = renderBatch(command.format as 'json' | 'csv', reports);
  } else {
    const sources = command.paths.length === 0 ? [sampleSource()] : command.paths.map(pathSource);
    output = await renderOne(await analyzeOne(sources, command, io), command, io);
  }
  if (command.format === 'pdf') {
    const out = command.out!;
    const engine = await writePdf(output, command.paper, out, (bytes) => writeFile(out, bytes), bundledModule('../electron/pdfCli.cjs'));
    io.stderr(`Wrote ${out} (pdf, ${command.paper === 'letter' ? 'Letter' : 'A4'}, redaction: ${command.redact}; printed by ${engine}).`);
  } else if (command.out) {
    await writeFile(command.out, output);
    io.stderr(`Wrote ${command.out} (${command.format}, redaction: ${command.redact}).`);
  } else {
    io.stdout(output);
  }
}
