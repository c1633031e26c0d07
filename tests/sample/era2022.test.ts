import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { generateExport } from '../../shared/sample';
import { column, fileAt, isUtf16, parseCsv, stemOf, textOf } from './readBack';

const ACTIVITY = ['Shares', 'Comments', 'Reactions', 'Votes', 'Member_Follows', 'Hashtag_Follows', 'Saved_Items'];

/**
 * True when every record ends in CRLF: each line feed follows a carriage return, but for the
 * line breaks inside an unquoted comment (the next line then starts without a date).
 */
function crlfThroughout(bytes: Uint8Array): boolean {
  const text = new TextDecoder().decode(bytes);
  let lf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    lf++;
    if (text[i - 1] !== '\r' && /^\d{4}-\d{2}-\d{2} /.test(text.slice(i + 1, i + 12))) return false;
  }
  return lf > 0;
}

describe('2022 export', () => {
  const exp = generateExport({ era: 2022 });
  const csvs = exp.files.filter((f) => f.path.endsWith('.csv'));

  it('writes UTF-8 without BOM except Account Status History and the duplicate endorsements', () => {
    const utf16 = csvs.filter((f) => isUtf16(f.bytes)).map((f) => f.path).sort();
    expect(utf16).toEqual(['Account Status History.csv', 'Endorsement Received Info.csv']);
    for (const f of csvs) expect([f.bytes[0], f.bytes[1], f.bytes[2]], f.path).not.toEqual([0xef, 0xbb, 0xbf]);
    for (const path of utf16) {
      const text = textOf(fileAt(exp, path).bytes);
      expect(text.startsWith('"'), path).toBe(true);
      expect(parseCsv(fileAt(exp, path)).delimiter).toBe('\t');
    }
  });

  it('writes the activity files CRLF throughout and the others LF', () => {
    for (const f of csvs) {
      const activity = ACTIVITY.includes(stemOf(f.path));
      if (activity) expect(crlfThroughout(f.bytes), f.path).toBe(true);
      else if (!isUtf16(f.bytes)) expect(f.bytes.includes(0x0d), f.path).toBe(false);
    }
    expect(csvs.filter((f) => ACTIVITY.includes(stemOf(f.path)))).toHaveLength(ACTIVITY.length);
  });

  it('writes some comments over several lines without quotes, each later line starting without a date', () => {
    const text = textOf(fileAt(exp, 'Comments.csv').bytes);
    const lines = text.split(/\r?\n/).slice(1).filter((line) => line !== '');
    const continuations = lines.filter((line) => !/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},/.test(line));
    expect(continuations.length).toBeGreaterThan(0);
    expect(lines.length - continuations.length).toBe(exp.expected.files.find((f) => f.path === 'Comments.csv')!.rows);
    // A plain CSV reader takes every continuation for another comment.
    expect(Papa.parse(text, { newline: '\n', skipEmptyLines: true }).data.length - 1).toBeGreaterThan(parseCsv(fileAt(exp, 'Comments.csv')).records.length);
  });

  it('duplicates the received endorsements with the same records', () => {
    const a = parseCsv(fileAt(exp, 'Endorsement_Received_Info.csv'));
    const b = parseCsv(fileAt(exp, 'Endorsement Received Info.csv'));
    expect(b.header).toEqual(a.header);
    expect(b.records).toEqual(a.records);
    expect(a.records.length).toBeGreaterThan(0);
  });

  it('has the 2022 Shares, messages and Ad_Targeting headers', () => {
    expect(parseCsv(fileAt(exp, 'Shares.csv')).header).toEqual(['Date', 'ShareLink', 'ShareCommentary', 'SharedURL', 'MediaURL', 'Visibility']);
    expect(parseCsv(fileAt(exp, 'messages.csv')).header).toEqual([
      'CONVERSATION ID', 'CONVERSATION TITLE', 'FROM', 'SENDER PROFILE URL', 'TO', 'DATE', 'SUBJECT', 'CONTENT', 'FOLDER',
    ]);
    const ads = parseCsv(fileAt(exp, 'Ad_Targeting.csv')).header;
    expect(ads).toHaveLength(31);
    for (const gone of ['Buyer Groups', 'Recent Device OS', 'High Value Audience Segments', 'Standard Audience Segments']) expect(ads).not.toContain(gone);
    expect(ads.filter((h) => h === 'Company Names')).toHaveLength(3);
    expect(ads.filter((h) => h === 'Job Titles')).toHaveLength(3);
  });

  it('starts Connections with the Notes preamble and has no URL column', () => {
    const text = textOf(fileAt(exp, 'Connections.csv').bytes);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Notes:');
    expect(lines[1]).toMatch(/^".*e-mail.*"$/);
    expect(lines[2]).toBe('');
    expect(lines[3]).toBe('First Name,Last Name,Email Address,Company,Position,Connected On');
    for (const d of column(parseCsv(fileAt(exp, 'Connections.csv')), 'Connected On')) expect(d).toMatch(/^\d{2} [A-Z][a-z]{2} \d{4}$/);
  });

  it('writes Java-style login dates', () => {
    for (const d of column(parseCsv(fileAt(exp, 'Logins.csv')), 'Login Date')) {
      expect(d).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} UTC 20\d\d$/);
    }
  });

  it('has a header-plus-blank-line file and articles under Articles/Articles/', () => {
    expect(textOf(fileAt(exp, 'Causes You Care About.csv').bytes)).toBe('Supported Cause\n\n');
    const articles = exp.files.filter((f) => f.path.endsWith('.html'));
    expect(articles.length).toBeGreaterThan(0);
    for (const a of articles) expect(a.path).toMatch(/^Articles\/Articles\/[^/]+\.html$/);
  });
});
