import { describe, expect, it } from 'vitest';
import { FILE_CATALOG } from '../../shared/catalog/fileCatalog';
import { matchFile } from '../../shared/catalog/matchFile';
import { generateExport, type Era } from '../../shared/sample';
import { stemOf } from './readBack';

/** Every file the format doc's tables name, by its names over time. */
const DOC_FILES: string[][] = [
  ['Shares'], ['Comments'], ['Reactions'], ['Votes'], ['InstantReposts'], ['Rich_Media'], ['Rich Media'], ['Saved_Items'],
  ['Languages'], ['Ad_Targeting'], ['Ad Targeting'], ['Duolingo'], ['Logins'], ['Security Challenges'], ['Account Status History'],
  ['guide_messages'], ['learning_coach_messages'], ['coach_messages'], ['learning_role_play_messages'], ['LearningCoachMessages'],
  ['messages'], ['Messages'], ['Profile'], ['Profile Summary'], ['Positions'], ['Education'], ['Skills'], ['Certifications'],
  ['Projects'], ['Publications'], ['Honors'], ['Volunteering'], ['Causes You Care About'], ['Recommendations_Received'],
  ['Recommendations_Given'], ['Endorsement_Received_Info'], ['Endorsement Received Info'], ['Endorsement_Given_Info'],
  ['Learning'], ['Job Applications'], ['Saved Jobs'], ['Job Seeker Preferences'], ['Job Applicant Saved Answers'],
  ['Job Applicant Saved Screening Question Responses'], ['SavedJobAlerts'], ['Connections'], ['Invitations'],
  ['Company Follows'], ['Member_Follows'], ['Hashtag_Follows'], ['Contacts'], ['Imported Contacts'], ['Notes'],
  ['SearchQueries'], ['Search Queries'], ['Ads Clicked'], ['LAN Ads Engagement'], ['Inferences_about_you'], ['Events'],
  ['Reviews'], ['Registration'], ['Email Addresses'], ['PhoneNumbers'], ['Phone Numbers'], ['Receipts_v2'],
  ['Verifications'], ['Private_identity_asset'], ['Whatsapp Phone Numbers'], ['Courses'], ['Organizations'],
  ['Member Hashtags'], ['Online Job Postings'], ['Receipts'], ['Calendar'], ['Videos'],
];

const ERAS: Era[] = [2018, 2022, 2024, 2026];

describe('coverage of the format doc', () => {
  const exports = ERAS.map((era) => generateExport({ era }));
  const stems = new Set(exports.flatMap((e) => e.files.map((f) => stemOf(f.path).replace(/_1$/, ''))));

  it('writes every documented file in at least one era', () => {
    const missing = DOC_FILES.filter((names) => !names.some((n) => stems.has(n)));
    expect(missing).toEqual([]);
  });

  it('matches every file but one unknown file per era, which has rows', () => {
    for (const exp of exports) {
      const unknown = exp.expected.files.filter((f) => f.catalogId === null && !f.path.endsWith('.html'));
      expect(unknown, String(exp.era)).toHaveLength(1);
      expect(unknown[0]!.rows).toBeGreaterThan(0);
      expect(matchFile(unknown[0]!.path)).toBeNull();
      expect(exp.expected.files.filter((f) => f.catalogId === null)).toHaveLength(1);
    }
  });

  it('uses every catalog entry in some era', () => {
    const ids = new Set(exports.flatMap((e) => e.expected.files.map((f) => f.catalogId)));
    const unused = FILE_CATALOG.map((e) => e.id).filter((id) => !ids.has(id));
    expect(unused).toEqual([]);
  });
});
