// Runtime: any (pure data). The categories the app sorts an export's files into, in display
// order: first the four the public reporting named, each with the phrase of LinkedIn's own Q&A it
// stands for, then the rest. What each file holds is the catalog's; what LinkedIn does with it is
// the training rules'.

import type { StatementId } from './statements';

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
  /** What the category holds in the export. */
  readonly description: string;
  /** The four: which phrase of LinkedIn's Sep 2024 Q&A the category stands for. */
  readonly reportedAs?: StatementId;
}

export const CATEGORIES: readonly Category[] = [
  { id: 'posts', label: 'Posts', shortLabel: 'Posts', namedByReporting: true, description: 'Your posts, articles and reposts.', reportedAs: 'reported-posts' },
  {
    id: 'language',
    label: 'Language preferences',
    shortLabel: 'Language',
    namedByReporting: true,
    description: 'Languages on your profile, Duolingo scores and the language of your LinkedIn interface.',
    reportedAs: 'reported-language',
  },
  { id: 'logins', label: 'Login activity', shortLabel: 'Logins', namedByReporting: true, description: 'When and from where you signed in, and security challenges.', reportedAs: 'reported-logins' },
  { id: 'responses', label: 'Responses', shortLabel: 'Responses', namedByReporting: true, description: 'Your comments, reactions and poll votes.', reportedAs: 'reported-responses' },
  {
    id: 'profile',
    label: 'Profile',
    shortLabel: 'Profile',
    namedByReporting: false,
    description: 'Name, photo, headline, summary, positions, education, skills, certifications, endorsements and recommendations.',
  },
  {
    id: 'ai-conversations',
    label: 'Conversations with LinkedIn\'s AI assistants',
    shortLabel: 'AI assistants',
    namedByReporting: false,
    description: 'What you wrote to LinkedIn\'s AI features (coach, guide, learning coach, role play) and their answers.',
  },
  { id: 'jobs', label: 'Jobs', shortLabel: 'Jobs', namedByReporting: false, description: 'Job applications, saved jobs, job-seeker preferences and saved screening answers.' },
  { id: 'messages', label: 'Private messages', shortLabel: 'Messages', namedByReporting: false, description: 'Your inbox: conversations and InMail.' },
  { id: 'network', label: 'Network', shortLabel: 'Network', namedByReporting: false, description: 'Connections, invitations, follows and imported contacts.' },
  {
    id: 'activity',
    label: 'Activity and ads',
    shortLabel: 'Activity and ads',
    namedByReporting: false,
    description: 'Searches, saved items, learning, events, ad clicks, ad targeting and inferences about you.',
  },
  { id: 'account', label: 'Account', shortLabel: 'Account', namedByReporting: false, description: 'Registration, e-mail addresses, phone numbers, receipts, verifications and account history.' },
];

export const CATEGORY_IDS: readonly CategoryId[] = CATEGORIES.map((c) => c.id);

export function categoryById(id: CategoryId): Category {
  const found = CATEGORIES.find((c) => c.id === id);
  if (!found) throw new Error(`Unknown category ${id}`);
  return found;
}
