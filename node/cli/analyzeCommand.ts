// Runtime: Node. `analyze`: read the export(s) through the shared pipeline, render the report in
// the format asked for, print it or write it.

import type { Analysis } from '../../shared/analysis/buildAnalysis';
import type { InputSource } from '../../shared/archive/types';
import { describeFailure } from '../../shared/pipeline/failures';
import { runAnalysis } from '../../shared/pipeline/runAnalysis';
import type { ReportChartInputs } from '../../charts/reportCharts';
import type { ReportCharts } from '../../shared/report/htmlReport';
import { objectionDraft } from '../../shared/report/objectionLetter';
import { renderBatch, renderDocument } from '../../shared/report/renderDocument';
import { needsCharts } from '../../shared/report/reportFormats';
import { buildReportJson, isInvented, type ReportJson } from '../../shared/report/reportJson';
import { shownInputMessage, shownInputName } from '../../shared/report/shownNames';
import { SAMPLE_LABEL } from '../../shared/report/verdict';
import { DifferentMembersError, ExportUnreadableError } from '../../shared/scan/scanExport';
import { differentMembersMessage } from '../../shared/scan/sameMember';
import { itemsView } from '../../shared/items/packedItems';
import { sampleSource } from '../../shared/sample';
import { bundledModule } from '../platform/bundledModule';
import { nodePlatform } from '../platform/nodePlatform';
import { pathSource } from '../platform/readInputs';
import { prepareOutput, type PendingOutput } from '../platform/reportOutput';
import type { Command } from './parseArgs';
import { writePdf } from './pdfPrinter';

type AnalyzeCommand = Extract<Command, { kind: 'analyze' }>;

/** Draws the report's charts (React and recharts in jsdom: loaded only for html and pdf). */
export type ChartRenderer = (analysis: Analysis, inputs?: ReportChartInputs) => Promise<ReportCharts>;

export interface CliIo {
  /** Resolves once written; rejects with an OutputError when standard output fails. */
  readonly stdout: (text: string) => void | Promise<void>;
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

/** Said once after messages that name an input by its label. */
export const LABELS_HINT = 'At --redact counts inputs are named by their place on the command line ([input 1] is the first path); --redact full names them.';

/** An input named as a report at this redaction names it ("[input 2]" at counts: its place on the command line). */
function shownSource(name: string, sources: readonly InputSource[], command: AnalyzeCommand, firstInput: number): string {
  const index = Math.max(0, sources.findIndex((source) => source.name === name));
  return shownInputName(name, 'unknown', firstInput + index, command.redact);
}

/** `firstInput`: where this export's inputs start among the paths given (--each numbers across them). */
async function analyzeOne(sources: readonly InputSource[], command: AnalyzeCommand, io: CliIo, firstInput = 0): Promise<AnalyzedExport> {
  const now = io.now();
  const asOf = command.asOf ?? now.toISOString().slice(0, 10);
  try {
    const { scan, items, analysis } = await runAnalysis(sources, {
      settings: { region: command.region, optedOut: command.optedOut === 'today' ? asOf : command.optedOut, adultFrom: command.adultFrom },
      asOf,
      collectItems: command.redact !== 'counts',
      platform: nodePlatform(),
      limits: command.limits,
      now,
    });
    const report = buildReportJson(scan, analysis, command.redact, items && itemsView(items), firstInput);
    // An input that could not be read is skipped; the member hears which and why, named as the report names it.
    const skipped = report.inputs.flatMap((input, i) => (input.error ? [{ line: `Skipped: ${input.error.message}`, labelled: input.name !== scan.inputs[i]!.name }] : []));
    for (const { line } of skipped) io.stderr(line);
    if (skipped.some((s) => s.labelled)) io.stderr(LABELS_HINT);
    // The sample says what it is on the terminal too, whatever the format (stdout may be a file).
    if (isInvented(scan.inputs)) io.stderr(`No export given: this is the built-in sample. ${SAMPLE_LABEL}.`);
    return { report, analysis };
  } catch (error) {
    if (error instanceof DifferentMembersError) {
      const [first, second] = error.inputs.map((name) => shownSource(name, sources, command, firstInput));
      const line = differentMembersMessage(first!, second!, error.by);
      throw new NothingReadable(first !== error.inputs[0] || second !== error.inputs[1] ? [line, LABELS_HINT] : [line]);
    }
    if (error instanceof ExportUnreadableError) {
      const lines = error.errors.map((e) => shownInputMessage(e.message, e.input, shownSource(e.input, sources, command, firstInput)));
      throw new NothingReadable(lines.some((line, i) => !line.startsWith(error.errors[i]!.input)) ? [...lines, LABELS_HINT] : lines);
    }
    const failure = describeFailure(error);
    if (failure.kind === 'failed' && !failure.unexpected) throw new NothingReadable(failure.messages);
    throw error;
  }
}

async function renderOne(done: AnalyzedExport, command: AnalyzeCommand, io: CliIo): Promise<string> {
  const objection = command.objection ? objectionDraft(done.report, { region: command.region, grounds: '', signature: '', date: io.now().toISOString().slice(0, 10) }) : null;
  const charts = needsCharts(command.format) ? await io.renderCharts(done.analysis, { loginsByWeekdayHour: done.report.insights.logins.weekdayHour }) : undefined;
  return renderDocument(command.format, done.report, { charts, objection });
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
  let output: string;
  if (command.each) {
    const reports: ReportJson[] = [];
    for (const [index, path] of command.paths.entries()) {
      try {
        reports.push((await analyzeOne([pathSource(path)], command, io, index)).report);
      } catch (error) {
        if (!(error instanceof NothingReadable)) throw error;
        for (const line of error.lines) io.stderr(line === LABELS_HINT ? line : `Skipped: ${line}`);
      }
    }
    if (reports.length === 0) throw new NothingReadable(['None of the exports could be read.']);
    // parseArgs allows --each with the batch formats only.
    output = renderBatch(command.format as 'json' | 'csv', reports);
  } else {
    const sources = command.paths.length === 0 ? [sampleSource()] : command.paths.map(pathSource);
    output = await renderOne(await analyzeOne(sources, command, io), command, io);
  }
  if (pending === null) {
    await io.stdout(output);
  } else if (command.format === 'pdf') {
    const engine = await writePdf(output, command.paper, pending.path, (bytes) => pending.write(bytes), bundledModule('../electron/pdfCli.cjs'));
    await pending.commit();
    io.stderr(`Wrote ${command.out} (pdf, ${command.paper === 'letter' ? 'Letter' : 'A4'}, redaction: ${command.redact}; printed by ${engine}).`);
  } else {
    await pending.write(output);
    await pending.commit();
    io.stderr(`Wrote ${command.out} (${command.format}, redaction: ${command.redact}).`);
  }
}
