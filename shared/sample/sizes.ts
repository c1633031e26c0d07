// Runtime: any. How many records of each kind an export holds: `small` for fast tests, `sample`
// for a believable active member (the app's built-in demo).

import type { ExportSize } from './types';

export interface SizeProfile {
  readonly posts: number;
  readonly comments: number;
  readonly reactions: number;
  readonly votes: number;
  readonly reposts: number;
  readonly articles: number;
  readonly conversations: number;
  readonly messages: number;
  readonly coachConversations: number;
  readonly coachMessages: number;
  readonly logins: number;
  readonly securityChallenges: number;
  readonly connections: number;
  readonly invitations: number;
  readonly searches: number;
  readonly companyFollows: number;
  readonly memberFollows: number;
  readonly hashtagFollows: number;
  readonly savedItems: number;
  readonly endorsementsReceived: number;
  readonly endorsementsGiven: number;
  readonly recommendationsReceived: number;
  readonly recommendationsGiven: number;
  readonly contacts: number;
  readonly notes: number;
  readonly learning: number;
  readonly jobApplications: number;
  readonly savedJobs: number;
  readonly adsClicked: number;
  readonly adEngagements: number;
  readonly events: number;
  readonly richMedia: number;
  readonly receipts: number;
  readonly skills: number;
}

const SMALL: SizeProfile = {
  posts: 6,
  comments: 8,
  reactions: 14,
  votes: 4,
  reposts: 3,
  articles: 2,
  conversations: 6,
  messages: 22,
  coachConversations: 2,
  coachMessages: 8,
  logins: 24,
  securityChallenges: 3,
  connections: 16,
  invitations: 6,
  searches: 10,
  companyFollows: 6,
  memberFollows: 5,
  hashtagFollows: 4,
  savedItems: 4,
  endorsementsReceived: 8,
  endorsementsGiven: 5,
  recommendationsReceived: 2,
  recommendationsGiven: 2,
  contacts: 6,
  notes: 3,
  learning: 4,
  jobApplications: 3,
  savedJobs: 4,
  adsClicked: 5,
  adEngagements: 4,
  events: 3,
  richMedia: 3,
  receipts: 3,
  skills: 8,
};

const SAMPLE: SizeProfile = {
  posts: 150,
  comments: 400,
  reactions: 1500,
  votes: 60,
  reposts: 40,
  articles: 6,
  conversations: 120,
  messages: 900,
  coachConversations: 6,
  coachMessages: 48,
  logins: 1800,
  securityChallenges: 12,
  connections: 700,
  invitations: 90,
  searches: 300,
  companyFollows: 60,
  memberFollows: 45,
  hashtagFollows: 25,
  savedItems: 35,
  endorsementsReceived: 80,
  endorsementsGiven: 40,
  recommendationsReceived: 5,
  recommendationsGiven: 4,
  contacts: 120,
  notes: 10,
  learning: 25,
  jobApplications: 14,
  savedJobs: 30,
  adsClicked: 40,
  adEngagements: 30,
  events: 12,
  richMedia: 8,
  receipts: 24,
  skills: 30,
};

export function sizeProfile(size: ExportSize): SizeProfile {
  return size === 'sample' ? SAMPLE : SMALL;
}
