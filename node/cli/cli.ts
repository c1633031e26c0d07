// Runtime: Node. The command line: `linkedin-ai-exposure analyze <zip|folder>...`.
// Exit 0 on success, 1 when no input could be read at all, 2 for a usage error. Never a stack trace.

import { APP_VERSION } from '../../shared/appInfo';
import { showControls } from '../../shared/text/controlCharacters';
import { reportJsonSchema } from '../../shared/report/reportSchema';
import { sampleExport, zipExport } from '../../shared/sample';
import { runAnalyze, type CliIo } from './analyzeCommand';
import { NothingReadable } from './analyzeExport';
import { USAGE, UsageError, parseCommand } from './parseArgs';
import { NoPdfEngine } from './pdfPrinter';
import { OutputError, writeOutput } from '../platform/reportOutput';

export async function main(argv: readonly string[], terminal: CliIo): Promise<number> {
  // Messages may name files and columns of the export: their control characters (line breaks
  // too: a message is one line) are shown, not run.
  const io: CliIo = { ...terminal, stderr: (text) => terminal.stderr(showControls(text)) };
  try {
    const command = parseCommand(argv);
    switch (command.kind) {
      case 'help':
        await io.stdout(`${USAGE}\n`);
        return 0;
      case 'version':
        await io.stdout(`${APP_VERSION}\n`);
        return 0;
      case 'schema':
        await io.stdout(`${JSON.stringify(reportJsonSchema, null, 2)}\n`);
        return 0;
      case 'sample': {
        const sample = sampleExport();
        await writeOutput(command.out, await zipExport(sample));
        io.stderr(`Wrote ${command.out}: an invented ${sample.era} export for trying the app.`);
        return 0;
      }
      case 'analyze':
        await runAnalyze(command, io);
        return 0;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(error.message);
      io.stderr('Run "linkedin-ai-exposure --help" for usage.');
      return 2;
    }
    if (error instanceof NothingReadable) {
      for (const line of error.lines) io.stderr(line);
      return 1;
    }
    if (error instanceof NoPdfEngine || error instanceof OutputError) {
      io.stderr(error.message);
      return 1;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`Unexpected error: ${detail}. Please report it, with the command you ran (not your export).`);
    return 1;
  }
}
