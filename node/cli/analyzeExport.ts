// Runtime: Node (the main thread, or a batch's export worker). One export through the shared
// pipeline to its report model, with the lines the member hears on stderr; an export that cannot
// be read at all is a NothingReadable with its sentences.

import type { Analysis } from '../../shared/analysis/buildAnalysis';
import type { InputSource } from '../../shared/archive/types';
import { describeFailure } from '../../shared/pipeline/failures';
import { runAnalysis } from '../../shared/pipeline/runAnalysis';
import { buildReportJson, isInvented, type ReportJson } from '../../shared/report/reportJson';
import { shownInputMessage, shownInputName } from '../../shared/report/shownNames';
import { SAMPLE_LABEL } from '../../shared/report/verdict';
import { DifferentMembersError, ExportUnreadableError } from '../../shared/scan/scanExport';
import { differentMembersMessage } from '../../shared/scan/sameMember';
import { itemsView } from '../../shared/items/packedItems';
import type { AnalysisPlatform } from '../../shared/pipeline/runAnalysis';
import type { Command } from './parseArgs';

export type AnalyzeCommand = Extract<Command, { kind: 'analyze' }>;

/** Exit status 1, with one line per input that says what is wrong. */
export class NothingReadable extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
  }
}

export interface AnalyzedExport {
  readonly report: ReportJson;
  readonly analysis: Analysis;
}

/** Where one analysis says things and learns the time (the terminal, or a worker's message). */
export interface ExportIo {
  readonly stderr: (text: string) => void;
  readonly now: () => Date;
}

/** Said once after messages that name an input by its label. */
export const LABELS_HINT = 'At --redact counts inputs are named by their kind and place on the command line ([zip 1], [folder 1] or, when its kind is unknown, [input 1] is the first path); --redact full names them.';

/** An input named as a report at this redaction names it ("[input 2]" at counts: its place on the command line). */
function shownSource(name: string, sources: readonly InputSource[], command: AnalyzeCommand, firstInput: number): string {
  const index = Math.max(0, sources.findIndex((source) => source.name === name));
  return shownInputName(name, 'unknown', firstInput + index, command.redact);
}

/** `firstInput`: where this export's inputs start among the paths given (--each numbers across them). */
export async function analyzeOne(sources: readonly InputSource[], command: AnalyzeCommand, io: ExportIo, platform: AnalysisPlatform, firstInput = 0): Promise<AnalyzedExport> {
  const now = io.now();
  const asOf = command.asOf ?? now.toISOString().slice(0, 10);
  try {
    const { scan, items, analysis } = await runAnalysis(sources, {
      settings: { region: command.region, optedOut: command.optedOut === 'today' ? asOf : command.optedOut, adultFrom: command.adultFrom },
      asOf,
      collectItems: command.redact !== 'counts',
      platform,
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
