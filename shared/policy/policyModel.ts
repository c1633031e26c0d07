// Runtime: any (pure data). What LinkedIn says it trains on, when and where, with sources.
// Everything here comes from ../shared/docs/ai-training-policy.md; a policy change is an edit to
// this file only. Dates are ISO calendar days (UTC); window ends are exclusive.

export const POLICY_MODEL_DATE = '2025-11-03';

export type SourceId =
  | 'class-action-complaint'
  | 'techcrunch-2024-09-18'
  | 'techcrunch-2024-qa'
  | 'ota-privacy-policy-2024'
  | 'ico-statement-2024'
  | 'pcpd-statement-2024'
  | 'ota-user-agreement-2024'
  | 'opc-canada-2024'
  | 'ota-2025-eu-uk'
  | 'linkedin-help-a8059228'
  | 'linkedin-genai-faq'
  | 'linkedin-eu-notice-2025'
  | 'linkedin-setting-page'
  | 'linkedin-statement-minors';

export interface Source {
  readonly title: string;
  readonly publisher: string;
  readonly date: string;
  /** Where to find it, as the policy reference gives it (commit, article id, statement). */
  readonly reference: string;
}

export const SOURCES: Readonly<Record<SourceId, Source>> = {
  'class-action-complaint': {
    title: 'Class-action complaint about LinkedIn AI training',
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
    title: 'LinkedIn Q&A on data used for generative AI',
    publisher: 'TechCrunch',
    date: '2024-09',
    reference: 'TechCrunch, 2024 Q&A',
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
    date: '2024-09-20',
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
    title: 'Statement on LinkedIn pausing AI training in Canada',
    publisher: 'Office of the Privacy Commissioner of Canada',
    date: '2024-12-10',
    reference: 'Office of the Privacy Commissioner of Canada, 10 Dec 2024',
  },
  'ota-2025-eu-uk': {
    title: 'LinkedIn Privacy Policy and terms, effective 3 Nov 2025 (EU, EEA, CH, UK, CA, HK)',
    publisher: 'Open Terms Archive',
    date: '2025-11-03',
    reference: 'Open Terms Archive commits bc7d59e9, 1f644705',
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
    title: 'LinkedIn European notice on AI training',
    publisher: 'LinkedIn',
    date: '2025-11-03',
    reference: 'European notice, 3 Nov 2025',
  },
  'linkedin-setting-page': {
    title: 'Setting "Data for Generative AI Improvement" ("does not include your private messages")',
    publisher: 'LinkedIn',
    date: '2025',
    reference: 'LinkedIn settings page',
  },
  'linkedin-statement-minors': {
    title: 'LinkedIn statement on members under 18 (as reported)',
    publisher: 'secondary sources',
    date: '2024',
    reference: 'LinkedIn statement quoted by secondary sources',
  },
};

export type RegionId = 'us' | 'eu' | 'uk' | 'ca' | 'hk' | 'other';

/**
 * A span in which a region's members' data could have been used for content-generating AI
 * training. `stated` windows rest on a policy or regulator text; `unconfirmed` ones only on
 * reports, so items inside them alone are counted as "possibly exposed", never "exposed".
 */
export interface TrainingWindow {
  readonly start: string;
  /** Exclusive; null while the window is still open. */
  readonly end: string | null;
  readonly certainty: 'stated' | 'unconfirmed';
  readonly note: string;
  readonly sources: readonly SourceId[];
}

export interface Region {
  readonly id: RegionId;
  readonly label: string;
  readonly windows: readonly TrainingWindow[];
  /** Only where the policy reference supports it. */
  readonly notes: readonly string[];
  /** Members here can object under GDPR Article 21(1) (EU/EEA, UK, Switzerland). */
  readonly gdprObjection: boolean;
}

const AUGUST_2024_REPORTED: TrainingWindow = {
  start: '2024-08-01',
  end: '2024-09-18',
  certainty: 'unconfirmed',
  note: 'The setting reportedly appeared, on by default, in August 2024 (day unknown); unconfirmed.',
  sources: ['class-action-complaint', 'techcrunch-2024-09-18'],
};

const FROM_3_NOV_2025: TrainingWindow = {
  start: '2025-11-03',
  end: null,
  certainty: 'stated',
  note: 'Training switched on, default on, under "legitimate interest"; does not include private messages.',
  sources: ['ota-2025-eu-uk', 'linkedin-help-a8059228'],
};

const FROM_18_SEP_2024: TrainingWindow = {
  start: '2024-09-18',
  end: null,
  certainty: 'stated',
  note: 'Privacy Policy effective 18 Sep 2024: personal data may be used to "develop and train artificial intelligence (AI) models"; opted in by default.',
  sources: ['ota-privacy-policy-2024'],
};

const US_NOTES = [
  'From 3 Nov 2025 more data (profile, feed activity, ad engagement) is shared with the affiliate Microsoft for ads; a separate advertising setting controls it, and a Global Privacy Control signal opts US members out.',
];

export const REGIONS: readonly Region[] = [
  {
    id: 'us',
    label: 'United States',
    windows: [AUGUST_2024_REPORTED, FROM_18_SEP_2024],
    notes: US_NOTES,
    gdprObjection: false,
  },
  {
    id: 'eu',
    label: 'EU, EEA or Switzerland',
    windows: [FROM_3_NOV_2025],
    notes: ['The setting was not offered here before 3 Nov 2025; training started then, default on.'],
    gdprObjection: true,
  },
  {
    id: 'uk',
    label: 'United Kingdom',
    windows: [
      {
        start: '2024-08-01',
        end: '2024-09-20',
        certainty: 'unconfirmed',
        note: 'Possibly used before 20 Sep 2024, when the ICO said LinkedIn "has suspended such model training"; unconfirmed.',
        sources: ['ico-statement-2024', 'class-action-complaint'],
      },
      FROM_3_NOV_2025,
    ],
    notes: [
      'From 3 Nov 2025, posts, comments, articles and videos of UK members are also shared with Microsoft for Microsoft\'s AI training.',
    ],
    gdprObjection: true,
  },
  {
    id: 'ca',
    label: 'Canada',
    windows: [
      AUGUST_2024_REPORTED,
      {
        start: '2024-09-18',
        end: '2024-12-10',
        certainty: 'stated',
        note: 'Paused on a day before 10 Dec 2024 that the regulator did not state; the app takes 10 Dec 2024 as the latest possible end.',
        sources: ['ota-privacy-policy-2024', 'opc-canada-2024'],
      },
      FROM_3_NOV_2025,
    ],
    notes: [],
    gdprObjection: false,
  },
  {
    id: 'hk',
    label: 'Hong Kong',
    windows: [
      AUGUST_2024_REPORTED,
      {
        start: '2024-09-18',
        end: '2024-10-11',
        certainty: 'stated',
        note: 'Paused on 11 Oct 2024.',
        sources: ['ota-privacy-policy-2024', 'pcpd-statement-2024'],
      },
      FROM_3_NOV_2025,
    ],
    notes: [],
    gdprObjection: false,
  },
  {
    id: 'other',
    label: 'Another region',
    windows: [AUGUST_2024_REPORTED, FROM_18_SEP_2024],
    notes: US_NOTES,
    gdprObjection: false,
  },
];

export interface PolicyEvent {
  readonly date: string;
  /** Shown instead of the exact date when the day is not known. */
  readonly dateLabel: string;
  readonly event: string;
  readonly regions: string;
  readonly confirmed: boolean;
  readonly sources: readonly SourceId[];
  /** Drawn as a marker on timelines. */
  readonly marker: boolean;
}

export const POLICY_EVENTS: readonly PolicyEvent[] = [
  {
    date: '2024-08-01',
    dateLabel: 'Aug 2024 (unconfirmed)',
    event: 'The setting "Data for Generative AI Improvement" reportedly appears, on by default',
    regions: 'outside EU/EEA/CH',
    confirmed: false,
    sources: ['class-action-complaint', 'techcrunch-2024-09-18'],
    marker: false,
  },
  {
    date: '2024-09-18',
    dateLabel: '18 Sep 2024',
    event: 'Privacy Policy allows using personal data to "develop and train artificial intelligence (AI) models"; opted in by default',
    regions: 'US and most others; not EU/EEA/CH',
    confirmed: true,
    sources: ['ota-privacy-policy-2024'],
    marker: true,
  },
  {
    date: '2024-09-20',
    dateLabel: '20 Sep 2024',
    event: 'UK excluded as well',
    regions: 'UK',
    confirmed: true,
    sources: ['ico-statement-2024'],
    marker: false,
  },
  {
    date: '2024-10-11',
    dateLabel: '11 Oct 2024',
    event: 'Hong Kong paused',
    regions: 'HK',
    confirmed: true,
    sources: ['pcpd-statement-2024'],
    marker: false,
  },
  {
    date: '2024-11-20',
    dateLabel: '20 Nov 2024',
    event: 'User Agreement adds a generative-AI features clause',
    regions: 'global',
    confirmed: true,
    sources: ['ota-user-agreement-2024'],
    marker: false,
  },
  {
    date: '2024-12-10',
    dateLabel: 'before 10 Dec 2024',
    event: 'Canada paused (exact day not stated)',
    regions: 'CA',
    confirmed: true,
    sources: ['opc-canada-2024'],
    marker: false,
  },
  {
    date: '2025-11-03',
    dateLabel: '3 Nov 2025',
    event: 'Training switched on, default on, under "legitimate interest"; "does not include your private messages"',
    regions: 'EU, EEA, Switzerland, UK, Canada, Hong Kong',
    confirmed: true,
    sources: ['ota-2025-eu-uk', 'linkedin-help-a8059228'],
    marker: true,
  },
];

export type CategoryId =
  | 'posts'
  | 'language'
  | 'logins'
  | 'responses'
  | 'profile'
  | 'ai-conversations'
  | 'jobs'
  | 'messages'
  | 'network'
  | 'activity'
  | 'account';

export interface Category {
  readonly id: CategoryId;
  readonly label: string;
  /** For chart axes and narrow columns. */
  readonly shortLabel: string;
  /** One of the four categories the public reporting names. */
  readonly namedByReporting: boolean;
  readonly description: string;
  /** What the sources say about this kind of data, in plain words. */
  readonly policy: string;
  readonly sources: readonly SourceId[];
}

/** In display order: the four the reporting names first. */
export const CATEGORIES: readonly Category[] = [
  {
    id: 'posts',
    label: 'Posts',
    shortLabel: 'Posts',
    namedByReporting: true,
    description: 'Your posts, articles and reposts.',
    policy: 'Posts, articles and contributions in all formats are used for training content-generating AI.',
    sources: ['linkedin-genai-faq', 'linkedin-eu-notice-2025'],
  },
  {
    id: 'language',
    label: 'Language preferences',
    shortLabel: 'Language',
    namedByReporting: true,
    description: 'Languages on your profile, Duolingo scores and the language of your LinkedIn interface.',
    policy: 'Unclear: language preference is processed "to improve or develop the LinkedIn services", but is not in the explicit training list.',
    sources: ['techcrunch-2024-qa'],
  },
  {
    id: 'logins',
    label: 'Login activity',
    shortLabel: 'Logins',
    namedByReporting: true,
    description: 'When and from where you signed in, and security challenges.',
    policy: 'Unclear: how often you use LinkedIn is processed "to improve or develop the LinkedIn services", but is not in the explicit training list.',
    sources: ['techcrunch-2024-qa'],
  },
  {
    id: 'responses',
    label: 'Responses',
    shortLabel: 'Responses',
    namedByReporting: true,
    description: 'Your comments, reactions and poll votes.',
    policy: 'Comments and poll responses are used. Reactions are unclear: the sources list comments and poll responses, not reactions.',
    sources: ['linkedin-genai-faq', 'linkedin-eu-notice-2025'],
  },
  {
    id: 'profile',
    label: 'Profile',
    shortLabel: 'Profile',
    namedByReporting: false,
    description: 'Name, photo, headline, summary, positions, education, skills, certifications, endorsements and recommendations.',
    policy: 'Profile data is used for training content-generating AI.',
    sources: ['linkedin-genai-faq', 'linkedin-eu-notice-2025'],
  },
  {
    id: 'ai-conversations',
    label: 'Conversations with LinkedIn\'s AI assistants',
    shortLabel: 'AI assistants',
    namedByReporting: false,
    description: 'What you wrote to LinkedIn\'s AI features (coach, guide, learning coach, role play) and their answers.',
    policy: 'Inputs to AI features (prompts, search text, chats with assistants, their inputs and outputs) are used.',
    sources: ['linkedin-genai-faq', 'linkedin-eu-notice-2025'],
  },
  {
    id: 'jobs',
    label: 'Jobs',
    shortLabel: 'Jobs',
    namedByReporting: false,
    description: 'Job applications, saved jobs, job-seeker preferences and saved screening answers.',
    policy: 'Resumes and screening answers saved for future use are used from 2025 (unclear for 2024). Data tied to a specific job application and salary data are not used.',
    sources: ['linkedin-genai-faq'],
  },
  {
    id: 'messages',
    label: 'Private messages',
    shortLabel: 'Messages',
    namedByReporting: false,
    description: 'Your inbox: conversations and InMail.',
    policy: 'Not used: the setting "does not include your private messages".',
    sources: ['linkedin-setting-page', 'linkedin-help-a8059228'],
  },
  {
    id: 'network',
    label: 'Network',
    shortLabel: 'Network',
    namedByReporting: false,
    description: 'Connections, invitations, follows and imported contacts.',
    policy: 'Connections are not in the content-generating training list; they are used for other AI (personalisation, safety), which the setting does not cover.',
    sources: ['linkedin-eu-notice-2025'],
  },
  {
    id: 'activity',
    label: 'Activity and ads',
    shortLabel: 'Activity and ads',
    namedByReporting: false,
    description: 'Searches, saved items, learning, events, ad clicks, ad targeting and inferences about you.',
    policy: 'Activity, ad clicks and inferences are not in the content-generating training list; they are used for other AI. Search text given to AI features is used, so searches are unclear.',
    sources: ['linkedin-eu-notice-2025', 'linkedin-genai-faq'],
  },
  {
    id: 'account',
    label: 'Account',
    shortLabel: 'Account',
    namedByReporting: false,
    description: 'Registration, e-mail addresses, phone numbers, receipts, verifications and account history.',
    policy: 'Login credentials and payment data are not used.',
    sources: ['linkedin-genai-faq'],
  },
];

/** Data the sources say is never used, shown so members see the whole table. */
export const EXCLUSIONS: readonly { readonly what: string; readonly sources: readonly SourceId[] }[] = [
  { what: 'Private messages (inbox, InMail)', sources: ['linkedin-setting-page'] },
  { what: 'Login credentials and payment data', sources: ['linkedin-genai-faq'] },
  { what: 'Salary data, and job-application data tied to a specific application', sources: ['linkedin-genai-faq'] },
  { what: 'Data of members believed to be under 18', sources: ['linkedin-statement-minors'] },
];

export const OPT_OUT = {
  settingName: 'Data for Generative AI Improvement',
  toggleLabel: 'Use my data for training content creation AI models',
  settingsUrl: 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
  desktopSteps: ['Me', 'Settings & Privacy', 'Data privacy', 'Data for Generative AI Improvement', 'Turn off "Use my data for training content creation AI models"'],
  mobileSteps: ['Your profile photo', 'Settings', 'Data privacy', 'Data for Generative AI Improvement', 'Turn it off'],
  notRetroactive: 'Opting out does not affect training that has already taken place.',
  notCovered: 'The setting does not cover AI used for personalisation, security or anti-abuse.',
  objectionFormUrl: 'https://www.linkedin.com/help/linkedin/ask/TS-DPRO',
  objectionFormName: 'Data Processing Objection form',
  objectionCaveat: 'LinkedIn "may not be able to fulfil your request". Nothing found says it removes data from trained models.',
  adsSharing: 'Ads data shared with Microsoft: Settings → Advertising data → data sharing with affiliates and partners (the name varies).',
  sources: ['linkedin-genai-faq', 'linkedin-help-a8059228', 'linkedin-eu-notice-2025'] as readonly SourceId[],
} as const;

export function regionById(id: RegionId): Region {
  const region = REGIONS.find((r) => r.id === id);
  if (!region) throw new Error(`Unknown region ${id}`);
  return region;
}

export function categoryById(id: CategoryId): Category {
  const category = CATEGORIES.find((c) => c.id === id);
  if (!category) throw new Error(`Unknown category ${id}`);
  return category;
}

export const REGION_IDS: readonly RegionId[] = REGIONS.map((r) => r.id);
export const CATEGORY_IDS: readonly CategoryId[] = CATEGORIES.map((c) => c.id);
