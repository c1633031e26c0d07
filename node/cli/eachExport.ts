// Runtime: Node (the main thread, or a batch's export worker). One export of a batch (`--each`):
// analyzed, and written as its record in the batch's format. Only that text (and the lines for
// stderr) leaves: the scan, items and report end here.

import type { AnalysisPlatform } from '../../shared/pipeline/runAnalysis';
import { batchDocument } from '../../shared/report/renderDocument';
import type { BatchFormat } from '../../shared/report/reportFormats';
import { pathSource } from '../platform/readInputs';
import { analyzeOne, LABELS_HINT, NothingReadable, type AnalyzeCommand } from './analyzeExport';

export interface EachTask {
  /** The export's place among the paths given, from 0. */
  readonly index: number;
  readonly path: string;
  /** The time of the analysis, as the main thread's clock gives it (ISO). */
  readonly now: string;
}

export interface EachOutcome {
  readonly index: number;
  /** Lines for stderr, in order (a skipped input, the labels' hint). */
  readonly stderr: readonly string[];
  /** The export's record in the batch's format; null: it could not be read (skipped). */
  readonly record: string | null;
}

export async function analyzeForBatch(task: EachTask, command: AnalyzeCommand, platform: AnalysisPlatform): Promise<EachOutcome> {
  const stderr: string[] = [];
  const io = { stderr: (text: string) => void stderr.push(text), now: () => new Date(task.now) };
  try {
    const { report } = await analyzeOne([pathSource(task.path)], command, io, platform, task.index);
    // parseArgs allows --each with the batch formats only.
    return { index: task.index, stderr, record: batchDocument(command.format as BatchFormat).record(report, task.index) };
  } catch (error) {
    if (!(error instanceof NothingReadable)) throw error;
    for (const line of error.lines) stderr.push(line === LABELS_HINT ? line : `Skipped: ${line}`);
    return { index: task.index, stderr, record: null };
  }
}
