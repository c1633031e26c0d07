// Runtime: any. A draft objection to AI training, pre-filled from the analysis. For the EU/EEA,
// Switzerland and the UK: Article 21(1) GDPR, which requires grounds relating to the member's
// particular situation, so the draft has a field only the member can fill. Elsewhere: the
// opt-out steps, and only what the policy sources support.

import { OPT_OUT, regionById, type RegionId } from '../policy/policyModel';
import type { ReportJson } from './reportJson';
import { dateRange, formatCount } from './wording';

export const GROUNDS_PLACEHOLDER = '[Required: describe the grounds relating to your particular situation. Article 21(1) asks for them, for example why this processing affects you in particular.]';

export interface ObjectionDraft {
  /** Whether a GDPR Article 21(1) objection applies to the region. */
  readonly gdpr: boolean;
  readonly title: string;
  readonly text: string;
  /** The grounds are still the placeholder: the draft cannot be sent like this. */
  readonly needsGrounds: boolean;
}

export interface ObjectionInput {
  readonly region: RegionId;
  /** What the member wrote for Article 21(1); empty leaves the placeholder. */
  readonly grounds: string;
  /** The member's name as they want it signed; empty leaves a blank to fill. */
  readonly signature: string;
  /** Today, ISO. */
  readonly date: string;
}

function usedCategoryLines(report: ReportJson): string[] {
  return report.categories
    .filter((c) => c.exposure.exposed + c.exposure.possiblyExposed > 0)
    .map((c) => {
      const possibly = c.exposure.possiblyExposed > 0 ? `, ${formatCount(c.exposure.possiblyExposed)} possibly` : '';
      return `- ${c.label}: ${formatCount(c.items)} items (${dateRange(c.firstDate, c.lastDate)}), of which ${formatCount(c.exposure.exposed)} in categories LinkedIn says it trains on${possibly}`;
    });
}

function gdprLetter(report: ReportJson, input: ObjectionInput): string {
  const law = input.region === 'uk' ? 'Article 21(1) of the UK General Data Protection Regulation' : 'Article 21(1) of the General Data Protection Regulation (GDPR)';
  const grounds = input.grounds.trim() || GROUNDS_PLACEHOLDER;
  const exportDate = report.exportDate ? ` of ${report.exportDate}` : '';
  return [
    `Objection under ${law} to the processing of my personal data for training AI models`,
    '',
    `To: LinkedIn, through its ${OPT_OUT.objectionFormName} (${OPT_OUT.objectionFormUrl})`,
    `Date: ${input.date}`,
    '',
    `I object, under ${law}, to the processing of my personal data to develop and train artificial-intelligence models, including content-generating models. Since 3 November 2025 LinkedIn bases this processing on its legitimate interest.`,
    '',
    'Grounds relating to my particular situation:',
    grounds,
    '',
    `My LinkedIn data export${exportDate} holds the following data of mine in categories LinkedIn says it uses, or may use, for this training:`,
    ...usedCategoryLines(report),
    '',
    'I ask you:',
    '1. to stop processing my personal data for training AI models;',
    '2. to erase my personal data already used for such training, and to tell me whether it has been used and in which models, as far as this is possible;',
    '3. to confirm in writing what you have done.',
    '',
    'Yours faithfully,',
    input.signature.trim() || '[Your name as on your LinkedIn account]',
    '',
  ].join('\n');
}

function optOutNote(input: ObjectionInput): string {
  const region = regionById(input.region);
  return [
    `Stopping LinkedIn's AI training on your data (${region.label})`,
    '',
    `Switch off "${OPT_OUT.toggleLabel}":`,
    `- On a computer: ${OPT_OUT.desktopSteps.join(' → ')} (${OPT_OUT.settingsUrl})`,
    `- In the app: ${OPT_OUT.mobileSteps.join(' → ')}`,
    '',
    OPT_OUT.notRetroactive,
    OPT_OUT.notCovered,
    '',
    `LinkedIn also offers a ${OPT_OUT.objectionFormName} (${OPT_OUT.objectionFormUrl}) for processing based on its legitimate interest. ${OPT_OUT.objectionCaveat}`,
    'The sources this app relies on do not describe a legal right to object to this training in your region; a GDPR Article 21 objection applies to members in the EU/EEA, Switzerland and the UK.',
    ...region.notes,
    '',
  ].join('\n');
}

export function objectionDraft(report: ReportJson, input: ObjectionInput): ObjectionDraft {
  const gdpr = regionById(input.region).gdprObjection;
  return gdpr
    ? { gdpr, title: 'Draft objection (Article 21(1) GDPR)', text: gdprLetter(report, input), needsGrounds: input.grounds.trim() === '' }
    : { gdpr, title: 'How to stop the training', text: optOutNote(input), needsGrounds: false };
}
