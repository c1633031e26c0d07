// Runtime: Electron main, as its own entry: `electron dist/electron/pdfCli.cjs --out report.pdf
// --paper a4 < report.html`. Lets the command line make PDFs where only Electron is installed,
// with the same locked-down printer the app uses. Shows no window; exits 0, 1 (failed) or 2 (usage).

import { writeFile } from 'node:fs/promises';
import { app, protocol } from 'electron';
import { PRIVILEGED_SCHEMES } from './appScheme';
import { hardenSession } from './hardenSession';
import { guardWebContents } from './navigationGuard';
import { parsePdfCliArgs } from './pdfCliArgs';
import { renderPdf } from './renderPdf';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

function fail(message: string, code: number): void {
  process.stderr.write(`${message}\n`);
  app.exit(code);
}

protocol.registerSchemesAsPrivileged(PRIVILEGED_SCHEMES);
app.enableSandbox();
app.on('session-created', hardenSession);
app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
// The hidden printing window closing must not end the program before the PDF is written.
app.on('window-all-closed', () => undefined);

const args = parsePdfCliArgs(process.argv.slice(2));
if (!args.ok) {
  process.stderr.write(`${args.message}\n`);
  process.exit(2);
} else {
  const html = readStdin();
  void app.whenReady().then(async () => {
    try {
      const text = await html;
      if (text.trim() === '') return fail('No HTML arrived on standard input.', 2);
      await writeFile(args.out, await renderPdf(text, args.paper));
      app.exit(0);
    } catch (error) {
      fail(`The PDF could not be made: ${error instanceof Error ? error.message : String(error)}`, 1);
    }
  });
}
