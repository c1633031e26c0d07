// The exposure rule on single days: region by region, with the reasons for "possibly", the
// EU's unpublished past cut-off, Canada's unstated pause day, members under 18, undated items
// settled (or not) by the export's date.

import { describe, expect, it } from 'vitest';
import { classifyItem, dayClassifier, exposureFrame, type ItemExposure, type PolicyInputs } from '../../shared/analysis/exposure';
import { DATA_KIND_IDS, REGION_IDS, type DataKind, type RegionId } from '../../shared/policy/policyModel';
import { dayFromIso, isoFromDay } from '../../shared/text/dates';

const ASOF = '2026-11-29';
const EXPORT_DAY = '2026-09-05';

interface Case {
  readonly optedOut?: string | null;
  readonly adultFrom?: string | null;
  readonly kind?: DataKind;
  readonly existedBy?: string;
}

function classify(itemDate: string | null, region: RegionId, { optedOut = null, adultFrom = null, kind = 'member-content', existedBy = EXPORT_DAY }: Case = {}): string {
  const policy: PolicyInputs = { region, optedOut, adultFrom, asOf: ASOF };
  return label(classifyItem(itemDate === null ? null : dayFromIso(itemDate), kind, exposureFrame(policy, existedBy)));
}

function label(result: ItemExposure): string {
  return result.cls === 'possibly-exposed' ? `possibly:${result.reason}` : result.cls;
}

/** One kind of each rule shape in the policy data. */
const KINDS = [...new Set(['member-content', 'reactions', 'login-activity', 'saved-screening-answers', 'private-messages'] as const)].filter((k) => DATA_KIND_IDS.includes(k));

describe('exposure rule', () => {
  it('counts an old post as exposed for a US member still opted in: training used what was on the account', () => {
    expect(classify('2019-03-01', 'us')).toBe('exposed');
    expect(classify(ASOF, 'us')).toBe('exposed');
  });

  it('counts nothing when the member opted out before any window opened', () => {
    expect(classify('2019-03-01', 'us', { optedOut: '2024-07-01' })).toBe('not-exposed');
    expect(classify('2019-03-01', 'eu', { optedOut: '2025-10-01' })).toBe('not-exposed');
    expect(classify(null, 'eu', { optedOut: '2025-10-01' })).toBe('not-exposed');
  });

  it('treats a window that is only reported (August 2024) as "possibly", for that reason', () => {
    expect(classify('2019-03-01', 'us', { optedOut: '2024-09-01' })).toBe('possibly:unconfirmed-period');
    expect(classify('2019-03-01', 'uk', { optedOut: '2024-10-01' })).toBe('possibly:unconfirmed-period');
  });

  it('never counts an item created on or after the opt-out day', () => {
    expect(classify('2025-11-20', 'eu', { optedOut: '2025-11-10' })).toBe('not-exposed');
    expect(classify('2025-11-10', 'eu', { optedOut: '2025-11-10' })).toBe('not-exposed');
    expect(classify('2025-11-09', 'eu', { optedOut: '2025-11-10' })).toBe('exposed');
  });

  it('EU: items from before 3 Nov 2025 are possibly exposed (unpublished cut-off), from then until the opt-out exposed', () => {
    expect(classify('2019-03-01', 'eu', { optedOut: '2025-12-01' })).toBe('possibly:eu-cutoff-unknown');
    expect(classify('2025-11-02', 'eu', { optedOut: '2026-01-15' })).toBe('possibly:eu-cutoff-unknown');
    expect(classify('2025-11-03', 'eu', { optedOut: '2026-01-15' })).toBe('exposed');
    expect(classify('2026-01-14', 'eu', { optedOut: '2026-01-15' })).toBe('exposed');
    expect(classify('2026-01-15', 'eu', { optedOut: '2026-01-15' })).toBe('not-exposed');
    // The UK's past is not cut: a 2019 post was on the account on 3 Nov 2025.
    expect(classify('2019-03-01', 'uk', { optedOut: '2025-12-01' })).toBe('exposed');
  });

  it('Canada: only 18 Sep 2024 itself is stated; the weeks up to the unstated pause day are possibly; the window reopens on 3 Nov 2025', () => {
    expect(classify('2024-09-01', 'ca', { optedOut: '2025-01-01' })).toBe('exposed');
    expect(classify('2024-09-18', 'ca', { optedOut: '2025-01-01' })).toBe('exposed');
    expect(classify('2024-09-19', 'ca', { optedOut: '2025-01-01' })).toBe('possibly:unconfirmed-period');
    expect(classify('2024-12-05', 'ca', { optedOut: '2025-01-01' })).toBe('possibly:unconfirmed-period');
    expect(classify('2025-01-15', 'ca', { optedOut: '2025-06-01' })).toBe('not-exposed');
    expect(classify('2025-01-15', 'ca', { optedOut: '2025-12-01' })).toBe('exposed');
    expect(classify('2025-01-15', 'ca')).toBe('exposed');
  });

  it('follows Hong Kong pausing on 11 Oct 2024 and reopening on 3 Nov 2025', () => {
    expect(classify('2024-10-10', 'hk', { optedOut: '2025-01-01' })).toBe('exposed');
    expect(classify('2024-10-11', 'hk', { optedOut: '2025-01-01' })).toBe('not-exposed');
    expect(classify('2024-10-20', 'hk', { optedOut: '2025-11-04' })).toBe('exposed');
    expect(classify('2024-10-20', 'hk', { optedOut: '2025-11-03' })).toBe('not-exposed');
  });

  it('logins: possibly (unclear category) in the US, not exposed where the Nov 2025 notice leaves them out of the training row', () => {
    expect(classify('2019-03-01', 'us', { kind: 'login-activity' })).toBe('possibly:unclear-category');
    expect(classify('2019-03-01', 'other', { kind: 'language-preference' })).toBe('possibly:unclear-category');
    expect(classify('2019-03-01', 'eu', { kind: 'login-activity' })).toBe('not-exposed');
    expect(classify('2026-01-01', 'uk', { kind: 'language-preference' })).toBe('not-exposed');
    // Canada and Hong Kong trained in 2024, under the 2024 Q&A's terms: unclear then.
    expect(classify('2024-01-01', 'ca', { kind: 'login-activity', optedOut: '2025-01-01' })).toBe('possibly:unclear-category');
  });

  it('keeps unclear kinds at "possibly" and unused ones out, whatever the dates', () => {
    expect(classify('2019-03-01', 'us', { kind: 'reactions' })).toBe('possibly:unclear-category');
    expect(classify('2019-03-01', 'us', { kind: 'reposts' })).toBe('possibly:unclear-category');
    expect(classify('2019-03-01', 'eu', { kind: 'reactions', optedOut: '2025-10-01' })).toBe('not-exposed');
    expect(classify('2019-03-01', 'us', { kind: 'private-messages' })).toBe('not-exposed');
  });

  it('saved screening answers: used where the Nov 2025 notice names them, from 3 Nov 2025; elsewhere no dated source, so unclear', () => {
    expect(classify('2026-01-01', 'eu', { kind: 'saved-screening-answers' })).toBe('exposed');
    expect(classify('2026-01-01', 'uk', { kind: 'saved-screening-answers' })).toBe('exposed');
    expect(classify('2024-01-01', 'ca', { kind: 'saved-screening-answers', optedOut: '2025-01-01' })).toBe('possibly:unclear-category');
    expect(classify('2025-02-01', 'us', { kind: 'saved-screening-answers' })).toBe('possibly:unclear-category');
    expect(classify('2026-01-01', 'us', { kind: 'saved-screening-answers' })).toBe('possibly:unclear-category');
  });

  it('does not count training before the member turned 18', () => {
    expect(classify('2019-03-01', 'us', { adultFrom: '2025-01-01' })).toBe('exposed');
    expect(classify('2019-03-01', 'us', { adultFrom: '2025-01-01', optedOut: '2024-12-01' })).toBe('not-exposed');
    // Turning 18 after 18 Sep 2024 leaves only the unstated weeks of Canada's 2024 window.
    expect(classify('2019-03-01', 'ca', { adultFrom: '2024-10-01', optedOut: '2025-01-01' })).toBe('possibly:unconfirmed-period');
    // The EU's cut-off still concerns when the item was created, not when the member turned 18.
    expect(classify('2025-12-01', 'eu', { adultFrom: '2026-01-01', optedOut: '2026-02-01' })).toBe('exposed');
    expect(classify('2025-10-01', 'eu', { adultFrom: '2026-01-01', optedOut: '2026-02-01' })).toBe('possibly:eu-cutoff-unknown');
  });

  it('undated items existed by the export\'s date, which settles some of them', () => {
    // US, still opted in: on the account on the export day, while training was on.
    expect(classify(null, 'us')).toBe('exposed');
    // Opted out before the export: whether it existed before the opt-out is unknown.
    expect(classify(null, 'us', { optedOut: '2025-06-01' })).toBe('possibly:undated');
    // The EU: existed by the export day, but created before or after 3 Nov 2025? Unknown.
    expect(classify(null, 'eu')).toBe('possibly:undated');
    // Opted out before the region's training began: nothing to settle.
    expect(classify(null, 'eu', { optedOut: '2025-10-01' })).toBe('not-exposed');
    // An unclear kind stays unclear however its date falls.
    expect(classify(null, 'us', { kind: 'reactions' })).toBe('possibly:unclear-category');
    // An export made inside Canada's stated day settles it too.
    expect(classify(null, 'ca', { optedOut: '2025-01-01', existedBy: '2024-09-18' })).toBe('exposed');
  });

  it('an undated item is what every possible creation day says when its two ends agree, and "possibly: undated" otherwise', () => {
    // The two-end rule must never claim more certainty than the days in between allow.
    const optOuts = [null, '2024-08-15', '2024-09-18', '2024-10-01', '2024-12-31', '2025-06-01', '2025-11-03', '2025-12-01', '2026-01-15'];
    const adults = [null, '2024-09-20', '2025-12-15'];
    const exportDays = ['2024-09-18', '2024-11-01', '2025-12-15', EXPORT_DAY];
    let checked = 0;
    for (const region of REGION_IDS) {
      for (const optedOut of optOuts) {
        for (const adultFrom of adults) {
          for (const existedBy of exportDays) {
            const frame = exposureFrame({ region, optedOut, adultFrom, asOf: ASOF }, existedBy);
            for (const kind of KINDS) {
              const undated = classifyItem(null, kind, frame);
              const days = new Set<string>();
              for (let d = dayFromIso('2024-06-01'); d <= dayFromIso(existedBy); d++) days.add(label(classifyItem(d, kind, frame)));
              days.add(label(classifyItem(-Infinity, kind, frame)));
              if (days.size === 1) expect(label(undated), `${region} ${optedOut} ${adultFrom} ${existedBy} ${kind}`).toBe([...days][0]);
              else expect(undated.cls, `${region} ${optedOut} ${adultFrom} ${existedBy} ${kind}: ${[...days].join(', ')}`).toBe('possibly-exposed');
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBe(REGION_IDS.length * optOuts.length * adults.length * exportDays.length * KINDS.length);
    expect(isoFromDay(dayFromIso(EXPORT_DAY))).toBe(EXPORT_DAY);
  });

  it('the step function the analysis uses gives every day the rule\'s own answer', () => {
    let checked = 0;
    for (const region of REGION_IDS) {
      for (const optedOut of [null, '2024-09-19', '2025-06-01', '2025-11-04', '2026-01-15']) {
        for (const adultFrom of [null, '2024-09-18', '2025-12-15']) {
          const frame = exposureFrame({ region, optedOut, adultFrom, asOf: ASOF }, EXPORT_DAY);
          for (const kind of DATA_KIND_IDS) {
            const step = dayClassifier(kind, frame);
            for (let d = dayFromIso('2024-01-01'); d <= dayFromIso('2027-01-01'); d++) {
              if (step(d) !== classifyItem(d, kind, frame)) expect(label(step(d)), `${region} ${optedOut} ${adultFrom} ${kind} ${isoFromDay(d)}`).toBe(label(classifyItem(d, kind, frame)));
              checked++;
            }
            expect(step(-1e6)).toBe(classifyItem(-1e6, kind, frame));
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1_000_000);
  });
});
