import { describe, expect, it } from 'vitest';
import { generateExport } from '../../shared/sample';
import { column, fileAt, isUtf16, parseCsv, textOf } from './readBack';

const SLASH_UTC = /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} UTC$/;

describe('2018 export', () => {
  const exp = generateExport({ era: 2018 });
  const csvs = exp.files.filter((f) => f.path.endsWith('.csv'));

  it('writes every CSV as UTF-16LE with BOM, TAB-delimited, every field quoted', () => {
    for (const file of csvs) {
      expect([file.bytes[0], file.bytes[1]], file.path).toEqual([0xff, 0xfe]);
      const text = textOf(file.bytes);
      const headerLine = text.slice(0, text.indexOf('\n'));
      expect(headerLine.startsWith('"') && headerLine.endsWith('"'), file.path).toBe(true);
      const { header } = parseCsv(file);
      expect(headerLine).toBe(header.map((h) => `"${h}"`).join('\t'));
    }
  });

  it('uses the 2018 file names', () => {
    const paths = exp.files.map((f) => f.path);
    for (const name of ['Messages.csv', 'Ad Targeting.csv', 'Search Queries.csv', 'Phone Numbers.csv', 'Rich Media.csv', 'Endorsement Received Info.csv', 'Imported Contacts.csv']) {
      expect(paths).toContain(name);
    }
    for (const name of ['messages.csv', 'Ad_Targeting.csv', 'SearchQueries.csv', 'PhoneNumbers.csv', 'Reactions.csv']) expect(paths).not.toContain(name);
    const articles = paths.filter((p) => p.endsWith('.html'));
    expect(articles.length).toBeGreaterThan(0);
    for (const p of articles) expect(p).toMatch(/^Articles\/[^/]+\.html$/);
  });

  it('keeps the 2018 headers, Shares with a leading space after each delimiter', () => {
    expect(parseCsv(fileAt(exp, 'Shares.csv')).header).toEqual([
      'Date', ' Share Title', ' Share Description', ' Share Link', ' Share Commentary', ' Shared URL', ' Media URL', ' Type', ' Visibility',
    ]);
    expect(parseCsv(fileAt(exp, 'Messages.csv')).header).toEqual(['From', 'To', 'Date', 'Subject', 'Content', 'Direction', 'Folder']);
    expect(parseCsv(fileAt(exp, 'Rich Media.csv')).header).toEqual(['Type', 'Link']);
    const profile = parseCsv(fileAt(exp, 'Profile.csv')).header;
    expect(profile).toContain('Contact Instructions');
    expect(profile).toContain('Country');
  });

  it('has the 2018 Registration, Imported Contacts, Projects and Ad Targeting headers, and Videos', () => {
    expect(parseCsv(fileAt(exp, 'Registration.csv')).header).toEqual(['Registration Date', 'Registration IP Address', 'Invited by (First Name)', 'Invited by (Last Name)', 'Subscription Types']);
    const contacts = parseCsv(fileAt(exp, 'Imported Contacts.csv'));
    expect(contacts.header).toHaveLength(15);
    for (const d of column(contacts, 'Created At')) expect(d).toMatch(/^\d{1,2}\/\d{1,2}\/\d{2}, \d{1,2}:\d{2} (AM|PM)$/);
    expect(parseCsv(fileAt(exp, 'Projects.csv')).header).toEqual(['Title', 'Description', 'Url', 'Start Date', 'End Date']);
    const ads = parseCsv(fileAt(exp, 'Ad Targeting.csv')).header;
    expect(ads).toHaveLength(19);
    expect(ads).toContain('Interface Language');
    expect(parseCsv(fileAt(exp, 'Videos.csv')).header).toEqual(['Description', 'Link']);
  });

  it('marks message direction INCOMING or OUTGOING, the member sending some', () => {
    const messages = parseCsv(fileAt(exp, 'Messages.csv'));
    expect(new Set(column(messages, 'Direction'))).toEqual(new Set(['INCOMING', 'OUTGOING']));
    const from = column(messages, 'From');
    const direction = column(messages, 'Direction');
    from.forEach((name, i) => expect(direction[i]).toBe(name === exp.expected.memberName ? 'OUTGOING' : 'INCOMING'));
  });

  it('writes slash UTC dates in Shares, Logins, Search Queries and Endorsements', () => {
    const checks: [string, string][] = [['Shares.csv', 'Date'], ['Logins.csv', 'Login Date'], ['Search Queries.csv', 'Time'], ['Endorsement Received Info.csv', 'Endorsement Date']];
    for (const [path, name] of checks) {
      const values = column(parseCsv(fileAt(exp, path)), name);
      expect(values.length, path).toBeGreaterThan(0);
      for (const v of values) expect(v, path).toMatch(SLASH_UTC);
    }
  });

  it('writes Connections without a preamble, dated M/D/YY, h:mm PM', () => {
    const file = fileAt(exp, 'Connections.csv');
    expect(textOf(file.bytes).startsWith('"First Name"\t"Last Name"\t"Email Address"')).toBe(true);
    const dates = column(parseCsv(file), 'Connected On');
    for (const d of dates) expect(d).toMatch(/^\d{1,2}\/\d{1,2}\/\d{2}, \d{1,2}:\d{2} (AM|PM)$/);
  });

  it('has no file in UTF-8', () => {
    expect(csvs.every((f) => isUtf16(f.bytes))).toBe(true);
  });
});
