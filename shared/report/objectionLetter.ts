// Runtime: any. The letters and notes the opt-out guide drafts from the analysis. For the EU/EEA,
// Switzerland and the UK: an objection under Article 21(1) GDPR, which requires grounds relating
// to the member's particular situation (a field only the member can fill), with a request to
// erase the training data under Article 17(1)(c) that cannot be read as closing the account; and
// an access request under Article 15. For Canada: the opt-out steps and the withdrawal of consent
// (PIPEDA 4.3.8). Elsewhere: the opt-out steps only. Nothing beyond what the sources support.

import { OPT_OUT, STATEMENTS, regionById, type RegionId, type StatementId } from '../policy/policyModel';
import { formatDate, type DateStyle } from '../text/format';
import { plainCitation } from './citations';
import type { ReportJson } from './reportJson';
import { dateRange, formatCount } from './wording';

export const GROUNDS_PLACEHOLDER = '[Required: describe the grounds relating to your particular situation. Article 21(1) asks for them, for example why this processing affects you in particular.]';

export const SIGNATURE_PLACEHOLDER = '[Your name as on your LinkedIn account]';

export type LetterKind = 'objection' | 'access' | 'steps';

export interface ObjectionDraft {
  readonly kind: LetterKind;
  /** Whether a GDPR (or UK GDPR) letter applies to the region. */
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

/** The statement of the member's right to object where they have it (GDPR or UK GDPR), else null. */
export function objectionRightsOf(region: RegionId): StatementId | null {
  const { gdprObjection, rights } = regionById(region);
  if (!gdprObjection) return null;
  return rights === 'uk-gdpr' ? 'uk-gdpr-rights' : 'gdpr-rights';
}

/** The letters a region's member can draft, the first being the one reports include. */
export function letterKinds(region: RegionId): readonly LetterKind[] {
  return regionById(region).gdprObjection ? ['objection', 'access'] : ['steps'];
}

export const LETTER_NAMES: Readonly<Record<LetterKind, string>> = {
  objection: 'Objection (Article 21)',
  access: 'Access request (Article 15)',
  steps: 'Steps to stop the training',
};

function law(region: RegionId): { readonly name: string; readonly short: string } {
  return region === 'uk'
    ? { name: 'the UK General Data Protection Regulation (UK GDPR)', short: 'UK GDPR' }
    : { name: 'the General Data Protection Regulation (GDPR)', short: 'GDPR' };
}

function usedCategoryLines(report: ReportJson, style: DateStyle): string[] {
  return report.categories
    .filter((c) => c.exposure.exposed + c.exposure.possiblyExposed > 0)
    .map((c) => {
      const possibly = c.exposure.possiblyExposed > 0 ? `, ${formatCount(c.exposure.possiblyExposed)} possibly exposed` : '';
      return `- ${c.label}: ${formatCount(c.items)} items (${dateRange(c.firstDate, c.lastDate, style)}), of which ${formatCount(c.exposure.exposed)} exposed${possibly}`;
    });
}

function exportOf(report: ReportJson, style: DateStyle): string {
  return report.exportDate ? ` of ${formatDate(report.exportDate, style)}` : '';
}

function signOff(input: ObjectionInput): string[] {
  return ['Yours faithfully,', input.signature.trim() || SIGNATURE_PLACEHOLDER, ''];
}

function objectionLetter(report: ReportJson, input: ObjectionInput, style: DateStyle): string {
  const { name, short } = law(input.region);
  const grounds = input.grounds.trim() || GROUNDS_PLACEHOLDER;
  return [
    `Objection under Article 21(1) ${short} to the processing of my personal data for training AI models`,
    '',
    `To: LinkedIn, through its ${OPT_OUT.objectionFormName} (${OPT_OUT.objectionFormUrl})`,
    `Date: ${formatDate(input.date, style)}`,
    '',
    `I object, under Article 21(1) of ${name}, to the processing of my personal data to develop and train artificial-intelligence models, including content-generating models. Since 3 November 2025 LinkedIn bases this processing on its legitimate interest.`,
    '',
    'Grounds relating to my particular situation:',
    grounds,
    '',
    `My LinkedIn data export${exportOf(report, style)} holds the following data of mine in categories LinkedIn says it uses, or may use, for this training:`,
    ...usedCategoryLines(report, style),
    '',
    'I ask you:',
    '1. to stop processing my personal data for training AI models;',
    `2. to erase, under Article 17(1)(c) ${short} (erasure after an objection under Article 21(1)), the personal data of mine that you hold for training AI models or have used for it. This request concerns that training data only: I am not asking you to close or delete my LinkedIn account, my profile or my posts, which I keep;`,
    '3. to confirm in writing what you have done.',
    '',
    ...signOff(input),
  ].join('\n');
}

function accessRequest(report: ReportJson, input: ObjectionInput, style: DateStyle): string {
  const { name, short } = law(input.region);
  const used = report.totals.itemsByTrainingStatus.used;
  const dated = report.categories.filter((c) => c.itemsByTrainingStatus.used > 0);
  const first = dated.map((c) => c.firstDate).filter((d): d is string => d !== null).sort()[0] ?? null;
  const last = dated.map((c) => c.lastDate).filter((d): d is string => d !== null).sort().pop() ?? null;
  return [
    `Access request under Article 15 ${short}: my personal data and the training of AI models`,
    '',
    'To: LinkedIn',
    `Date: ${formatDate(input.date, style)}`,
    '',
    `Under Article 15 of ${name} I ask you to confirm whether you process, or have processed, my personal data to develop or train artificial-intelligence models, including content-generating models, and if so to tell me:`,
    '1. which categories of my personal data were used (for example posts, comments, profile data, what I wrote to your AI features);',
    '2. which models or AI systems were trained with them, and by whom (LinkedIn or another provider);',
    '3. from which period the data were drawn: the earliest and the latest date of the data of mine used;',
    '4. the purposes and the legal basis of this processing;',
    '5. how long my data are kept for it.',
    `I also ask for a copy of the personal data concerned (Article 15(3) ${short}).`,
    '',
    `For reference, my LinkedIn data export${exportOf(report, style)} holds ${formatCount(used)} items in categories LinkedIn says it trains on${first ? `, dated ${dateRange(first, last, style)}` : ''}.`,
    '',
    ...signOff(input),
  ].join('\n');
}

function cited(id: StatementId): string {
  return `${STATEMENTS[id].text}${plainCitation(STATEMENTS[id].sources)}`;
}

function stepsNote(input: ObjectionInput): string {
  const region = regionById(input.region);
  return [
    `Stopping LinkedIn's AI training on your data (${region.label})`,
    '',
    `Switch off "${OPT_OUT.toggleLabel}":`,
    `- On a computer: ${OPT_OUT.desktopSteps.join(' → ')} (${OPT_OUT.settingsUrl})`,
    `- In the app: ${OPT_OUT.mobileSteps.join(' → ')}`,
    '',
    cited('not-retroactive'),
    cited('setting-scope'),
    ...(region.rights === 'pipeda' ? ['', cited('pipeda-withdraw')] : []),
    '',
  ].join('\n');
}

export function letterDraftOf(kind: LetterKind, report: ReportJson, input: ObjectionInput): ObjectionDraft {
  const style = regionById(input.region).dateStyle;
  const gdpr = regionById(input.region).gdprObjection;
  switch (kind) {
    case 'objection':
      return { kind, gdpr, title: `Draft objection (Article 21(1) ${law(input.region).short})`, text: objectionLetter(report, input, style), needsGrounds: input.grounds.trim() === '' };
    case 'access':
      return { kind, gdpr, title: `Draft access request (Article 15 ${law(input.region).short})`, text: accessRequest(report, input, style), needsGrounds: false };
    case 'steps':
      return { kind, gdpr, title: 'How to stop the training', text: stepsNote(input), needsGrounds: false };
  }
}

/** The region's first letter: the one a report includes. */
export function objectionDraft(report: ReportJson, input: ObjectionInput): ObjectionDraft {
  return letterDraftOf(letterKinds(input.region)[0]!, report, input);
}
