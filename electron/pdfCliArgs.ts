// Runtime: any. The PDF command line's arguments: `--out file.pdf [--paper a4|letter]`.

import type { Paper } from './renderPdf';

export type PdfCliArgs = { readonly ok: true; readonly out: string; readonly paper: Paper } | { readonly ok: false; readonly message: string };

export const PDF_CLI_USAGE = 'Usage: electron dist/electron/pdfCli.cjs --out report.pdf [--paper a4|letter] < report.html';

/** Reads the arguments after the script's own path (Chromium's own switches are skipped). */
export function parsePdfCliArgs(args: readonly string[]): PdfCliArgs {
  let out: string | null = null;
  let paper: Paper = 'a4';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (name === '--out' || name === '--paper') {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') return { ok: false, message: `${name} needs a value. ${PDF_CLI_USAGE}` };
      if (name === '--out') out = value;
      else if (value === 'a4' || value === 'letter') paper = value;
      else return { ok: false, message: `--paper is a4 or letter, not "${value}".` };
    }
  }
  if (out === null) return { ok: false, message: `Where should the PDF go? ${PDF_CLI_USAGE}` };
  return { ok: true, out, paper };
}
