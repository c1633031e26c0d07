// Runtime: any. Which files each era's Basic and Complete archives hold. Together the four eras
// cover every file of the format doc at least once.

import type { FileBuilder } from './builtFile';
import { buildAccountStatusHistory, buildLogins, buildSecurityChallenges } from './files/logins';
import {
  buildEmailAddresses,
  buildPhoneNumbers,
  buildPrivateIdentityAsset,
  buildReceipts,
  buildRegistration,
  buildVerifications,
  buildWhatsappPhoneNumbers,
} from './files/account';
import { buildAdEngagement, buildAdsClicked, buildEvents, buildInferences, buildReviews, buildSearchQueries } from './files/activity';
import { buildAdTargeting } from './files/adTargeting';
import { buildCoachMessages, buildEmptyAssistantFiles, buildLegacyLearningCoach } from './files/aiConversations';
import { buildArticles } from './files/articles';
import {
  buildCauses,
  buildCertifications,
  buildCourses,
  buildEducation,
  buildHonors,
  buildOrganizations,
  buildPositions,
  buildProjects,
  buildPublications,
  buildSkills,
  buildVolunteering,
} from './files/career';
import { buildComments } from './files/comments';
import { buildConnections } from './files/connections';
import { buildCalendar, buildContacts, buildNotes } from './files/contactsAndNotes';
import { buildEndorsementsGiven, buildEndorsementsReceived } from './files/endorsements';
import { buildCompanyFollows, buildHashtagFollows, buildMemberFollows, buildMemberHashtags } from './files/follows';
import { buildInvitations } from './files/invitations';
import {
  buildJobApplications,
  buildJobSeekerPreferences,
  buildOnlineJobPostings,
  buildSavedAnswers,
  buildSavedJobAlerts,
  buildSavedJobs,
  buildScreeningResponses,
} from './files/jobs';
import { buildDuolingo, buildLanguages } from './files/languages';
import { buildLearning } from './files/learning';
import { buildMessages } from './files/messages';
import { buildProfile, buildProfileSummary } from './files/profile';
import { buildReactions, buildVotes } from './files/reactionsAndVotes';
import { buildRecommendations } from './files/recommendations';
import { buildInstantReposts, buildSavedItems } from './files/repostsAndSavedItems';
import { buildRichMedia, buildVideos } from './files/richMedia';
import { buildShares } from './files/shares';
import { buildUnknownFile } from './files/unknownFiles';
import type { ArchiveKind, Era } from './types';

/** The Basic archive: profile, network, inbox and account essentials. */
function basicBuilders(era: Era): FileBuilder[] {
  return [
    buildProfile,
    ...(era >= 2024 ? [buildProfileSummary] : []),
    buildPositions,
    buildEducation,
    buildSkills,
    buildLanguages,
    buildConnections,
    buildInvitations,
    buildMessages,
    buildEmailAddresses,
    buildPhoneNumbers,
    buildRegistration,
  ];
}

const COMPLETE_EXTRAS: Record<Era, FileBuilder[]> = {
  2018: [
    buildShares, buildComments, buildArticles, buildRichMedia, buildAdTargeting, buildSearchQueries, buildAdsClicked,
    buildEndorsementsReceived, buildRecommendations, buildContacts, buildLogins, buildCompanyFollows,
    buildCertifications, buildProjects, buildHonors, buildVolunteering, buildVideos, buildCourses, buildUnknownFile,
  ],
  2022: [
    buildShares, buildComments, buildReactions, buildVotes, buildMemberFollows, buildHashtagFollows, buildSavedItems,
    buildArticles, buildRichMedia, buildAdTargeting, buildSearchQueries, buildAdsClicked, buildInferences, buildEvents,
    buildEndorsementsReceived, buildEndorsementsGiven, buildRecommendations, buildContacts, buildLogins,
    buildSecurityChallenges, buildAccountStatusHistory, buildCompanyFollows, buildCertifications, buildProjects,
    buildPublications, buildHonors, buildVolunteering, buildCauses, buildJobApplications, buildSavedJobs,
    buildJobSeekerPreferences, buildCourses, buildOrganizations, buildMemberHashtags, buildCalendar, buildReceipts,
    buildUnknownFile,
  ],
  2024: [
    buildShares, buildComments, buildReactions, buildVotes, buildMemberFollows, buildHashtagFollows, buildSavedItems,
    buildArticles, buildRichMedia, buildAdTargeting, buildSearchQueries, buildAdsClicked, buildAdEngagement,
    buildInferences, buildReviews, buildEndorsementsReceived, buildEndorsementsGiven, buildRecommendations, buildContacts,
    buildNotes, buildLogins, buildSecurityChallenges, buildCompanyFollows, buildCertifications, buildProjects,
    buildPublications, buildHonors, buildVolunteering, buildCauses, buildLearning, buildJobApplications, buildSavedJobs,
    buildJobSeekerPreferences, buildSavedAnswers, buildSavedJobAlerts, buildReceipts, buildLegacyLearningCoach,
    buildOrganizations, buildMemberHashtags, buildOnlineJobPostings, buildCalendar, buildUnknownFile,
  ],
  2026: [
    buildShares, buildComments, buildReactions, buildVotes, buildInstantReposts, buildMemberFollows, buildHashtagFollows,
    buildSavedItems, buildArticles, buildRichMedia, buildAdTargeting, buildDuolingo, buildSearchQueries, buildAdsClicked,
    buildAdEngagement, buildInferences, buildEvents, buildReviews, buildEndorsementsReceived, buildEndorsementsGiven,
    buildRecommendations, buildContacts, buildNotes, buildLogins, buildSecurityChallenges, buildCompanyFollows,
    buildCertifications, buildProjects, buildPublications, buildHonors, buildVolunteering, buildCauses, buildLearning,
    buildJobApplications, buildSavedJobs, buildJobSeekerPreferences, buildSavedAnswers, buildScreeningResponses,
    buildSavedJobAlerts, buildReceipts, buildVerifications, buildPrivateIdentityAsset, buildWhatsappPhoneNumbers,
    buildCoachMessages, buildEmptyAssistantFiles, buildLegacyLearningCoach, buildUnknownFile,
  ],
};

export function buildersFor(era: Era, archive: ArchiveKind): FileBuilder[] {
  const basic = basicBuilders(era);
  return archive === 'basic' ? basic : [...basic, ...COMPLETE_EXTRAS[era]];
}
