// Which private messages are the member's: told by Direction (2018), the name on the profile, or
// the member's own profile address (from their invitations); when nothing tells, "unknown",
// never a guess.

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildAnalysis } from '../../shared/analysis/buildAnalysis';
import { buildReportJson } from '../../shared/report/reportJson';
import { renderMarkdown } from '../../shared/report/markdown';
import { generateExport, type GeneratedExport } from '../../shared/sample';
import { fileAt, inEveryInputKind, scan, zipInput } from '../support/scanGenerated';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** The member renamed their account after writing: the profile's name is no sender's. */
function renamed(exp: GeneratedExport, keepInvitations: boolean): GeneratedExport {
  const files = exp.files
    .filter((f) => keepInvitations || f.path !== 'Invitations.csv')
    .map((f) => (f.path === 'Profile.csv' ? { ...f, bytes: encoder.encode(decoder.decode(f.bytes).replace(/\n[^,\n]*,[^,\n]*,/, '\nQuinta,Renamed,')) } : f));
  return { ...exp, files };
}

function messageRows(exp: GeneratedExport): string[][] {
  return Papa.parse<string[]>(decoder.decode(exp.files.find((f) => f.path === 'messages.csv')!.bytes), { skipEmptyLines: true }).data;
}

describe('message ownership', () => {
  const exp = generateExport({ era: 2024 });
  const rows = messageRows(exp);
  const header = rows[0]!;
  const sentByMember = rows.slice(1).filter((r) => r[header.indexOf('FROM')] === exp.expected.memberName).length;

  it('is "unknown" when no sender is the member and nothing else tells: said plainly, never guessed', async () => {
    expect(sentByMember).toBeGreaterThan(0);
    await inEveryInputKind(renamed(exp, false), async (input, kind) => {
      const result = await scan([input]);
      expect(result.insights.messages, kind).toMatchObject({ total: rows.length - 1, sent: null, received: null, memberIdentifiedBy: 'not-found' });
      const file = fileAt(result, 'messages.csv');
      expect(file).toMatchObject({ rows: rows.length - 1, ownTextKnown: false, ownText: { items: 0, words: 0 } });
      expect(file.problems.map((p) => p.code)).toEqual(['message-owner-unknown']);
      const analysis = buildAnalysis(result, { region: 'us', optedOut: null, adultFrom: null, asOf: '2026-11-29' });
      expect(analysis.categories.find((c) => c.id === 'messages')).toMatchObject({ items: rows.length - 1, wordsKnown: false });
      const markdown = renderMarkdown(buildReportJson(result, analysis, 'counts'));
      expect(markdown).toMatch(/^\| Private messages \| \d+ \| unknown \|/m);
      expect(markdown).toContain('which messages are yours is unknown');
    });
  });

  it("finds the member's messages by their own profile address when the name on the profile sent none", async () => {
    const result = await scan([await zipInput(renamed(exp, true))]);
    expect(result.insights.messages).toMatchObject({ sent: sentByMember, received: rows.length - 1 - sentByMember, memberIdentifiedBy: 'profile-url' });
    expect(fileAt(result, 'messages.csv').problems).toEqual([]);
  });

  it('finds them by the name on the profile first', async () => {
    await inEveryInputKind(exp, async (input, kind) => {
      expect((await scan([input])).insights.messages, kind).toMatchObject({ sent: sentByMember, memberIdentifiedBy: 'profile-name' });
    });
  });
});
