// Runtime: Node. `analyze`: read the export(s), apply the policy, render the report.

import { writeFile } from 'node:fs/promises';
import { buildAnalysis } from '../../shared/analysis/buildAnalysis';
import type { ExportInput } from '../../shared/archive/types';
import { InputError } from '../../shared/archive/inputError';
import { buildReportJson } from '../../shared/report/reportJson';
import { scanExport, ExportUnreadableError } from '../../shared/scan/scanExport';
import { sampleInput } from '../../shared/sample';
import { nodeCrc32, nodeInflater } from '../platform/nodeInflater';
import { nodeTextDecoder } from '../platform/nodeTextDecoder';
import { threadedExecutor } from '../platform/threadedExecutor';
import { readInput } from '../platform/readInputs';
import type { Command } from './parseArgs';
import { bundledModule } from '../platform/bundledModule';
import { writePdf } from './pdfPrinter';
import { renderReport, type AnalyzedExport, type ChartRenderer } from './renderReport';

type AnalyzeCommand = Extract<Command, { kind: 'analyze' }>;

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly now: () => Date;
  /** Renders the report's charts (React, recharts, jsdom: loaded only for html and pdf). */
  readonly renderCharts: ChartRenderer;
}

/** Exit status 1, with one line per input that says what is wrong. */
export class NothingReadable extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
  }
}

async function readInputs(paths: readonly string[], io: CliIo): Promise<ExportInput[]> {
  if (paths.length === 0) return [await sampleInput()];
  const inputs: ExportInput[] = [];
  const failures: string[] = [];
  for (const path of paths) {
    try {
      inputs.push(await readInput(path));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failures.push(error.message);
    }
  }
  if (inputs.length === 0) throw new NothingReadable(failures);
  for (const failure of failures) io.stderr(`Skipped: ${failure}`);
  return inputs;
}

async function analyzeOne(inputs: ExportInput[], command: AnalyzeCommand, io: CliIo): Promise<AnalyzedExport> {
  const now = io.now();
  let scan;
  try {
    const workerScript = bundledModule('fileWorker.cjs');
    scan = await scanExport(inputs, {
      inflate: nodeInflater,
      crc32: nodeCrc32,
      decoder: nodeTextDecoder,
      ...(workerScript ? { executor: threadedExecutor(workerScript) } : {}),
      now,
      collectItems: command.redact !== 'counts',
    });
  } catch (error) {
    if (error instanceof ExportUnreadableError) throw new NothingReadable(error.errors.map((e) => e.message));
    throw error;
  }
  const analysis = buildAnalysis(scan, {
    region: command.region,
    optedOut: command.optedOut,
    asOf: command.asOf ?? now.toISOString().slice(0, 10),
  });
  return { report: buildReportJson(scan, analysis, command.redact), analysis };
}



export async function runAnalyze(command: AnalyzeCommand, io: CliIo): Promise<void> {
  const done: AnalyzedExport[] = [];
  if (command.each) {
    for (const path of command.paths) {
      try {
        done.push(await analyzeOne(await readInputs([path], io), command, io));
      } catch (error) {
        if (!(error instanceof NothingReadable)) throw error;
        for (const line of error.lines) io.stderr(`Skipped: ${line}`);
      }
    }
    if (done.length === 0) throw new NothingReadable(['None of the exports could be read.']);
  } else {
    done.push(await analyzeOne(await readInputs(command.paths, io), command, io));
  }
  const today = io.now().toISOString().slice(0, 10);
  const output = await renderReport(done, command, io.renderCharts, today);
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
