// Text that tries to act (HTML, script, javascript: links, a right-to-left override, spreadsheet
// formulas) in posts, comments, messages, column names and file names: counted as plain text by
// the analysis, and shown as text by the command line's JSON (exact, JSON-escaped) and Markdown
// (escaped: no raw HTML, no live link).

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zipExport } from '../../shared/sample';
import { HOSTILE_COLUMNS, HOSTILE_FILE_NAMES, HOSTILE_TEXTS, hostileTextExport, pngInput } from './corpus';
import { runCli } from '../support/runCli';
import { itemTexts, scan, scanWithItems } from '../support/scanGenerated';
import { expectOthersIntact, inTempDir } from './hostileSupport';

async function zipped() {
  const exp = hostileTextExport();
  return { exp, input: { kind: 'zip' as const, name: exp.name, bytes: await zipExport(exp) } };
}

/** Runs the command line on the hostile export written to a temporary folder. */
async function analyzeHostile(args: string[], extraFiles: { name: string; bytes: Uint8Array }[] = []) {
  const { exp, input } = await zipped();
  return inTempDir(async (dir) => {
    const paths = [join(dir, exp.name)];
    await writeFile(paths[0]!, input.bytes);
    for (const extra of extraFiles) {
      paths.push(join(dir, extra.name));
      await writeFile(paths.at(-1)!, extra.bytes);
    }
    return runCli(['analyze', ...paths, ...args]);
  });
}

/** `<` not preceded by a backslash: HTML a Markdown viewer would render. */
const RAW_HTML = /(?<!\\)</;
/** `](` not escaped: a Markdown link a viewer would make live. */
const RAW_LINK = /(?<!\\)\]\(/;

/** Markdown's text as written: control characters shown as `\u202e` decoded, backslash escapes removed. */
function unescapeMarkdown(markdown: string): string {
  return markdown.replace(/\\u([0-9a-f]{4})|\\x([0-9a-f]{2})|\\(.)/g, (_, u?: string, x?: string, c?: string) => (u ?? x ? String.fromCharCode(parseInt((u ?? x)!, 16)) : c!));
}

describe('hostile text in the analysis', () => {
  it('every post, comment and message is counted, and kept word for word', async () => {
    const { exp, input } = await zipped();
    const read = await scanWithItems([input]);
    const result = read.scan;
    expectOthersIntact(result, exp, '');
    const textsOf = (prefix: string) => itemTexts(read, (file) => file.path.startsWith(prefix));
    for (const text of HOSTILE_TEXTS) {
      expect(textsOf('Shares_'), text).toContain(text);
      expect(textsOf('Comments_'), text).toContain(text);
    }
    // Message bodies may be HTML (LinkedIn's own editor): their tags are dropped before words are
    // counted, so script and image tags leave only their text; everything else is kept as written.
    const messageTexts = textsOf('messages.csv');
    for (const text of HOSTILE_TEXTS.filter((t) => !t.includes('<'))) expect(messageTexts, text).toContain(text);
    expect(messageTexts).toEqual(expect.arrayContaining(['alert("posted")  hello', 'look at this']));
    expect(messageTexts.some((t) => t.includes('<'))).toBe(false);
    const messages = result.files.find((f) => f.path === 'messages.csv')!;
    expect(messages.rows).toBe(exp.expected.files.find((f) => f.path === 'messages.csv')!.rows);
    expect(result.insights.messages?.sent).toBe(messages.ownText.items);
  });

  it('hostile column names are listed as unknown, exactly as written', async () => {
    const { input } = await zipped();
    const result = await scan([input]);
    const skills = result.files.find((f) => f.path === 'Skills.csv')!;
    expect(skills.unknownColumns).toEqual(HOSTILE_COLUMNS);
    expect(skills.status).toBe('parsed');
    const reactions = result.files.find((f) => f.path.startsWith('Reactions_'))!;
    expect(reactions.unknownColumns).toEqual([HOSTILE_COLUMNS[0]]);
    expect(reactions.problems.map((p) => p.code)).toEqual(['unknown-columns', 'date-column-missing']);
  });

  it('hostile file names are listed, exactly as written, and not read', async () => {
    const { input } = await zipped();
    const result = await scan([input]);
    for (const name of HOSTILE_FILE_NAMES) {
      expect(result.files.find((f) => f.path === name)?.status, name).toBe('unknown');
    }
  });
});

describe('hostile text on the command line', () => {
  it('JSON: every text, column and file name comes back exactly (properly escaped JSON)', async () => {
    const run = await analyzeHostile(['--format', 'json', '--redact', 'full']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      excerpts: { text: string; category: string }[];
      files: { path: string; columns: string[]; unknownColumns: string[] }[];
    };
    for (const text of HOSTILE_TEXTS) {
      expect(report.excerpts.filter((e) => e.text === text).map((e) => e.category).sort(), text).toEqual(['posts', 'responses']);
    }
    expect(report.files.find((f) => f.path === 'Skills.csv')?.unknownColumns).toEqual(HOSTILE_COLUMNS);
    for (const name of HOSTILE_FILE_NAMES) expect(report.files.map((f) => f.path)).toContain(name);
    // One JSON document, nothing around it: the quotes and backslashes inside the texts are escaped.
    expect(run.stdout.trim().startsWith('{') && run.stdout.trim().endsWith('}')).toBe(true);
  });

  it('Markdown: excerpts and file names are escaped, so no HTML and no link is live', async () => {
    const run = await analyzeHostile(['--redact', 'full']);
    expect(run.code).toBe(0);
    const excerpts = run.stdout.slice(run.stdout.indexOf('## Excerpts'), run.stdout.indexOf('## Opting out'));
    expect(excerpts).not.toMatch(RAW_HTML);
    expect(excerpts).not.toMatch(RAW_LINK);
    // Bidirectional controls are shown as code points (`\u202e`), never left to reorder the line.
    expect(excerpts).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    // Unescaped, the text is all there: shown, not dropped.
    const shown = unescapeMarkdown(excerpts);
    for (const text of HOSTILE_TEXTS) expect(shown, text).toContain(text);
    // The names of every file, as the "Every file" table lists them: `| n | name | input | outcome |…`.
    const listedNames = run.stdout
      .split('\n')
      .flatMap((line) => /^\| \d+ \| (.+?) \| /.exec(line)?.slice(1, 2) ?? []);
    for (const name of listedNames) {
      expect(name).not.toMatch(RAW_HTML);
      expect(name).not.toMatch(RAW_LINK);
    }
    const shownNames = listedNames.map(unescapeMarkdown);
    for (const name of HOSTILE_FILE_NAMES) expect(shownNames, name).toContain(name);
  });

  // Problem and input-error messages quote column and file names from the export: escaped too.
  it('Markdown: problem messages that quote a hostile column name are escaped too', async () => {
    const run = await analyzeHostile(['--redact', 'full']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('date column');
    expect(run.stdout).not.toMatch(RAW_HTML);
  });

  it('Markdown: an unreadable input with a hostile file name is named escaped', async () => {
    const hostileName = '<img src=x onerror=alert(1)>.zip';
    const run = await analyzeHostile(['--redact', 'full'], [{ name: hostileName, bytes: pngInput().bytes }]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('onerror');
    expect(run.stdout).not.toMatch(RAW_HTML);
  });
});
