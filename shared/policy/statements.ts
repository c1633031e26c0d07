// Runtime: any (pure data). Every sentence the app and its reports say about LinkedIn's practice
// and the member's rights, each written once, each with the sources that support it (from
// ../shared/docs/ai-training-policy.md). Training rules, windows, regions and the guide refer to
// these by id; every surface shows a statement with its sources beside it.

import type { SourceId } from './sources';

export interface Statement {
  readonly text: string;
  /** Empty only for the app's own notes about its sources (they state nothing about LinkedIn). */
  readonly sources: readonly SourceId[];
}

const LISTS: readonly SourceId[] = ['linkedin-genai-faq', 'linkedin-eu-notice-2025'];

export const STATEMENTS = {
  // What LinkedIn trains on, kind by kind.
  'member-content': {
    text: 'LinkedIn lists posts, articles, comments, poll responses and contributions in all formats among the data it uses to train content-generating AI.',
    sources: LISTS,
  },
  reposts: {
    text: 'A repost without text of your own shares someone else\'s post. LinkedIn\'s list names posts, articles and comments, not reposts: unclear.',
    sources: LISTS,
  },
  reactions: {
    text: 'Reactions are named nowhere in LinkedIn\'s training list, which names comments and poll responses: unclear.',
    sources: LISTS,
  },
  profile: {
    text: 'LinkedIn lists these profile sections among its training data: name, photo, current position and work experience, education, location, skills, summary, certifications, licences, volunteering, publications, patents, endorsements and recommendations.',
    sources: LISTS,
  },
  'profile-unnamed': {
    text: 'Projects, honours, causes, courses, organisations and the hashtags you post about are not among the profile sections LinkedIn\'s training list names: unclear.',
    sources: LISTS,
  },
  'ai-feature-inputs': {
    text: 'What you type into LinkedIn\'s generative-AI features (prompts, search text, chats with its assistants) and their answers are in the training list.',
    sources: LISTS,
  },
  'saved-answers-notice': {
    text: 'The Nov 2025 notice\'s training row names the screening answers and resumes members add to their account for ongoing use.',
    sources: ['linkedin-eu-notice-2025'],
  },
  'saved-answers-undated': {
    text: 'LinkedIn\'s FAQ names screening answers and resumes saved for future use, but no source dates when they were added to training: unclear.',
    sources: ['linkedin-genai-faq'],
  },
  'job-applications': {
    text: 'Data tied to a specific job application, and salary data, are not used.',
    sources: ['linkedin-genai-faq'],
  },
  'language-2024': {
    text: 'LinkedIn\'s Sep 2024 Q&A says your language preference is processed "to improve or develop the LinkedIn services", but no explicit training list names it: unclear.',
    sources: ['techcrunch-2024-qa'],
  },
  'logins-2024': {
    text: 'LinkedIn\'s Sep 2024 Q&A says how frequently you use LinkedIn is processed "to improve or develop the LinkedIn services", but no explicit training list names it: unclear.',
    sources: ['techcrunch-2024-qa'],
  },
  'notice-other-rows': {
    text: 'The Nov 2025 notice lists login, IP and device data and "Member-chosen language" only under account, security and general product improvement, not in its row "To train our content-generating Generative AI systems".',
    sources: ['linkedin-eu-notice-2025'],
  },
  'other-ai': {
    text: 'Those other purposes include training AI systems for content classification, trust and safety, and security threat detection; the setting "Data for Generative AI Improvement" does not switch that off, and objecting to it goes through the Data Processing Objection form.',
    sources: ['linkedin-eu-notice-2025'],
  },
  'not-in-training-list': {
    text: 'Activity (page visits, ad clicks), inferences, device data and connections are not in the content-generating training list; LinkedIn uses them for other AI (personalisation, safety), which the setting does not cover.',
    sources: ['linkedin-eu-notice-2025'],
  },
  'job-postings': {
    text: 'Jobs you posted are not in LinkedIn\'s list of the data it uses to train content-generating AI; in the UK, from 3 Nov 2025, LinkedIn also shares job postings with Microsoft for its own AI training, which the same setting opts out of.',
    sources: ['linkedin-eu-notice-2025'],
  },
  'not-named': {
    text: 'Not in LinkedIn\'s list of the data it uses to train content-generating AI.',
    sources: LISTS,
  },
  search: {
    text: 'Search text typed into LinkedIn\'s AI features is in the training list; the export does not say which searches went through one: unclear.',
    sources: LISTS,
  },
  reviews: {
    text: 'Reviews you wrote may count as contributions; no source names them: unclear.',
    sources: ['linkedin-genai-faq'],
  },
  'private-messages': {
    text: 'Private messages (inbox, InMail) are not used: the setting "does not include your private messages".',
    sources: ['linkedin-setting-page', 'linkedin-help-a8059228'],
  },
  account: {
    text: 'Login credentials and payment data are not used, and account records are not in the training list.',
    sources: LISTS,
  },

  // When and where: the training windows and what is known of them.
  'window-reported-aug-2024': {
    text: 'The setting "Data for Generative AI Improvement" reportedly appeared, on by default, in August 2024 (day unknown); unconfirmed.',
    sources: ['class-action-complaint', 'techcrunch-2024-09-18'],
  },
  'window-sep-2024': {
    text: 'LinkedIn\'s Privacy Policy, effective 18 Sep 2024, allows using personal data to "develop and train artificial intelligence (AI) models", with members opted in by default; the setting was not offered in the EU, EEA or Switzerland.',
    sources: ['ota-privacy-policy-2024'],
  },
  'window-uk-2024': {
    text: 'UK data was possibly used before 20 Sep 2024, when the ICO said LinkedIn "has suspended such model training"; unconfirmed.',
    sources: ['ico-statement-2024', 'class-action-complaint'],
  },
  'window-hk-2024': {
    text: 'Hong Kong: from 18 Sep 2024 until training there was paused on 11 Oct 2024.',
    sources: ['ota-privacy-policy-2024', 'pcpd-statement-2024'],
  },
  'window-ca-2024': {
    text: 'Canada: from 18 Sep 2024 until a pause day before 10 Dec 2024 that the Privacy Commissioner did not state, so the weeks after 18 Sep 2024 are only possibly in the window.',
    sources: ['ota-privacy-policy-2024', 'opc-canada-2024'],
  },
  'window-nov-2025': {
    text: 'Training switched on, default on, on 3 Nov 2025 in the EU, EEA, Switzerland, the UK, Canada and Hong Kong, under "legitimate interest"; it "does not include your private messages".',
    sources: ['ota-2025-eu-uk', 'linkedin-help-a8059228'],
  },
  'eu-past-cutoff': {
    text: 'LinkedIn first planned to use EU data "going back to 2003"; after the Irish DPC\'s review it agreed to reduce "the time period from which it proposed to draw the data", but the cut-off is not published. So items from before 3 Nov 2025 are possibly, not certainly, in scope. The DPC has not approved the processing.',
    sources: ['ap-statement-2025', 'dpc-statement-2025'],
  },

  // Region notes.
  'uk-microsoft': {
    text: 'From 3 Nov 2025 UK members\' posts, comments, articles and videos are also shared with Microsoft for its own AI training; the same setting opts out.',
    sources: ['linkedin-eu-notice-2025'],
  },
  'us-microsoft-ads': {
    text: 'From 3 Nov 2025 more data (profile, feed activity, ad engagement) is shared with the affiliate Microsoft for ads; a separate advertising setting controls it, and a Global Privacy Control signal opts US members out.',
    sources: ['linkedin-help-a8059228'],
  },

  // The four categories of the public reporting, from their source.
  'four-categories': {
    text: 'The public reporting named four categories: posts, language preferences, login frequency and responses. They paraphrase LinkedIn\'s Sep 2024 Q&A: "your use of the generative AI feature, your posts and articles, how frequently you use LinkedIn, your language preference, and any feedback you may have provided to our teams".',
    sources: ['techcrunch-2024-qa'],
  },
  'reported-posts': {
    text: 'Stands for "your posts and articles" in LinkedIn\'s Sep 2024 Q&A.',
    sources: ['techcrunch-2024-qa'],
  },
  'reported-language': {
    text: 'Stands for "your language preference" in LinkedIn\'s Sep 2024 Q&A.',
    sources: ['techcrunch-2024-qa'],
  },
  'reported-logins': {
    text: 'Stands for "how frequently you use LinkedIn" in LinkedIn\'s Sep 2024 Q&A; your export shows it as your logins.',
    sources: ['techcrunch-2024-qa'],
  },
  'reported-responses': {
    text: 'Stands for "any feedback you may have provided to our teams" in LinkedIn\'s Sep 2024 Q&A: feedback to LinkedIn, which the export does not contain. The comments and poll votes counted here are in the training list in their own right; reactions are named nowhere (unclear).',
    sources: ['techcrunch-2024-qa', 'linkedin-genai-faq', 'linkedin-eu-notice-2025'],
  },

  // What the app can and cannot say; minors.
  'cannot-know': {
    text: 'This shows what could have been used, never that something was: LinkedIn\'s published texts name kinds of data, not which of your items were used, nor in which models.',
    sources: LISTS,
  },
  'minors-excluded': {
    text: 'LinkedIn says it does not train on the data of members it believes are under 18; in the EU it agreed with the Irish DPC to exclude them more strongly.',
    sources: ['linkedin-statement-minors', 'dpc-statement-2025'],
  },
  'opt-out-date-recall': {
    text: 'The sources this app relies on do not say that LinkedIn shows the day you switched the setting off, so you may need to recall it. If you are unsure, enter a later day you are sure of: the figures then err towards more, not less.',
    sources: [],
  },

  // Opting out and objecting.
  'opt-out-steps': {
    text: 'Switch off "Use my data for training content creation AI models" under Settings & Privacy → Data privacy → Data for Generative AI Improvement.',
    sources: ['linkedin-setting-page', 'linkedin-genai-faq'],
  },
  'not-retroactive': {
    text: '"Opting out does not affect training that has already taken place."',
    sources: ['linkedin-genai-faq', 'linkedin-help-a8059228'],
  },
  'setting-scope': {
    text: 'The setting does not cover AI used for personalisation, security or anti-abuse.',
    sources: LISTS,
  },
  'objection-route': {
    text: 'To object to processing based on LinkedIn\'s legitimate interest, including the training of other AI models, LinkedIn offers its Data Processing Objection form.',
    sources: ['linkedin-objection-form'],
  },
  'objection-caveat': {
    text: 'LinkedIn says it "may not be able to fulfil your request"; nothing found says it removes data from trained models.',
    sources: ['linkedin-objection-form'],
  },
  'ads-sharing': {
    text: 'Ads data shared with Microsoft: Settings → Advertising data → data sharing with affiliates and partners (the name varies).',
    sources: ['linkedin-help-a8059228'],
  },

  // The member's rights (the law, not LinkedIn's practice).
  'gdpr-rights': {
    text: 'You may object to processing based on legitimate interest, on grounds relating to your particular situation (Article 21(1) GDPR); ask whether and how your data are processed (Article 15); and, once you have objected, ask for the erasure of the data concerned (Article 17(1)(c)).',
    sources: ['gdpr'],
  },
  'uk-gdpr-rights': {
    text: 'You may object to processing based on legitimate interest, on grounds relating to your particular situation (Article 21(1) UK GDPR); ask whether and how your data are processed (Article 15); and, once you have objected, ask for the erasure of the data concerned (Article 17(1)(c)).',
    sources: ['uk-gdpr'],
  },
  'pipeda-withdraw': {
    text: 'Under PIPEDA you may withdraw your consent at any time, subject to legal or contractual restrictions and reasonable notice (Schedule 1, principle 4.3.8).',
    sources: ['pipeda'],
  },
} as const satisfies Record<string, Statement>;

export type StatementId = keyof typeof STATEMENTS;

export function statement(id: StatementId): Statement {
  return STATEMENTS[id];
}
