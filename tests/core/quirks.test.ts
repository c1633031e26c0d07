import JSZip from 'jszip';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ExportInput } from '../../shared/archive/types';
import { generateExport } from '../../shared/sample';
import { fileAt, itemTexts, scan, scanWithItems, zipInput } from '../support/scanGenerated';

const encoder = new TextEncoder();
const exp2026 = generateExport({ era: 2026 });

async function zipOf(files: Record<string, string | Uint8Array>, name = 'export.zip'): Promise<ExportInput> {
  const zip = new JSZip();
  for (const [path, content] of Object.entries(files)) zip.file(path, content);
  return { kind: 'zip', name, bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) };
}

function textOf(path: string): string {
  const file = exp2026.files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path}`);
  return new TextDecoder().decode(file.bytes);
}

describe('format quirks', () => {
  it('finds the Connections header after a preamble of any length', async () => {
    const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
    const row = 'Ada,Quill,https://www.linkedin.com/in/ada-q,,Quillfield,Analyst,05 Sep 2026';
    for (const preamble of ['', 'Notes:\n"One paragraph."\n\n', 'Notes:\n"First, long paragraph."\n"Second paragraph."\n\n\n']) {
      const result = await scan([await zipOf({ 'Profile.csv': 'First Name,Last Name\nAda,Quill\n', 'Connections.csv': `${preamble}${header}\n${row}\n${row}\n` })]);
      const file = fileAt(result, 'Connections.csv');
      expect(file.rows).toBe(2);
      expect(file.columns[0]).toBe('First Name');
      expect(file.firstDate).toBe('2026-09-05');
    }
  });

  it('keeps every column of Ad_Targeting, duplicate names included', async () => {
    const result = await scan([await zipInput(exp2026)]);
    const file = fileAt(result, 'Ad_Targeting.csv');
    expect(file.columns).toHaveLength(35);
    expect(file.columns.filter((c) => c === 'Job Titles')).toHaveLength(3);
    expect(file.unknownColumns).toEqual([]);
    expect(file.extraItems).toEqual([{ category: 'language', items: 1 }]);
  });

  it("keeps Learning.csv's trailing empty column without calling it unknown", async () => {
    const result = await scan([await zipInput(exp2026)]);
    const file = fileAt(result, 'Learning.csv');
    expect(file.columns.at(-1)).toBe('');
    expect(file.unknownColumns).toEqual([]);
    expect(file.problems).toEqual([]);
  });

  it('reads \\"-escaped comments into the same text as ""-escaped ones', async () => {
    const read = await scanWithItems([await zipOf({
      'Comments.csv': 'Date,Link,Message\n2026-01-02 10:00:00,x,"She said \\"go\\", so we went"\n2026-01-03 10:00:00,y,"She said ""go"", so we went"\n',
    })]);
    const result = read.scan;
    expect(fileAt(result, 'Comments.csv').rows).toBe(2);
    expect(itemTexts(read)).toEqual(['She said "go", so we went', 'She said "go", so we went']);
    expect(fileAt(result, 'Comments.csv').problems).toEqual([]);
  });

  it("joins a comment's unquoted later lines back into its message: rows, words and dates as the file means them", async () => {
    for (const eol of ['\n', '\r\n']) {
      const lines = [
        'Date,Link,Message',
        '2023-04-02 10:00:00,https://www.linkedin.com/feed/update/urn:li:activity:1,First line of the first',
        '',
        'then, after a blank line, a line with commas',
        '2 more thoughts below',
        '2023-04-01 09:00:00,https://www.linkedin.com/feed/update/urn:li:activity:2,"A quoted one, as usual"',
        '2023-03-30 08:00:00,https://www.linkedin.com/feed/update/urn:li:activity:3,Last one',
        'still the last one',
        '',
      ];
      const read = await scanWithItems([await zipOf({ 'Comments.csv': lines.join(eol) })]);
      const file = fileAt(read.scan, 'Comments.csv');
      expect(file.rows, JSON.stringify(eol)).toBe(3);
      expect(file.problems).toEqual([]);
      expect(file).toMatchObject({ firstDate: '2023-03-30T08:00:00Z', lastDate: '2023-04-02T10:00:00Z', undated: { items: 0 } });
      expect(itemTexts(read)).toEqual([
        // Items keep their text whole (the explorer shows it), with the message's own line breaks.
        'First line of the first\n\nthen, after a blank line, a line with commas\n2 more thoughts below',
        'A quoted one, as usual',
        'Last one\nstill the last one',
      ]);
      expect(file.ownText.words).toBe(5 + 9 + 4 + 5 + 6);
    }
  });

  it('joins no lines where the records do not start with a date', async () => {
    const result = await scan([await zipOf({ 'Comments.csv': 'Link,Date,Message\nx,2023-04-02 10:00:00,one\ntwo\n' })]);
    expect(fileAt(result, 'Comments.csv').rows).toBe(2);
  });

  it('strips the per-line quotes of multi-line ShareCommentary', async () => {
    const commentary = '"First line"\n""\n"Third line, with a comma"';
    const csv = Papa.unparse([['Date', 'ShareLink', 'ShareCommentary', 'SharedUrl', 'MediaUrl', 'Visibility'], ['2026-01-02 10:00:00', 'x', commentary, '', '', 'MEMBER_NETWORK']]);
    const read = await scanWithItems([await zipOf({ 'Shares.csv': csv })]);
    const result = read.scan;
    expect(itemTexts(read)).toEqual(['First line\n\nThird line, with a comma']);
    expect(fileAt(result, 'Shares.csv').ownText.words).toBe(7);
  });

  it('counts header-only files, header plus blank line and "No conversations found" as empty', async () => {
    const result = await scan([await zipOf({
      'Skills.csv': 'Name\n',
      'Causes You Care About.csv': 'Supported Cause\n\n',
      'LearningCoachMessages.csv': 'No conversations found',
      'Profile Summary.csv': 'Profile Summary',
    })]);
    for (const path of ['Skills.csv', 'Causes You Care About.csv', 'LearningCoachMessages.csv', 'Profile Summary.csv']) {
      expect(fileAt(result, path), path).toMatchObject({ rows: 0, status: 'empty' });
    }
    expect(fileAt(result, 'LearningCoachMessages.csv').problems.map((p) => p.code)).toEqual(['placeholder']);
    // The assistant is still listed, with no conversations: the member sees it was looked at.
    expect(result.insights.aiConversations).toEqual([
      { catalogId: 'learning-coach-messages-legacy', conversations: 0, memberTurns: 0, assistantTurns: 0, memberWords: 0, firstDate: null, lastDate: null },
    ]);
    expect(fileAt(result, 'Profile Summary.csv').columns).toEqual(['Profile Summary']);
  });

  it('treats N/A and --- as no date, without calling them unreadable', async () => {
    const result = await scan([await zipOf({
      'Learning.csv': 'Content Title,Content Description,Content Type,Content Last Watched Date (if viewed),Content Completed At (if completed),Content Saved,Notes taken on videos (if taken),\nA,B,Video,N/A,N/A,true,,\nC,D,Video,---,N/A,false,,\nE,F,Video,2025-03-01 10:00 UTC,N/A,false,,\n',
    })]);
    const file = fileAt(result, 'Learning.csv');
    expect(file.rows).toBe(3);
    expect(file.undated.items).toBe(2);
    expect(file.firstDate).toBe('2025-03-01T10:00:00Z');
    expect(file.problems).toEqual([]);
  });

  it('reads headers whatever their case', async () => {
    const result = await scan([await zipOf({ 'Reactions.csv': 'DATE,type,LINK\n2025-01-01 00:00:00,LIKE,x\n' })]);
    expect(fileAt(result, 'Reactions.csv')).toMatchObject({ rows: 1, firstDate: '2025-01-01T00:00:00Z', unknownColumns: [] });
    expect(result.insights.reactionsByType).toEqual([{ label: 'LIKE', count: 1 }]);
  });

  it("tells the member's own messages from others' by the profile name", async () => {
    const result = await scan([await zipInput(exp2026)]);
    const rows = Papa.parse<string[]>(textOf('messages.csv'), { skipEmptyLines: true }).data;
    const from = rows[0]!.indexOf('FROM');
    const sentByMember = rows.slice(1).filter((r) => r[from] === exp2026.expected.memberName).length;
    expect(sentByMember).toBeGreaterThan(0);
    expect(result.insights.messages).toMatchObject({ sent: sentByMember, total: rows.length - 1, memberIdentifiedBy: 'profile-name' });
  });

  it('counts an unknown column and a missing date column as a changed file, still counting its rows', async () => {
    const result = await scan([await zipOf({ 'Comments.csv': 'When,Link,Message,Mood\n2025-01-01,x,hello,happy\n' })]);
    const file = fileAt(result, 'Comments.csv');
    expect(file.rows).toBe(1);
    expect(file.unknownColumns).toEqual(['When', 'Mood']);
    expect(file.problems.map((p) => p.code).sort()).toEqual(['date-column-missing', 'unknown-columns']);
  });
});

describe('limits', () => {
  it('stops an entry past the size cap with a clear problem, and reads the rest', async () => {
    const big = `Date,Type,Link\n${'2025-01-01 00:00:00,LIKE,https://www.linkedin.com/feed/update/urn:li:activity:1\n'.repeat(20_000)}`;
    const result = await scan([await zipOf({ 'Reactions.csv': big, 'Skills.csv': 'Name\nWeaving\n' })], {
      limits: { maxEntryBytes: 256 * 1024 },
    });
    const reactions = fileAt(result, 'Reactions.csv');
    expect(reactions.status).toBe('error');
    expect(reactions.problems.map((p) => p.code)).toContain('entry-too-large');
    expect(reactions.rows).toBeGreaterThan(0);
    expect(fileAt(result, 'Skills.csv')).toMatchObject({ status: 'parsed', rows: 1 });
  });

  it('stops an entry that inflates at a zip-bomb ratio', async () => {
    const zeros = new Uint8Array(16 * 1024 * 1024);
    const result = await scan([await zipOf({ 'Comments.csv': zeros, 'Skills.csv': encoder.encode('Name\nWeaving\n') })]);
    expect(fileAt(result, 'Comments.csv').problems.map((p) => p.code)).toContain('compression-bomb');
    expect(fileAt(result, 'Skills.csv').rows).toBe(1);
  });
});

describe('articles', () => {
  it('reads each article as one item: title, created and published dates, words of the body', async () => {
    const html = (title: string, published: string, body: string) =>
      `<html><head><title>${title}</title></head><body><h1><a href="https://www.linkedin.com/pulse/x">${title}</a></h1>` +
      `<p class="created">Created on 2024-03-05 09:15</p><p class="published">${published}</p><div><p>${body}</p></div></body></html>`;
    const read = await scanWithItems([await zipOf({
      'Articles/Articles/2024-03-05 09_15_00.0-Quiet data.html': html('Quiet data', 'Published on 2024-03-07 18:00', 'Seven words&nbsp;in <b>this</b> article body here.'),
      'Articles/draft.html': html('A draft', 'Not published yet', 'Two words'),
    })]);
    const result = read.scan;
    const published = fileAt(result, 'Articles/Articles/2024-03-05 09_15_00.0-Quiet data.html');
    expect(published).toMatchObject({ catalogId: 'articles', category: 'posts', rows: 1, firstDate: '2024-03-05T09:15:00Z' });
    expect(published.article).toEqual({ title: 'Quiet data', created: '2024-03-05T09:15:00Z', published: '2024-03-07T18:00:00Z', words: 7 });
    expect(fileAt(result, 'Articles/draft.html').article).toMatchObject({ title: 'A draft', published: null, words: 2 });
    expect(itemTexts(read)[0]).toBe('Quiet data — Seven words in this article body here.');
  });
});
