import { describe, expect, it } from 'vitest';
import { csvText, generateExport } from '../../shared/sample';
import { column, fileAt, fileNamed, parseCsv, textOf } from './readBack';

const DOC_AD_TARGETING_2026 =
  'Member Age,Buyer Groups,Company Names,Company Names,Company Follower of,Company Names,Company Category,Company Size,Degrees,degreeClass,Recent Device OS,Member Schools,Company Growth Rate,Fields of Study,Company Connections,Function By Size,Job Functions,Member Gender,Graduation Year,Member Groups,Company Industries,Member Interests,Interface Locales,interfaceLocale,Member Traits,High Value Audience Segments,Profile Locations,Company Revenue,Job Seniorities,Member Skills,Standard Audience Segments,Job Titles,Job Titles,Job Titles,Years of Experience';
const US_SHORT = /^\d{1,2}\/\d{1,2}\/\d{2}, \d{1,2}:\d{2} (AM|PM)$/;
const JAVA = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} UTC \d{4}$/;

describe('2026 export', () => {
  const exp = generateExport({ era: 2026 });
  const paths = exp.files.map((f) => f.path);

  it('is UTF-8 with LF line ends only', () => {
    for (const f of exp.files) {
      expect(f.bytes[0] === 0xff || f.bytes[0] === 0xef, f.path).toBe(false);
      expect(f.bytes.includes(0x0d), f.path).toBe(false);
    }
  });

  it('appends the member id to the seven activity files', () => {
    for (const base of ['Shares', 'Comments', 'Reactions', 'Votes', 'InstantReposts', 'Member_Follows', 'Saved_Items']) {
      expect(paths.some((p) => new RegExp(`^${base}_\\d{5,}\\.csv$`).test(p)), base).toBe(true);
      expect(paths, base).not.toContain(`${base}.csv`);
    }
  });

  it('splits the saved screening answers into a plain and a _1 part', () => {
    expect(paths).toContain('Job Applicant Saved Screening Question Responses.csv');
    expect(paths).toContain('Job Applicant Saved Screening Question Responses_1.csv');
    const parts = exp.expected.files.filter((f) => f.catalogId === 'job-applicant-saved-screening-responses');
    expect(parts.every((p) => p.rows > 0)).toBe(true);
  });

  it('writes Rich_Media.csv with sentence dates and " -" descriptions', () => {
    const media = parseCsv(fileAt(exp, 'Rich_Media.csv'));
    expect(media.header).toEqual(['Date/Time', 'Media Description', 'Media Link']);
    for (const d of column(media, 'Date/Time')) expect(d).toMatch(/^You uploaded a .+ on [A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d{2} (AM|PM) \(GMT\)$/);
    expect(column(media, 'Media Description')).toContain(' -');
  });

  it('quotes every field of messages.csv and adds the draft columns', () => {
    const file = fileAt(exp, 'messages.csv');
    const parsed = parseCsv(file);
    expect(parsed.header.slice(-3)).toEqual(['ATTACHMENTS', 'IS MESSAGE DRAFT', 'IS CONVERSATION DRAFT']);
    // Re-quoting every parsed field gives the file back only if every field was quoted.
    expect(csvText(parsed.header, parsed.records, { quoteAll: true })).toBe(textOf(file.bytes));
    expect(column(parsed, 'IS MESSAGE DRAFT')).toContain('true');
  });

  it('fills messages with HTML, %FIRSTNAME%, NBSP, U+202F, non-ASCII and all folders', () => {
    const parsed = parseCsv(fileAt(exp, 'messages.csv'));
    const content = column(parsed, 'CONTENT');
    expect(content.some((c) => c.includes('<p class="spinmail-quill-editor__spin-break">'))).toBe(true);
    expect(content.some((c) => c.includes('%FIRSTNAME%'))).toBe(true);
    expect(content.some((c) => c.includes('\u00a0'))).toBe(true);
    expect(content.some((c) => c.includes('\u202f'))).toBe(true);
    expect(content.some((c) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(c))).toBe(true);
    expect(content.some((c) => /\p{Extended_Pictographic}/u.test(c))).toBe(true);
    expect(new Set(column(parsed, 'FOLDER'))).toEqual(new Set(['INBOX', 'ARCHIVE', 'SPAM', '']));
  });

  it('joins TO names with ", " where a name itself holds ", "', () => {
    const parsed = parseCsv(fileAt(exp, 'messages.csv'));
    const to = column(parsed, 'TO');
    const urls = column(parsed, 'RECIPIENT PROFILE URLS');
    // More comma-separated pieces than recipients: some name contains ", ".
    const ambiguous = to.filter((t, i) => t.split(', ').length > urls[i]!.split(', ').length);
    expect(ambiguous.length).toBeGreaterThan(0);
  });

  it('has Duolingo, the coach conversations and the empty assistant files', () => {
    expect(parseCsv(fileAt(exp, 'Duolingo.csv')).header).toEqual(['Language', 'Score', 'Proficiency Level']);
    const coach = parseCsv(fileAt(exp, 'coach_messages.csv'));
    expect(coach.records.length).toBeGreaterThan(0);
    const from = column(coach, 'FROM');
    const to = column(coach, 'TO');
    from.forEach((f, i) => expect(f === '' ? to[i] : to[i] === '').toBeTruthy());
    expect(from.some((f) => f === '')).toBe(true);
    expect(from.some((f) => f === exp.expected.memberName)).toBe(true);
    expect(column(coach, 'CONTENT').some((c) => /\[[^\]]+\]\(https:\/\/[^)]+\)/.test(c))).toBe(true);
    for (const name of ['guide_messages.csv', 'learning_coach_messages.csv', 'learning_role_play_messages.csv']) {
      const text = textOf(fileAt(exp, name).bytes);
      expect(text.split('\n').filter((l) => l !== '')).toHaveLength(1);
      expect(text.startsWith('CONVERSATION ID,')).toBe(true);
    }
    expect(textOf(fileAt(exp, 'LearningCoachMessages.csv').bytes).trim()).toBe('No conversations found');
  });

  it('names and shapes articles like 2025-11-21 17_31_01.0-Title.html', () => {
    const articles = exp.files.filter((f) => f.path.endsWith('.html'));
    expect(articles.length).toBeGreaterThanOrEqual(2);
    for (const a of articles) {
      expect(a.path).toMatch(/^Articles\/Articles\/\d{4}-\d{2}-\d{2} \d{2}_\d{2}_\d{2}\.0-.+\.html$/);
      const html = textOf(a.bytes);
      expect(html).toMatch(/<title>[^<]+<\/title>/);
      expect(html).toMatch(/<h1><a href="https:\/\/www\.linkedin\.com\/pulse\/[^"]+">/);
      expect(html).toMatch(/<p class="created">Created on \d{4}-\d{2}-\d{2} \d{2}:\d{2}<\/p>/);
      expect(html).toMatch(/<p class="published">(Published on \d{4}-\d{2}-\d{2} \d{2}:\d{2}|Not published yet|---)<\/p>/);
      expect(html).toMatch(/<div><p>/);
    }
    const published = articles.map((a) => /<p class="published">([^<]*)</.exec(textOf(a.bytes))![1]);
    expect(published).toContain('Not published yet');
  });

  it('has the full 35-column Ad_Targeting header with interfaceLocale en_US', () => {
    const file = fileAt(exp, 'Ad_Targeting.csv');
    expect(textOf(file.bytes).split('\n')[0]).toBe(DOC_AD_TARGETING_2026);
    const parsed = parseCsv(file);
    expect(parsed.records).toHaveLength(1);
    expect(parsed.records[0]![parsed.header.indexOf('interfaceLocale')]).toBe('en_US');
  });

  it('writes Learning with the trailing-comma header and N/A dates', () => {
    const text = textOf(fileAt(exp, 'Learning.csv').bytes);
    expect(text.split('\n')[0]).toBe(
      'Content Title,Content Description,Content Type,Content Last Watched Date (if viewed),Content Completed At (if completed),Content Saved,Notes taken on videos (if taken),',
    );
    expect(column(parseCsv(fileAt(exp, 'Learning.csv')), 'Content Last Watched Date (if viewed)')).toContain('N/A');
  });

  it('mixes \\" and "" escapes in Comments and reads back to plain quotes', () => {
    const file = fileNamed(exp, 'Comments');
    const text = textOf(file.bytes);
    expect(text).toContain('\\"');
    expect(/[^"]""[^",\n]/.test(text)).toBe(true);
    const messages = column(parseCsv(file), 'Message');
    const quoted = messages.filter((m) => m.includes('"'));
    expect(quoted.length).toBeGreaterThanOrEqual(2);
    for (const m of quoted) {
      expect(m).not.toContain('\\');
      expect(m).not.toContain('""');
    }
  });

  it('wraps each line of a multi-line ShareCommentary in literal quotes', () => {
    const commentary = column(parseCsv(fileNamed(exp, 'Shares')), 'ShareCommentary');
    const multi = commentary.filter((c) => c.includes('\n'));
    expect(multi.length).toBeGreaterThan(0);
    for (const c of multi) for (const line of c.split('\n')) expect(line).toMatch(/^".*"$/);
    expect(multi.some((c) => c.split('\n').includes('""'))).toBe(true);
    expect(commentary.some((c) => /[àéï]/.test(c))).toBe(true);
    expect(commentary.some((c) => /[\u4e00-\u9fff\u3040-\u30ff]/.test(c))).toBe(true);
    expect(commentary.some((c) => /\p{Extended_Pictographic}/u.test(c))).toBe(true);
  });

  it('starts some poll option texts with a space', () => {
    expect(column(parseCsv(fileNamed(exp, 'Votes')), 'OptionText').some((o) => o.startsWith(' '))).toBe(true);
  });

  it('writes each documented date shape', () => {
    const shapes: [string, string, RegExp][] = [
      ['Events', 'Event Time', /^[A-Z][a-z]{2} \d{2}, \d{4} \d{2}:\d{2} (AM|PM) - [A-Z][a-z]{2} \d{2}, \d{4} \d{2}:\d{2} (AM|PM)$/],
      ['Receipts_v2', 'Transaction Made At', /^\d{2}\/\d{2}\/\d{2} \d{2}:\d{2} (AM|PM) UTC$/],
      ['Job Applications', 'Application Date', US_SHORT],
      ['Saved Jobs', 'Saved Date', US_SHORT],
      ['Registration', 'Registered At', US_SHORT],
      ['Publications', 'Published On', /^[A-Z][a-z]{2} \d{1,2}, \d{4}$/],
      ['Company Follows', 'Followed On', JAVA],
      ['Logins', 'Login Date', JAVA],
      ['Positions', 'Started On', /^[A-Z][a-z]{2} \d{4}$/],
      ['Connections', 'Connected On', /^\d{2} [A-Z][a-z]{2} \d{4}$/],
    ];
    for (const [name, col, shape] of shapes) {
      const values = column(parseCsv(fileNamed(exp, name)), col);
      expect(values.length, name).toBeGreaterThan(0);
      for (const v of values) expect(v, name).toMatch(shape);
    }
    expect(column(parseCsv(fileAt(exp, 'Positions.csv')), 'Finished On')[0]).toBe('');
    const education = column(parseCsv(fileAt(exp, 'Education.csv')), 'Start Date');
    expect(education.some((d) => /^\d{4}$/.test(d))).toBe(true);
    expect(education.some((d) => /^[A-Z][a-z]{2} \d{4}$/.test(d))).toBe(true);
    expect(column(parseCsv(fileAt(exp, 'Profile.csv')), 'Birth Date')[0]).toMatch(/^[A-Z][a-z]{2} \d{1,2}$/);
  });

  it('has N/A-heavy verifications, a --- placeholder and hidden connections', () => {
    const verifications = parseCsv(fileAt(exp, 'Verifications/Verifications.csv'));
    expect(verifications.header).toHaveLength(15);
    expect(verifications.header.slice(0, 4)).toEqual(['First name', 'Middle name', 'Last name', 'Verification type']);
    const cells = verifications.records.flat();
    expect(cells.filter((c) => c === 'N/A').length).toBeGreaterThan(cells.length / 3);
    expect(exp.files.some((f) => f.path.endsWith('.csv') && parseCsv(f).records.flat().includes('---'))).toBe(true);
    const hidden = parseCsv(fileAt(exp, 'Connections.csv')).records.filter((r) => r.slice(0, -1).every((c) => c === '') && r.at(-1) !== '');
    expect(hidden.length).toBeGreaterThan(0);
  });

  it('has a header-only file, one ending in an extra blank line and one with no final newline', () => {
    expect(textOf(fileAt(exp, 'Reviews.csv').bytes)).toBe('Reviewee,Review Type,Review Section,Creation Date,Rating,Review Text,Review Tags\n');
    expect(textOf(fileAt(exp, 'Skills.csv').bytes).endsWith('\n\n')).toBe(true);
    const languages = textOf(fileAt(exp, 'Languages.csv').bytes);
    expect(languages.endsWith('\n')).toBe(false);
    expect(languages.split('\n').length).toBeGreaterThan(2);
  });
});
