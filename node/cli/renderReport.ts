// Runtime: Node. A report (or, with --each, several) in the format asked for.

import { renderMarkdown } from '../../shared/report/markdown';
import type { ReportJson } from '../../shared/report/reportJson';
import type { Command } from './parseArgs';
import { UsageError } from './parseArgs';

type AnalyzeCommand = Extract<Command, { kind: 'analyze' }>;

export async function renderReport(reports: readonly ReportJson[], command: AnalyzeCommand): Promise<string | Uint8Array> {
  const [first] = reports;
  switch (command.format) {
    case 'json':
      return `${JSON.stringify(command.each ? reports : first, null, 2)}\n`;
    case 'md':
      return renderMarkdown(first!);
    default:
      throw new UsageError(`--format ${command.format} is not available yet.`);
  }
}
