// The verdict's sentences for the cases the figures alone do not show: dates that rule
// everything out (opt-out, turning 18), nothing certain but something possible, no words at all.

import { describe, expect, it } from 'vitest';
import { emptyExposure, type ExposureCounts } from '../../shared/analysis/exposure';
import { verdictOf, type VerdictFigures } from '../../shared/report/verdict';

function figures(policy: Partial<VerdictFigures['policy']>, exposure: Partial<ExposureCounts>, totals: { items?: number; words?: number; used?: number } = {}): VerdictFigures {
  return {
    policy: { region: 'eu', optedOut: null, adultFrom: null, asOf: '2026-11-29', ...policy },
    totals: {
      items: totals.items ?? 100,
      words: totals.words ?? 1000,
      itemsByTrainingStatus: { used: totals.used ?? 40, unclear: 10, notUsed: 50 },
      exposure: { ...emptyExposure(), ...exposure },
    },
    categories: [],
    invented: false,
  };
}

describe('verdict', () => {
  it('says the opt-out ruled everything out, when, and what LinkedIn trains on there', () => {
    const v = verdictOf(figures({ optedOut: '2025-10-01' }, { notExposed: 100 }));
    expect(v.headline.text).toBe('Of the 1,000 words you wrote on LinkedIn, none could have been used to train its generative AI: you opted out on 1 Oct 2025, before training in the EU, EEA or Switzerland began on 3 Nov 2025.');
    expect(v.headline.sources).toEqual(['ota-2025-eu-uk', 'linkedin-help-a8059228']);
    expect(v.inTrainingCategories.text).toMatch(/^40 of your 100 items are in categories LinkedIn trains on in the EU, EEA or Switzerland \(/);
    expect(v.whileTraining.text).toContain('LinkedIn does train on these kinds of data in the EU, EEA or Switzerland: posts, articles, comments and poll responses; your profile');
    expect(v.possibly).toBeNull();
  });

  it('names an unconfirmed first window as such', () => {
    const v = verdictOf(figures({ region: 'us', optedOut: '2024-07-01' }, { notExposed: 100 }));
    expect(v.headline.text).toContain('you opted out on Jul 1, 2024, before training in the United States began in Aug 2024 (reported, unconfirmed)');
  });

  it('says when turning 18 leaves no training day before the opt-out', () => {
    const v = verdictOf(figures({ region: 'uk', optedOut: '2025-12-01', adultFrom: '2026-02-01' }, { notExposed: 100 }));
    expect(v.headline.text).toContain('no training in the United Kingdom counts between the day you turned 18 (1 Feb 2026) and the day you opted out (1 Dec 2025)');
  });

  it('keeps "nothing certain" apart from "possibly", with the reasons and their sources', () => {
    const byReason = { 'unclear-category': 3, 'eu-cutoff-unknown': 20, 'unconfirmed-period': 0, undated: 2 };
    const v = verdictOf(figures({ optedOut: '2025-11-10' }, { possiblyExposed: 25, possiblyExposedWords: 300, notExposed: 75, possiblyExposedByReason: byReason }));
    expect(v.headline.text).toBe('Of the 1,000 words you wrote on LinkedIn, none could certainly have been used to train its generative AI; 300 (30%) possibly.');
    expect(v.whileTraining.text).toMatch(/^Exposed: none\. .*some are possibly exposed \(below\)\.$/);
    expect(v.possibly!.text).toMatch(/^Possibly exposed: 25 items: 3 because the sources do not say.*; 20 because they were created before 3 Nov 2025.*; 2 because they have no date/);
    expect(v.possibly!.sources).toEqual(['ap-statement-2025', 'dpc-statement-2025']);
  });

  it('falls back to items when the export holds no words of the member', () => {
    const v = verdictOf(figures({ region: 'us' }, { exposed: 4, notExposed: 96 }, { words: 0 }));
    expect(v.headline.text).toBe('Your export holds no text you wrote; of its 100 items, 4 could have been used to train LinkedIn\'s generative AI.');
  });

  it('labels the sample, and says what the app cannot know and that minors are excluded, every time', () => {
    const v = verdictOf({ ...figures({}, {}), invented: true });
    expect(v.sample!.text).toMatch(/^Invented sample data, not a real member's export/);
    expect(v.cannotKnow.text).toContain('never that something was');
    expect(v.minors.sources).toContain('linkedin-statement-minors');
    expect(verdictOf(figures({}, {})).sample).toBeNull();
  });
});
