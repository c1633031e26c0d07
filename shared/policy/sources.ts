// Runtime: any (pure data). Every source the policy model cites, as
// ../shared/docs/ai-training-policy.md names it. `url` only where that reference gives an
// address; elsewhere `reference` says where to find it, as the reference states it. The three
// laws are cited for the member's rights, not for LinkedIn's practice.

export type SourceId =
  | 'class-action-complaint'
  | 'techcrunch-2024-09-18'
  | 'techcrunch-2024-qa'
  | 'ota-privacy-policy-2024'
  | 'ico-statement-2024'
  | 'pcpd-statement-2024'
  | 'ota-user-agreement-2024'
  | 'opc-canada-2024'
  | 'ap-statement-2025'
  | 'ota-2025-eu-uk'
  | 'dpc-statement-2025'
  | 'linkedin-help-a8059228'
  | 'linkedin-genai-faq'
  | 'linkedin-eu-notice-2025'
  | 'linkedin-setting-page'
  | 'linkedin-objection-form'
  | 'linkedin-statement-minors'
  | 'gdpr'
  | 'uk-gdpr'
  | 'pipeda';

export interface Source {
  readonly title: string;
  readonly publisher: string;
  /** ISO, as precise as known: `2024-09-18`, `2025-11`, `2025`. */
  readonly date: string;
  /** Where to find it, as the policy reference gives it (commit, article id, statement). */
  readonly reference: string;
  /** Only where the policy reference gives the address. */
  readonly url?: string;
}

export const SOURCES: Readonly<Record<SourceId, Source>> = {
  'class-action-complaint': {
    title: 'Class-action complaint about LinkedIn AI training (claims unconfirmed)',
    publisher: 'classaction.org',
    date: '2025',
    reference: 'classaction.org (complaint; claims unconfirmed)',
  },
  'techcrunch-2024-09-18': {
    title: 'LinkedIn is training AI on user data before updating its terms ("The toggle isn\'t new")',
    publisher: 'TechCrunch',
    date: '2024-09-18',
    reference: 'TechCrunch, 18 Sep 2024',
  },
  'techcrunch-2024-qa': {
    title: 'LinkedIn\'s Q&A on the data its generative-AI features use, as quoted by TechCrunch',
    publisher: 'LinkedIn, quoted by TechCrunch',
    date: '2024-09-18',
    reference: 'LinkedIn Q&A, Sep 2024, quoted by TechCrunch, 18 Sep 2024',
  },
  'ota-privacy-policy-2024': {
    title: 'LinkedIn Privacy Policy, effective 18 Sep 2024',
    publisher: 'Open Terms Archive',
    date: '2024-09-18',
    reference: 'Open Terms Archive, pga-versions commit 0bb97299',
  },
  'ico-statement-2024': {
    title: 'ICO statement on LinkedIn AI training ("has suspended such model training")',
    publisher: 'Information Commissioner\'s Office (UK)',
    date: '2024-09',
    reference: 'ico.org.uk statement, Sep 2024',
  },
  'pcpd-statement-2024': {
    title: 'PCPD media statement on LinkedIn',
    publisher: 'Privacy Commissioner for Personal Data, Hong Kong',
    date: '2024-10-15',
    reference: 'PCPD media statement, 15 Oct 2024',
  },
  'ota-user-agreement-2024': {
    title: 'LinkedIn User Agreement, effective 20 Nov 2024 (generative-AI features clause)',
    publisher: 'Open Terms Archive',
    date: '2024-11-20',
    reference: 'Open Terms Archive commit 71980c92',
  },
  'opc-canada-2024': {
    title: 'Statement on LinkedIn pausing AI training in Canada (no pause day given)',
    publisher: 'Office of the Privacy Commissioner of Canada',
    date: '2024-12-10',
    reference: 'Office of the Privacy Commissioner of Canada, 10 Dec 2024',
  },
  'ap-statement-2025': {
    title: 'Press release: LinkedIn intends to use EU data "going back to 2003"',
    publisher: 'Autoriteit Persoonsgegevens (Dutch data protection authority)',
    date: '2025-09-24',
    reference: 'AP press release, 24 Sep 2025',
  },
  'ota-2025-eu-uk': {
    title: 'LinkedIn Privacy Policy and terms, effective 3 Nov 2025 (EU, EEA, CH, UK, CA, HK)',
    publisher: 'Open Terms Archive',
    date: '2025-11-03',
    reference: 'Open Terms Archive commits bc7d59e9, 1f644705',
  },
  'dpc-statement-2025': {
    title: 'Irish Data Protection Commission statement on LinkedIn AI training (not an approval)',
    publisher: 'Data Protection Commission (Ireland)',
    date: '2025-11',
    reference: 'DPC statement, Nov 2025, as reported by Irish Legal News, Pinsent Masons Out-Law and the Law Society Gazette of Ireland',
  },
  'linkedin-help-a8059228': {
    title: 'LinkedIn Help: data use for generative AI (3 Nov 2025 update)',
    publisher: 'LinkedIn',
    date: '2025-11-03',
    reference: 'LinkedIn Help article a8059228',
  },
  'linkedin-genai-faq': {
    title: 'LinkedIn generative-AI FAQ',
    publisher: 'LinkedIn',
    date: '2025',
    reference: 'LinkedIn Help article a5538339',
  },
  'linkedin-eu-notice-2025': {
    title: 'LinkedIn European privacy notice, effective 3 Nov 2025 (its row "To train our content-generating Generative AI systems")',
    publisher: 'LinkedIn (Open Terms Archive)',
    date: '2025-11-03',
    reference: 'European privacy notice, effective 3 Nov 2025 (Open Terms Archive)',
  },
  'linkedin-setting-page': {
    title: 'Setting "Data for Generative AI Improvement" ("does not include your private messages")',
    publisher: 'LinkedIn',
    date: '2025',
    reference: 'LinkedIn settings page',
    url: 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
  },
  'linkedin-objection-form': {
    title: 'Data Processing Objection form ("may not be able to fulfil your request")',
    publisher: 'LinkedIn',
    date: '2025',
    reference: 'LinkedIn Help form TS-DPRO',
    url: 'https://www.linkedin.com/help/linkedin/ask/TS-DPRO',
  },
  'linkedin-statement-minors': {
    title: 'LinkedIn statement on members under 18 (as reported)',
    publisher: 'secondary sources',
    date: '2024',
    reference: 'LinkedIn statement quoted by secondary sources',
  },
  gdpr: {
    title: 'General Data Protection Regulation, Articles 15, 17(1)(c) and 21(1)',
    publisher: 'European Union',
    date: '2016-04-27',
    reference: 'Regulation (EU) 2016/679',
  },
  'uk-gdpr': {
    title: 'UK General Data Protection Regulation, Articles 15, 17(1)(c) and 21(1)',
    publisher: 'United Kingdom',
    date: '2021-01-01',
    reference: 'UK GDPR (retained Regulation (EU) 2016/679)',
  },
  pipeda: {
    title: 'Personal Information Protection and Electronic Documents Act, Schedule 1, principle 4.3.8 (withdrawal of consent)',
    publisher: 'Canada',
    date: '2000',
    reference: 'PIPEDA, Schedule 1, principle 4.3.8',
  },
};

export const SOURCE_IDS = Object.keys(SOURCES) as SourceId[];
