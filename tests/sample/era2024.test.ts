import { describe, expect, it } from 'vitest';
import { generateExport } from '../../shared/sample';
import { column, fileAt, fileNamed, parseCsv, stemOf, textOf } from './readBack';

describe('2024 export', () => {
  const exp = generateExport({ era: 2024 });
  const paths = exp.files.map((f) => f.path);

  it('appends the member id to Shares, Comments, Reactions and Votes only', () => {
    const suffixed = paths.filter((p) => /_\d{5,}\.csv$/.test(p)).map(stemOf).sort();
    expect(suffixed).toEqual(['Comments', 'Reactions', 'Shares', 'Votes']);
    const ids = new Set(paths.filter((p) => /_\d{5,}\.csv$/.test(p)).map((p) => /_(\d+)\.csv$/.exec(p)![1]));
    expect(ids.size).toBe(1);
    expect(paths).toContain('Member_Follows.csv');
    expect(paths).toContain('Saved_Items.csv');
  });

  it('writes the activity files CRLF and the rest LF, all UTF-8', () => {
    for (const f of exp.files) {
      expect(f.bytes[0] === 0xff || f.bytes[0] === 0xef, f.path).toBe(false);
      const crlf = textOf(f.bytes).includes('\r\n');
      const activity = ['Shares', 'Comments', 'Reactions', 'Votes', 'Member_Follows', 'Hashtag_Follows', 'Saved_Items'].includes(stemOf(f.path));
      expect(crlf, f.path).toBe(activity);
    }
  });

  it('writes Honors with "Issued On", and the jobs the member posted, dated M/D/YY', () => {
    expect(parseCsv(fileAt(exp, 'Honors.csv')).header).toEqual(['Title', 'Description', 'Issued On']);
    const postings = parseCsv(fileAt(exp, 'Online Job Postings.csv'));
    expect(postings.header).toHaveLength(20);
    expect(postings.header.slice(-4)).toEqual(['Create Date', 'List Date', 'Close Date', '']);
    for (const d of column(postings, 'Create Date')) expect(d).toMatch(/^\d{1,2}\/\d{1,2}\/\d{2}, \d{1,2}:\d{2} (AM|PM)$/);
    expect(paths).toEqual(expect.arrayContaining(['Organizations.csv', 'Member Hashtags.csv', 'Calendar.csv', 'Receipts_v2.csv']));
    expect(paths).not.toContain('Receipts.csv');
  });

  it('gives Connections the preamble and the URL column', () => {
    const text = textOf(fileAt(exp, 'Connections.csv').bytes);
    expect(text.startsWith('Notes:\n"')).toBe(true);
    expect(text).toContain('\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n');
    for (const url of column(parseCsv(fileAt(exp, 'Connections.csv')), 'URL')) expect(url).toMatch(/^https:\/\/www\.linkedin\.com\/in\//);
  });

  it('adds RECIPIENT PROFILE URLS to messages.csv', () => {
    const { header } = parseCsv(fileAt(exp, 'messages.csv'));
    expect(header).toHaveLength(10);
    expect(header.indexOf('RECIPIENT PROFILE URLS')).toBe(header.indexOf('TO') + 1);
  });

  it('keeps Rich Media.csv as Type,Link and the 2024 Ad_Targeting variant', () => {
    expect(parseCsv(fileAt(exp, 'Rich Media.csv')).header).toEqual(['Type', 'Link']);
    const ads = parseCsv(fileAt(exp, 'Ad_Targeting.csv')).header;
    expect(ads).toHaveLength(32);
    expect(ads).toContain('Buyer Groups');
    for (const gone of ['Recent Device OS', 'High Value Audience Segments', 'Standard Audience Segments']) expect(ads).not.toContain(gone);
  });

  it('dates recommendations 08/19/24, 11:04 PM and invitations 9/5/24, 1:12 AM with a direction', () => {
    for (const name of ['Recommendations_Received', 'Recommendations_Given']) {
      for (const d of column(parseCsv(fileNamed(exp, name)), 'Creation Date')) expect(d).toMatch(/^\d{2}\/\d{2}\/\d{2}, \d{2}:\d{2} (AM|PM)$/);
    }
    const invitations = parseCsv(fileAt(exp, 'Invitations.csv'));
    expect(invitations.header).toEqual(['From', 'To', 'Sent At', 'Message', 'Direction', 'inviterProfileUrl', 'inviteeProfileUrl']);
    for (const d of column(invitations, 'Sent At')) expect(d).toMatch(/^\d{1,2}\/\d{1,2}\/\d{2}, \d{1,2}:\d{2} (AM|PM)$/);
    expect(new Set(column(invitations, 'Direction'))).toEqual(new Set(['INCOMING', 'OUTGOING']));
  });
});
