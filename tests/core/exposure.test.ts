import { describe, expect, it } from 'vitest';
import { classifyDay, exposureFrame, type PolicyInputs } from '../../shared/analysis/exposure';
import { catalogEntryById } from '../../shared/catalog/fileCatalog';
import type { RegionId } from '../../shared/policy/policyModel';
import { dayFromIso } from '../../shared/text/dates';

const ASOF = '2026-11-29';
const posts = catalogEntryById('shares').training;
const reactions = catalogEntryById('reactions').training;
const messages = catalogEntryById('messages').training;
const savedAnswers = catalogEntryById('job-applicant-saved-answers').training;

function classify(itemDate: string | null, region: RegionId, optedOut: string | null, rule = posts) {
  const policy: PolicyInputs = { region, optedOut, asOf: ASOF };
  return classifyDay(itemDate === null ? null : dayFromIso(itemDate), rule, exposureFrame(policy));
}

describe('exposure rule', () => {
  it('counts an old post as exposed for a US member still opted in: training used what was on the account', () => {
    expect(classify('2019-03-01', 'us', null)).toBe('exposed');
    expect(classify(ASOF, 'us', null)).toBe('exposed');
  });

  it('counts nothing when the member opted out before any window opened', () => {
    expect(classify('2019-03-01', 'us', '2024-07-01')).toBe('not-exposed');
    expect(classify('2019-03-01', 'eu', '2025-10-01')).toBe('not-exposed');
    expect(classify(null, 'eu', '2025-10-01')).toBe('not-exposed');
  });

  it('treats a window that is only reported (August 2024) as "possibly"', () => {
    expect(classify('2019-03-01', 'us', '2024-09-01')).toBe('possibly-exposed');
    expect(classify('2019-03-01', 'uk', '2024-10-01')).toBe('possibly-exposed');
  });

  it('never counts an item created on or after the opt-out day', () => {
    expect(classify('2025-11-20', 'eu', '2025-11-10')).toBe('not-exposed');
    expect(classify('2025-11-10', 'eu', '2025-11-10')).toBe('not-exposed');
    expect(classify('2025-11-09', 'eu', '2025-11-10')).toBe('exposed');
  });

  it('follows Canada closing its window in December 2024 and reopening it on 3 Nov 2025', () => {
    expect(classify('2024-12-05', 'ca', '2025-01-01')).toBe('exposed');
    expect(classify('2025-01-15', 'ca', '2025-06-01')).toBe('not-exposed');
    expect(classify('2025-01-15', 'ca', '2025-12-01')).toBe('exposed');
    expect(classify('2025-01-15', 'ca', null)).toBe('exposed');
  });

  it('follows Hong Kong pausing on 11 Oct 2024 and reopening on 3 Nov 2025', () => {
    expect(classify('2024-10-10', 'hk', '2025-01-01')).toBe('exposed');
    expect(classify('2024-10-11', 'hk', '2025-01-01')).toBe('not-exposed');
    expect(classify('2024-10-20', 'hk', '2025-11-04')).toBe('exposed');
    expect(classify('2024-10-20', 'hk', '2025-11-03')).toBe('not-exposed');
  });

  it('counts the UK only from 3 Nov 2025, beyond the unconfirmed 2024 weeks', () => {
    expect(classify('2019-03-01', 'uk', '2025-12-01')).toBe('exposed');
    expect(classify('2024-10-01', 'uk', '2025-06-01')).toBe('not-exposed');
  });

  it('keeps unclear files at "possibly" and unused files out, whatever the dates', () => {
    expect(classify('2019-03-01', 'us', null, reactions)).toBe('possibly-exposed');
    expect(classify('2019-03-01', 'eu', '2025-10-01', reactions)).toBe('not-exposed');
    expect(classify('2019-03-01', 'us', null, messages)).toBe('not-exposed');
  });

  it('applies the saved-answers rule: unclear in 2024, used from 2025', () => {
    expect(classify(null, 'us', '2024-12-01', savedAnswers)).toBe('possibly-exposed');
    expect(classify(null, 'us', '2025-02-01', savedAnswers)).toBe('exposed');
    expect(classify(null, 'eu', null, savedAnswers)).toBe('exposed');
  });
});
