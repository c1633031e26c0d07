// Hostile corpus: exports whose every position holds one of the member's personal values (the
// generator's list of sensitive values: names, e-mail addresses, IP addresses, post texts), so a
// report at "counts" that shows anything from the member's data is caught. Positions: a header
// cell, data cells (the insight columns too: languages, locales, Duolingo, reaction types,
// folders, login types), a file name, an article's title-in-the-name, a folder name, the zip's
// name, a re-zip top folder, the name of an input that cannot be read, Connections.csv without
// its header line (its first row read as the header) or with CR-only line endings.

import Papa from 'papaparse';
import { csvText, generateExport, zipExport, type Era, type GeneratedExport, type GeneratedFile } from '../../shared/sample';

export interface LeakCaseOptions {
  readonly era: Era;
  readonly seed: number;
  /** Which sensitive value goes where: indexes into the export's list, taken modulo its length. */
  readonly picks: readonly number[];
  readonly shape: 'zip' | 'rezipped' | 'folder';
  /** Connections.csv loses its header (and preamble), or its line endings become CR only. */
  readonly connections: 'headerless' | 'cr-only';
}

export interface LeakCase {
  /** The export as files, with the planted ones. */
  readonly exp: GeneratedExport;
  /** What the member named the zip, or the folder (on disk, the folder is named so too). */
  readonly inputName: string;
  readonly topFolder: string | null;
  /** A second input that cannot be read (a PNG given as an export), named with a personal value. */
  readonly unreadableInput: { readonly name: string; readonly bytes: Uint8Array };
  /** A file in the member's folder; a folder input loses it while it is read. */
  readonly vanishingPath: string;
  /** Every value that must appear in no report at "counts": the generator's list and what was planted. */
  readonly sensitive: readonly string[];
}

const encoder = new TextEncoder();

function textOf(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

function rowsOf(file: GeneratedFile): string[][] {
  return Papa.parse<string[]>(textOf(file.bytes), { skipEmptyLines: true }).data;
}

/** The file rewritten as UTF-8 CSV, its header (the first row naming `anchor`) and rows changed. */
function rewrite(file: GeneratedFile, anchor: string, change: (header: string[], rows: string[][]) => { header: string[]; rows: string[][] }): GeneratedFile {
  const all = rowsOf(file);
  const start = all.findIndex((row) => row.some((cell) => cell.trim().toLowerCase() === anchor.toLowerCase()));
  const { header, rows } = change(all[start]!, all.slice(start + 1));
  return { path: file.path, bytes: encoder.encode(csvText(header, rows)) };
}

/** Every data cell of the column named `column` set to `value`. */
function fillColumn(file: GeneratedFile, column: string, value: string): GeneratedFile {
  return rewrite(file, column, (header, rows) => {
    const index = header.findIndex((h) => h.trim().toLowerCase() === column.toLowerCase());
    return { header, rows: rows.map((row) => row.map((cell, i) => (i === index ? value : cell))) };
  });
}

/** Values that can name a file or folder on any system: no separators, not too long. */
function nameable(values: readonly string[]): string[] {
  return values.filter((v) => !/[/\\:*?"<>|\n\r\t]/.test(v) && v.length <= 80 && v.trim() === v && !v.endsWith('.'));
}

export function leakCase(options: LeakCaseOptions): LeakCase {
  const base = generateExport({ era: options.era, seed: options.seed });
  const values = base.expected.sensitive;
  const names = nameable(values);
  if (names.length < 4) throw new Error(`seed ${options.seed} gives too few personal values that can name a file`);
  let next = 0;
  const pick = () => values[options.picks[next++ % options.picks.length]! % values.length]!;
  const pickName = () => names[options.picks[next++ % options.picks.length]! % names.length]!;

  const files = new Map(base.files.map((f) => [f.path, f]));
  const change = (test: (path: string) => boolean, edit: (file: GeneratedFile) => GeneratedFile) => {
    for (const [path, file] of files) if (test(path)) files.set(path, edit(file));
  };
  const isFile = (name: string) => (path: string) => path.replace(/_\d+\.csv$/, '.csv').toLowerCase() === name.toLowerCase();

  // A header cell, in a file the catalog knows.
  change(isFile('Skills.csv'), (f) => rewrite(f, 'Name', (header, rows) => ({ header: [...header, pick()], rows: rows.map((r) => [...r, pick()]) })));
  // The insights' columns, whose values a report could list.
  change(isFile('Languages.csv'), (f) => fillColumn(fillColumn(f, 'Name', pick()), 'Proficiency', pick()));
  change(isFile('Reactions.csv'), (f) => fillColumn(f, 'Type', pick()));
  change(isFile('Logins.csv'), (f) => fillColumn(f, 'Login Type', pick()));
  change((p) => p.toLowerCase() === 'messages.csv', (f) => fillColumn(f, rowsOf(f).some((r) => r.includes('FOLDER')) ? 'FOLDER' : 'Folder', pick()));
  change(isFile('Ad_Targeting.csv'), (f) => {
    const column = rowsOf(f).some((r) => r.includes('interfaceLocale')) ? 'interfaceLocale' : 'Interface Locales';
    return rowsOf(f).some((r) => r.includes(column)) ? fillColumn(f, column, pick()) : f;
  });
  change(isFile('Duolingo.csv'), (f) => fillColumn(fillColumn(fillColumn(f, 'Language', pick()), 'Score', pick()), 'Proficiency Level', pick()));
  // Connections.csv as old spreadsheets and hand edits leave it: its first row of names, links
  // and addresses taken for the header.
  change(isFile('Connections.csv'), (f) => {
    if (options.connections === 'cr-only') return { path: f.path, bytes: encoder.encode(textOf(f.bytes).replace(/\r?\n/g, '\r')) };
    const rows = rowsOf(f);
    const header = rows.findIndex((r) => r.includes('First Name'));
    return { path: f.path, bytes: encoder.encode(csvText(rows[header + 1]!, rows.slice(header + 2))) };
  });

  // Names: a file the catalog does not know (its header and cells personal too), an article
  // titled in its name, a folder the member made, holding a file LinkedIn writes and one it does not.
  const folder = pickName();
  const invitations = files.get([...files.keys()].find(isFile('Invitations.csv'))!)!;
  files.delete(invitations.path);
  const planted: GeneratedFile[] = [
    { path: `${pickName()}.csv`, bytes: encoder.encode(csvText([pick(), 'Date'], [[pick(), '2025-03-01']])) },
    { path: `Articles/Articles/${pickName()}.html`, bytes: encoder.encode(`<html><head><title>${pickName()}</title></head><body><p>Created on 2025-03-01 10:00</p><p>${pick()}</p></body></html>`) },
    { path: `${folder}/${pickName()}.txt`, bytes: encoder.encode(`${pick()}\n`) },
    { path: `${folder}/Invitations.csv`, bytes: invitations.bytes },
    { path: `${folder}/${pickName()} notes.csv`, bytes: encoder.encode(csvText(['Note'], [[pick()]])) },
  ];
  for (const file of planted) files.set(file.path, file);

  const exp: GeneratedExport = { ...base, files: [...files.values()] };
  const vanishingPath = planted.at(-1)!.path;
  const inputName = options.shape === 'folder' ? pickName() : `${pickName()}.zip`;
  return {
    exp,
    inputName,
    topFolder: options.shape === 'rezipped' ? pickName() : null,
    unreadableInput: { name: `${pickName()}.png`, bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]) },
    vanishingPath,
    sensitive: values,
  };
}

/** The case's export as its zip bytes (under its top folder when re-zipped). */
export function leakZip(leak: LeakCase): Promise<Uint8Array> {
  return zipExport(leak.exp, leak.topFolder ? { topFolder: leak.topFolder } : {});
}
