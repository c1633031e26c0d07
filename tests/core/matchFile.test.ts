import { describe, expect, it } from 'vitest';
import { FILE_CATALOG, catalogEntryById } from '../../shared/catalog/fileCatalog';
import { matchFile } from '../../shared/catalog/matchFile';
import { CATEGORY_IDS, REGION_IDS, STATEMENTS, ruleSpans, statusInRegion } from '../../shared/policy/policyModel';

function idOf(path: string): string | null {
  return matchFile(path)?.entry.id ?? null;
}

describe('matchFile', () => {
  it('matches by base name, case-insensitively, in any folder', () => {
    expect(idOf('Shares.csv')).toBe('shares');
    expect(idOf('shares.CSV')).toBe('shares');
    expect(idOf('Jobs/Job Applications.csv')).toBe('job-applications');
    expect(idOf('Job Applications.csv')).toBe('job-applications');
    expect(idOf('Verifications/Verifications.csv')).toBe('verifications');
  });

  it('accepts the member-id suffix and counts it as the same file', () => {
    expect(matchFile('Shares_181682616.csv')).toMatchObject({ entry: { id: 'shares' }, key: 'shares' });
    expect(matchFile('Member_Follows_42424242.csv')?.key).toBe('member-follows');
  });

  it('keeps a short numeric suffix as a separate part of the same kind', () => {
    const plain = matchFile('Job Applicant Saved Screening Question Responses.csv');
    const part = matchFile('Job Applicant Saved Screening Question Responses_1.csv');
    expect(plain?.entry.id).toBe(part?.entry.id);
    expect(plain?.key).not.toBe(part?.key);
  });

  it('knows every rename in the format doc', () => {
    for (const [old, current] of [
      ['Rich Media.csv', 'Rich_Media.csv'],
      ['Phone Numbers.csv', 'PhoneNumbers.csv'],
      ['Search Queries.csv', 'SearchQueries.csv'],
      ['Ad Targeting.csv', 'Ad_Targeting.csv'],
      ['Messages.csv', 'messages.csv'],
      ['Endorsement Received Info.csv', 'Endorsement_Received_Info.csv'],
      ['Imported Contacts.csv', 'Contacts.csv'],
    ]) {
      expect(idOf(old!)).not.toBeNull();
      expect(idOf(old!)).toBe(idOf(current!));
    }
  });

  it('never mistakes the AI assistants for the private inbox', () => {
    expect(idOf('messages.csv')).toBe('messages');
    expect(idOf('guide_messages.csv')).toBe('guide-messages');
    expect(idOf('coach_messages.csv')).toBe('coach-messages');
    expect(idOf('learning_coach_messages.csv')).toBe('learning-coach-messages');
    expect(idOf('learning_role_play_messages.csv')).toBe('learning-role-play-messages');
    expect(idOf('LearningCoachMessages.csv')).toBe('learning-coach-messages-legacy');
  });

  it('finds articles in both layouts, only under Articles/', () => {
    expect(idOf('Articles/Articles/2025-11-21 17_31_01.0-My title.html')).toBe('articles');
    expect(idOf('Articles/my-first-article.html')).toBe('articles');
    expect(idOf('index.html')).toBeNull();
  });

  it('leaves unknown files unmatched', () => {
    expect(idOf('Some_New_Feature.csv')).toBeNull();
    expect(idOf('photo.jpg')).toBeNull();
  });
});

describe('the catalog', () => {
  it('places the files the issue names in its categories', () => {
    const category = (id: string) => FILE_CATALOG.find((e) => e.id === id)?.category;
    expect(['shares', 'articles', 'instant-reposts'].map(category)).toEqual(['posts', 'posts', 'posts']);
    expect(['comments', 'reactions', 'votes'].map(category)).toEqual(['responses', 'responses', 'responses']);
    expect(['languages', 'duolingo'].map(category)).toEqual(['language', 'language']);
    expect(['logins', 'security-challenges'].map(category)).toEqual(['logins', 'logins']);
    expect(category('messages')).toBe('messages');
    expect(FILE_CATALOG.find((e) => e.id === 'ad-targeting')?.alsoCounts?.category).toBe('language');
  });

  it('gives every file a category and a kind of data the policy model has a rule for, in every region, with sourced statements', () => {
    const ids = new Set<string>();
    for (const entry of FILE_CATALOG) {
      expect(ids.has(entry.id)).toBe(false);
      ids.add(entry.id);
      expect(CATEGORY_IDS).toContain(entry.category);
      for (const region of REGION_IDS) {
        const spans = ruleSpans(entry.dataKind, region);
        expect(spans.length, `${entry.id} in ${region}`).toBeGreaterThan(0);
        for (const span of spans) expect(STATEMENTS[span.row.statement].sources.length, span.row.statement).toBeGreaterThan(0);
      }
    }
  });

  it('holds file facts only: what LinkedIn does with a kind of data is the policy model\'s', () => {
    for (const entry of FILE_CATALOG) expect(Object.keys(entry)).not.toContain('training');
    expect(statusInRegion(catalogEntryById('reactions').dataKind, 'us')).toBe('unclear');
    expect(statusInRegion(catalogEntryById('messages').dataKind, 'eu')).toBe('not-used');
    expect(statusInRegion(catalogEntryById('comments').dataKind, 'uk')).toBe('used');
    expect(statusInRegion(catalogEntryById('instant-reposts').dataKind, 'us')).toBe('unclear');
  });

  it('marks the dates that describe the real world, not when an item was put on LinkedIn', () => {
    const realWorld = FILE_CATALOG.filter((e) => e.dateMeaning === 'real-world').map((e) => e.id);
    expect(realWorld).toEqual(expect.arrayContaining(['positions', 'education', 'certifications', 'projects', 'publications', 'honors', 'volunteering']));
    expect(realWorld).not.toContain('shares');
  });

  it('never lets two entries claim the same name', () => {
    const seen = new Map<string, string>();
    for (const entry of FILE_CATALOG) {
      for (const name of entry.names) {
        expect(seen.get(name.toLowerCase()), name).toBeUndefined();
        seen.set(name.toLowerCase(), entry.id);
      }
    }
  });
});
