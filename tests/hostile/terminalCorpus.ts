// Hostile corpus: text that drives a terminal. Escape sequences that clear the screen (ESC [2J),
// reset it (ESC c), set the window title (OSC 0), make a link (OSC 8), the 8-bit CSI (U+009B), a
// carriage return that overwrites the line, and a right-to-left override, in entry names,
// header cells and posts, and in the name of an input that is not a zip. Printed by the command
// line, every one must show as text (`\x1b`, `\u202e`), never act.

import Papa from 'papaparse';
import { csvText, generateExport, zipExport, type GeneratedExport } from '../../shared/sample';

export const TERMINAL_SEQUENCES: readonly string[] = [
  '\u001b[2J\u001b[H',
  '\u001bc',
  '\u001b]0;you have been pwned\u0007',
  '\u001b]8;;https://attacker.example/\u001b\\click me\u001b]8;;\u001b\\',
  '\u009b31m',
  'overwritten\rFAKE',
  'gnp.exe\u202e',
];

/** Every character a terminal would act on: C0 but tab and line feed, DEL, C1, bidi controls. */
export const ACTING_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

const encoder = new TextEncoder();

export interface TerminalCase {
  readonly exp: GeneratedExport;
  readonly zipName: string;
  readonly zip: Uint8Array;
  /** A file that is not a zip, named with escape sequences. */
  readonly notZip: { readonly name: string; readonly bytes: Uint8Array };
}

export async function terminalCase(): Promise<TerminalCase> {
  const base = generateExport({ era: 2026, seed: 11 });
  const files = base.files.map((file) => {
    if (file.path === 'Skills.csv') {
      const [header, ...rows] = Papa.parse<string[]>(new TextDecoder().decode(file.bytes), { skipEmptyLines: true }).data;
      return { path: file.path, bytes: encoder.encode(csvText([...header!, ...TERMINAL_SEQUENCES], rows.map((r) => [...r, ...TERMINAL_SEQUENCES]))) };
    }
    if (file.path.startsWith('Shares_')) {
      const [header, ...rows] = Papa.parse<string[]>(new TextDecoder().decode(file.bytes), { skipEmptyLines: true }).data;
      const posts = TERMINAL_SEQUENCES.map((s) => ['2026-08-20 10:00:00', 'https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7', `A post ${s} with a sequence`, '', '', 'PUBLIC']);
      return { path: file.path, bytes: encoder.encode(csvText(header!, [...rows, ...posts])) };
    }
    return file;
  });
  const named = TERMINAL_SEQUENCES.map((s, i) => ({ path: `notes ${i} ${s}.csv`, bytes: encoder.encode(`Note\n${s}\n`) }));
  const exp = { ...base, files: [...files, ...named] };
  return {
    exp,
    zipName: base.name,
    zip: await zipExport(exp),
    notZip: { name: `holiday \u001b[2J\u001b]0;title\u0007 \u202eparc.zip`, bytes: encoder.encode('not a zip at all') },
  };
}
