// Runtime: any (pure data). Every file of the LinkedIn export known from
// ../shared/docs/linkedin-export-format.md: its names over time, its category, the kind of data
// it holds, the columns that hold its date and the member's own text. File facts only: what
// LinkedIn does with each kind of data is the policy model's (shared/policy/trainingRules.ts).
// A format change is an edit to this table.

import type { CategoryId, DataKind } from '../policy/policyModel';

/** Which rows' text is the member's own (the rest was written by others). */
export type OwnRowRule =
  | { readonly kind: 'all' }
  | { readonly kind: 'column-equals'; readonly column: string; readonly value: string }
  | { readonly kind: 'column-filled'; readonly column: string }
  /** Private messages: rows sent by the member (`Direction`, else the sender's name or profile address). */
  | { readonly kind: 'member-sender'; readonly senderColumn: string; readonly senderUrlColumn: string; readonly directionColumn: string };

/** Extra aggregation a file feeds (the views beyond counts and dates). */
export type InsightKind =
  | 'logins'
  | 'reactions'
  | 'messages'
  | 'ai-conversation'
  | 'ad-targeting'
  | 'languages'
  | 'duolingo'
  | 'profile'
  | 'invitations';

export interface CatalogEntry {
  readonly id: string;
  readonly label: string;
  /** Base names without `.csv`, current name first; matched case-insensitively, `_<digits>` allowed. */
  readonly names: readonly string[];
  readonly format: 'csv' | 'article';
  readonly category: CategoryId;
  /** What kind of data it holds: the policy model says, region by region, whether it is used. */
  readonly dataKind: DataKind;
  /** Every column name seen over time (case-insensitive); null where the format doc does not list them all. */
  readonly columns: readonly string[] | null;
  /** Header names holding the item's date, first present wins. */
  readonly dateColumns: readonly string[];
  /**
   * What that date says: when the item was put on LinkedIn (`created`, the default), or when
   * something happened in the world (`real-world`: a position's "Started On"), which says nothing
   * about when it was on the account, so its items count as undated for exposure.
   */
  readonly dateMeaning?: 'created' | 'real-world';
  readonly ownText?: { readonly columns: readonly string[]; readonly rows: OwnRowRule };
  /** Columns that identify the header row when a preamble precedes it. */
  readonly headerHints?: readonly string[];
  /** `\"` instead of `""` inside quoted fields (Comments). */
  readonly backslashQuotes?: boolean;
  /**
   * Older exports write this column's line breaks without quoting the field (Comments, 2021 to
   * 2024): a line that does not start with a date like the file's records continues the text.
   */
  readonly unquotedBreaksIn?: string;
  /** Multi-line cells whose lines are each wrapped in literal quotes (ShareCommentary). */
  readonly perLineQuotedColumns?: readonly string[];
  readonly insight?: InsightKind;
  /** Items this file adds to another category (Ad_Targeting's interface locale → language). */
  readonly alsoCounts?: { readonly category: CategoryId; readonly label: string; readonly dataKind: DataKind };
  /** The member's own items are listed in the explorer. */
  readonly explorer?: boolean;
}

const ALL: OwnRowRule = { kind: 'all' };
/** Receipts.csv (2020-2022) and Receipts_v2.csv (later) share a header; only the date shape differs. */
const RECEIPTS_COLUMNS = ['First Name', 'Last Name', 'Billing Country', 'Postal Code', 'Transaction Made At', 'Payment Method Type', 'Invoice Number', 'Description', 'Tax Amount', 'Sub Total', 'Total Amount', 'Currency Code'];
const AI_MESSAGE_COLUMNS = ['CONTENT'];
const AI_MESSAGE_HEADER = ['CONVERSATION ID', 'CONVERSATION TITLE', 'FROM', 'SENDER PROFILE URL', 'TO', 'RECIPIENT PROFILE URLS', 'DATE', 'SUBJECT', 'CONTENT', 'FOLDER', 'ATTACHMENTS', 'IS MESSAGE DRAFT', 'IS CONVERSATION DRAFT'];
/** The member's turns have an empty TO; the assistant's an empty FROM. */
const MEMBER_TURNS: OwnRowRule = { kind: 'column-filled', column: 'FROM' };

function aiConversation(id: string, label: string, name: string): CatalogEntry {
  return {
    id,
    label,
    names: [name],
    columns: AI_MESSAGE_HEADER,
    format: 'csv',
    category: 'ai-conversations',
    dataKind: 'ai-feature-inputs',
    dateColumns: ['DATE'],
    ownText: { columns: AI_MESSAGE_COLUMNS, rows: MEMBER_TURNS },
    insight: 'ai-conversation',
    explorer: true,
  };
}

export const FILE_CATALOG: readonly CatalogEntry[] = [
  // Posts
  {
    id: 'shares',
    label: 'Posts',
    names: ['Shares'],
    columns: ['Date', 'ShareLink', 'ShareCommentary', 'SharedUrl', 'MediaUrl', 'Visibility', 'Share Title', 'Share Description', 'Share Link', 'Share Commentary', 'Shared URL', 'Media URL', 'Type'],
    format: 'csv',
    category: 'posts',
    dataKind: 'member-content',
    dateColumns: ['Date'],
    ownText: { columns: ['ShareCommentary', 'Share Commentary'], rows: ALL },
    perLineQuotedColumns: ['ShareCommentary', 'Share Commentary'],
    explorer: true,
  },
  {
    id: 'articles',
    label: 'Articles',
    names: [],
    columns: null,
    format: 'article',
    category: 'posts',
    dataKind: 'member-content',
    dateColumns: [],
    explorer: true,
  },
  {
    id: 'instant-reposts',
    label: 'Reposts',
    names: ['InstantReposts'],
    columns: ['Date', 'Link'],
    format: 'csv',
    category: 'posts',
    dataKind: 'reposts',
    dateColumns: ['Date'],
  },
  {
    id: 'videos',
    label: 'Videos',
    names: ['Videos'],
    columns: ['Description', 'Link'],
    format: 'csv',
    category: 'posts',
    dataKind: 'member-content',
    dateColumns: [],
    ownText: { columns: ['Description'], rows: ALL },
  },
  // Responses
  {
    id: 'comments',
    label: 'Comments',
    names: ['Comments'],
    columns: ['Date', 'Link', 'Message'],
    format: 'csv',
    category: 'responses',
    dataKind: 'member-content',
    dateColumns: ['Date'],
    ownText: { columns: ['Message'], rows: ALL },
    backslashQuotes: true,
    unquotedBreaksIn: 'Message',
    explorer: true,
  },
  {
    id: 'reactions',
    label: 'Reactions',
    names: ['Reactions'],
    columns: ['Date', 'Type', 'Link'],
    format: 'csv',
    category: 'responses',
    dataKind: 'reactions',
    dateColumns: ['Date'],
    insight: 'reactions',
  },
  {
    id: 'votes',
    label: 'Poll votes',
    names: ['Votes'],
    columns: ['Date', 'Link', 'OptionText'],
    format: 'csv',
    category: 'responses',
    dataKind: 'member-content',
    dateColumns: ['Date'],
  },
  // Language
  {
    id: 'languages',
    label: 'Languages',
    names: ['Languages'],
    columns: ['Name', 'Proficiency'],
    format: 'csv',
    category: 'language',
    dataKind: 'language-preference',
    dateColumns: [],
    insight: 'languages',
  },
  {
    id: 'duolingo',
    label: 'Duolingo scores',
    names: ['Duolingo'],
    columns: ['Language', 'Score', 'Proficiency Level'],
    format: 'csv',
    category: 'language',
    dataKind: 'language-preference',
    dateColumns: [],
    insight: 'duolingo',
  },
  // Login activity
  {
    id: 'logins',
    label: 'Logins',
    names: ['Logins'],
    columns: ['Login Date', 'IP Address', 'User Agent', 'Login Type'],
    format: 'csv',
    category: 'logins',
    dataKind: 'login-activity',
    dateColumns: ['Login Date'],
    insight: 'logins',
  },
  {
    id: 'security-challenges',
    label: 'Security challenges',
    names: ['Security Challenges'],
    columns: ['Challenge Date', 'IP Address', 'User Agent', 'Country', 'Challenge Type'],
    format: 'csv',
    category: 'logins',
    dataKind: 'login-activity',
    dateColumns: ['Challenge Date'],
  },
  // Profile
  {
    id: 'profile',
    label: 'Profile',
    names: ['Profile'],
    columns: ['First Name', 'Last Name', 'Maiden Name', 'Address', 'Birth Date', 'Headline', 'Summary', 'Industry', 'Zip Code', 'Geo Location', 'Twitter Handles', 'Websites', 'Instant Messengers', 'Contact Instructions', 'Country'],
    format: 'csv',
    category: 'profile',
    dataKind: 'profile',
    dateColumns: [],
    ownText: { columns: ['Headline', 'Summary'], rows: ALL },
    insight: 'profile',
  },
  {
    id: 'profile-summary',
    label: 'Profile summary',
    names: ['Profile Summary'],
    columns: ['Profile Summary'],
    format: 'csv',
    category: 'profile',
    dataKind: 'profile',
    dateColumns: [],
    ownText: { columns: ['Profile Summary'], rows: ALL },
  },
  {
    id: 'positions',
    label: 'Positions',
    names: ['Positions'],
    columns: ['Company Name', 'Title', 'Description', 'Location', 'Started On', 'Finished On'],
    format: 'csv',
    category: 'profile',
    dataKind: 'profile',
    dateColumns: ['Started On'],
    dateMeaning: 'real-world',
    ownText: { columns: ['Description'], rows: ALL },
  },
  {
    id: 'education',
    label: 'Education',
    names: ['Education'],
    columns: ['School Name', 'Start Date', 'End Date', 'Notes', 'Degree Name', 'Activities'],
    format: 'csv',
    category: 'profile',
    dataKind: 'profile',
    dateColumns: ['Start Date'],
    dateMeaning: 'real-world',
    ownText: { columns: ['Notes', 'Activities'], rows: ALL },
  },
  { id: 'skills', label: 'Skills', names: ['Skills'], columns: ['Name'], format: 'csv', category: 'profile', dataKind: 'profile', dateColumns: [] },
  {
    id: 'certifications',
    label: 'Certifications',
    names: ['Certifications'],
    columns: ['Name', 'Url', 'Authority', 'Started On', 'Finished On', 'License Number'],
    format: 'csv',
    category: 'profile',
    dataKind: 'profile',
    dateColumns: ['Started On'],
    dateMeaning: 'real-world',
  },
  {
    id: 'projects',
    label: 'Projects',
    names: ['Projects'],
    columns: ['Title', 'Description', 'Url', 'Started On', 'Finished On', 'Start Date', 'End Date'],
    format: 'csv',
    category: 'profile',
    dataKind: 'profile-unnamed',
    dateColumns: ['Started On', 'Start Date'],
    dateMeaning: 'real-world',
    ownText: { columns: ['Description'], rows: ALL },
  },
  {
    id: 'publications',
    label: 'Publications',
    names: ['Publications'],
    columns: ['Name', 'Published On', 'Description', 'Publisher', 'Url'],
    format: 'csv',
    category: 'profile',
    dataKind: 'profile',
    dateColumns: ['Published On'],
    dateMeaning: 'real-world',
    ownText: { columns: ['Description'], rows: ALL },
  },
  {
    id: 'honors',
    label: 'Honors',
    names: ['Honors'],
    columns: ['Title', 'Description', 'Issuer', 'Issue Date', 'Issued On'],
    format: 'csv',
    category: 'profile',
    dataKind: 'profile-unnamed',
    dateColumns: ['Issue Date', 'Issued On'],
    dateMeaning: 'real-world',
    ownText: { columns: ['Description'], rows: ALL },
  },
  {
    id: 'courses',
    label: 'Courses',
    names: ['Courses'],
    columns: ['Name', 'Number'],
    format: 'csv',
    category: 'profile',
    dataKind: 'profile-unnamed',
    dateColumns: [],
  },
  {
    id: 'organizations',
    label: 'Organizations',
    names: ['Organizations'],
    columns: ['Name', 'Description', 'Position', 'Started On', 'Finished On'],
    format: 'csv',
    category: 'profile',
    dataKind: 'profile-unnamed',
    dateColumns: ['Started On'],
    dateMeaning: 'real-world',
    ownText: { columns: ['Description'], rows: ALL },
  },
  {
    id: 'member-hashtags',
    label: 'Hashtags you post about',
    names: ['Member Hashtags'],
    columns: ['Member Posts About Hashtags'],
    format: 'csv',
    category: 'profile',
    dataKind: 'profile-unnamed',
    dateColumns: [],
  },
  {
    id: 'volunteering',
    label: 'Volunteering',
    names: ['Volunteering'],
    columns: ['Company Name', 'Role', 'Cause', 'Started On', 'Finished On', 'Description'],
    format: 'csv',
    category: 'profile',
    dataKind: 'profile',
    dateColumns: ['Started On'],
    dateMeaning: 'real-world',
    ownText: { columns: ['Description'], rows: ALL },
  },
  {
    id: 'causes',
    label: 'Causes you care about',
    names: ['Causes You Care About'],
    columns: ['Supported Cause'],
    format: 'csv',
    category: 'profile',
    dataKind: 'profile-unnamed',
    dateColumns: [],
  },
  {
    id: 'recommendations-received',
    label: 'Recommendations received',
    names: ['Recommendations_Received'],
    columns: ['First Name', 'Last Name', 'Company', 'Job Title', 'Text', 'Creation Date', 'Status'],
    format: 'csv',
    category: 'profile',
    dataKind: 'profile',
    dateColumns: ['Creation Date'],
  },
  {
    id: 'recommendations-given',
    label: 'Recommendations given',
    names: ['Recommendations_Given'],
    columns: ['First Name', 'Last Name', 'Company', 'Job Title', 'Text', 'Creation Date', 'Status'],
    format: 'csv',
    category: 'profile',
    dataKind: 'profile',
    dateColumns: ['Creation Date'],
    ownText: { columns: ['Text'], rows: ALL },
    explorer: true,
  },
  {
    id: 'endorsements-received',
    label: 'Endorsements received',
    names: ['Endorsement_Received_Info', 'Endorsement Received Info'],
    columns: ['Endorsement Date', 'Skill Name', 'Endorser First Name', 'Endorser Last Name', 'Endorser Public Url', 'Endorsement Status'],
    format: 'csv',
    category: 'profile',
    dataKind: 'profile',
    dateColumns: ['Endorsement Date'],
  },
  {
    id: 'endorsements-given',
    label: 'Endorsements given',
    names: ['Endorsement_Given_Info'],
    columns: ['Endorsement Date', 'Skill Name', 'Endorsee First Name', 'Endorsee Last Name', 'Endorsee Public Url', 'Endorsement Status'],
    format: 'csv',
    category: 'profile',
    dataKind: 'profile',
    dateColumns: ['Endorsement Date'],
  },
  {
    id: 'rich-media',
    label: 'Photos and media',
    names: ['Rich_Media', 'Rich Media'],
    columns: ['Date/Time', 'Media Description', 'Media Link', 'Type', 'Link'],
    format: 'csv',
    category: 'profile',
    dataKind: 'profile',
    dateColumns: ['Date/Time'],
  },
  // Conversations with LinkedIn's AI assistants (exact names: not the private inbox)
  aiConversation('guide-messages', 'AI guide', 'guide_messages'),
  aiConversation('coach-messages', 'AI coach', 'coach_messages'),
  aiConversation('learning-coach-messages', 'AI learning coach', 'learning_coach_messages'),
  aiConversation('learning-role-play-messages', 'AI role play', 'learning_role_play_messages'),
  aiConversation('learning-coach-messages-legacy', 'AI learning coach (older export)', 'LearningCoachMessages'),
  // Jobs
  {
    id: 'job-applications',
    label: 'Job applications',
    names: ['Job Applications'],
    columns: ['Application Date', 'Contact Email', 'Contact Phone Number', 'Company Name', 'Job Title', 'Job Url', 'Resume Name', 'Question And Answers'],
    format: 'csv',
    category: 'jobs',
    dataKind: 'job-applications',
    dateColumns: ['Application Date'],
    ownText: { columns: ['Question And Answers'], rows: ALL },
  },
  {
    id: 'saved-jobs',
    label: 'Saved jobs',
    names: ['Saved Jobs'],
    columns: ['Saved Date', 'Job Url', 'Job Title', 'Company Name'],
    format: 'csv',
    category: 'jobs',
    dataKind: 'job-preferences',
    dateColumns: ['Saved Date'],
  },
  {
    id: 'job-seeker-preferences',
    label: 'Job-seeker preferences',
    names: ['Job Seeker Preferences'],
    columns: null,
    format: 'csv',
    category: 'jobs',
    dataKind: 'job-preferences',
    dateColumns: [],
  },
  {
    id: 'job-applicant-saved-answers',
    label: 'Saved application answers',
    names: ['Job Applicant Saved Answers'],
    columns: ['Question', 'Answer'],
    format: 'csv',
    category: 'jobs',
    dataKind: 'saved-screening-answers',
    dateColumns: [],
    ownText: { columns: ['Answer'], rows: ALL },
  },
  {
    id: 'job-applicant-saved-screening-responses',
    label: 'Saved screening answers',
    names: ['Job Applicant Saved Screening Question Responses'],
    columns: ['Question', 'Answer'],
    format: 'csv',
    category: 'jobs',
    dataKind: 'saved-screening-answers',
    dateColumns: [],
    ownText: { columns: ['Answer'], rows: ALL },
  },
  {
    id: 'saved-job-alerts',
    label: 'Saved job alerts',
    names: ['SavedJobAlerts'],
    columns: ['Saved Search Date', 'Jobs Search Url', 'ALERT_PARAMETERS', 'QUERY_CONTEXT', 'SAVED_SEARCH_ID'],
    format: 'csv',
    category: 'jobs',
    dataKind: 'search',
    dateColumns: ['Saved Search Date'],
  },
  {
    id: 'online-job-postings',
    label: 'Jobs you posted',
    names: ['Online Job Postings'],
    columns: null,
    format: 'csv',
    category: 'jobs',
    dataKind: 'job-postings',
    dateColumns: ['Create Date', 'List Date'],
  },
  // Private messages
  {
    id: 'messages',
    label: 'Private messages',
    names: ['messages'],
    columns: ['CONVERSATION ID', 'CONVERSATION TITLE', 'FROM', 'SENDER PROFILE URL', 'TO', 'RECIPIENT PROFILE URLS', 'DATE', 'SUBJECT', 'CONTENT', 'FOLDER', 'ATTACHMENTS', 'IS MESSAGE DRAFT', 'IS CONVERSATION DRAFT', 'Direction'],
    format: 'csv',
    category: 'messages',
    dataKind: 'private-messages',
    dateColumns: ['DATE'],
    ownText: { columns: ['CONTENT'], rows: { kind: 'member-sender', senderColumn: 'FROM', senderUrlColumn: 'SENDER PROFILE URL', directionColumn: 'Direction' } },
    insight: 'messages',
    explorer: true,
  },
  // Network
  {
    id: 'connections',
    label: 'Connections',
    names: ['Connections'],
    columns: ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'],
    format: 'csv',
    category: 'network',
    dataKind: 'connections',
    dateColumns: ['Connected On'],
    headerHints: ['Connected On'],
  },
  {
    id: 'invitations',
    label: 'Invitations',
    names: ['Invitations'],
    columns: ['From', 'To', 'Sent At', 'Message', 'Direction', 'inviterProfileUrl', 'inviteeProfileUrl'],
    format: 'csv',
    category: 'network',
    dataKind: 'connections',
    dateColumns: ['Sent At'],
    ownText: { columns: ['Message'], rows: { kind: 'column-equals', column: 'Direction', value: 'OUTGOING' } },
    insight: 'invitations',
  },
  {
    id: 'company-follows',
    label: 'Company follows',
    names: ['Company Follows'],
    columns: ['Organization', 'Followed On'],
    format: 'csv',
    category: 'network',
    dataKind: 'connections',
    dateColumns: ['Followed On'],
  },
  {
    id: 'member-follows',
    label: 'Member follows',
    names: ['Member_Follows'],
    columns: ['Date', 'Status', 'FullName'],
    format: 'csv',
    category: 'network',
    dataKind: 'connections',
    dateColumns: ['Date'],
  },
  {
    id: 'hashtag-follows',
    label: 'Hashtag follows',
    names: ['Hashtag_Follows'],
    columns: ['HashTag', 'CreatedTime', 'LastModifiedTime', 'State'],
    format: 'csv',
    category: 'network',
    dataKind: 'connections',
    dateColumns: ['CreatedTime'],
  },
  {
    id: 'calendar',
    label: 'Synced calendar',
    names: ['Calendar'],
    columns: ['Owner', 'Source', 'LastSyncedAt'],
    format: 'csv',
    category: 'network',
    dataKind: 'account',
    dateColumns: ['LastSyncedAt'],
  },
  {
    id: 'contacts',
    label: 'Imported contacts',
    names: ['Contacts', 'Imported Contacts'],
    columns: [
      'Source', 'FirstName', 'LastName', 'Companies', 'Title', 'Emails', 'PhoneNumbers', 'CreatedAt', 'Addresses', 'Sites', 'InstantMessageHandles', 'FullName', 'Birthday', 'Location', 'BookmarkedAt', 'Profiles',
      // 2018 `Imported Contacts.csv`
      'First Name', 'Last Name', 'Email Address', 'Phone Numbers', 'Created At', 'Instant Message Handles', 'Full Name', 'Bookmarked At',
    ],
    format: 'csv',
    category: 'network',
    dataKind: 'connections',
    dateColumns: ['CreatedAt', 'Created At'],
  },
  {
    id: 'notes',
    label: 'Notes on connections',
    names: ['Notes'],
    columns: ['Connection First Name', 'Connection Last Name', 'Connection Profile URL', 'Note', 'Created On', 'Edited On'],
    format: 'csv',
    category: 'network',
    dataKind: 'connections',
    dateColumns: ['Created On'],
    ownText: { columns: ['Note'], rows: ALL },
  },
  // Activity and ads
  {
    id: 'search-queries',
    label: 'Searches',
    names: ['SearchQueries', 'Search Queries'],
    columns: ['Time', 'Search Query'],
    format: 'csv',
    category: 'activity',
    dataKind: 'search',
    dateColumns: ['Time'],
    ownText: { columns: ['Search Query'], rows: ALL },
    explorer: true,
  },
  {
    id: 'saved-items',
    label: 'Saved items',
    names: ['Saved_Items'],
    columns: ['savedItem', 'createdTime'],
    format: 'csv',
    category: 'activity',
    dataKind: 'activity',
    dateColumns: ['createdTime'],
  },
  {
    id: 'learning',
    label: 'LinkedIn Learning',
    names: ['Learning'],
    columns: ['Content Title', 'Content Description', 'Content Type', 'Content Last Watched Date (if viewed)', 'Content Completed At (if completed)', 'Content Saved', 'Notes taken on videos (if taken)'],
    format: 'csv',
    category: 'activity',
    dataKind: 'activity',
    dateColumns: ['Content Last Watched Date (if viewed)', 'Content Completed At (if completed)'],
    ownText: { columns: ['Notes taken on videos (if taken)'], rows: ALL },
  },
  {
    id: 'ads-clicked',
    label: 'Ads clicked',
    names: ['Ads Clicked'],
    columns: ['Ad clicked Date', 'Ad Title/Id'],
    format: 'csv',
    category: 'activity',
    dataKind: 'ad-data',
    dateColumns: ['Ad clicked Date'],
  },
  {
    id: 'lan-ads-engagement',
    label: 'Ad engagement',
    names: ['LAN Ads Engagement'],
    columns: ['Action', 'Date', 'Ad Title/Id', 'Page/App'],
    format: 'csv',
    category: 'activity',
    dataKind: 'ad-data',
    dateColumns: ['Date'],
  },
  {
    id: 'ad-targeting',
    label: 'Ad targeting',
    names: ['Ad_Targeting', 'Ad Targeting'],
    columns: [
      'Member Age', 'Buyer Groups', 'Company Names', 'Company Follower of', 'Company Category', 'Company Size', 'Degrees', 'degreeClass', 'Recent Device OS', 'Member Schools', 'Company Growth Rate', 'Fields of Study', 'Company Connections', 'Function By Size', 'Job Functions', 'Member Gender', 'Graduation Year', 'Member Groups', 'Company Industries', 'Member Interests', 'Interface Locales', 'interfaceLocale', 'Member Traits', 'High Value Audience Segments', 'Profile Locations', 'Company Revenue', 'Job Seniorities', 'Member Skills', 'Standard Audience Segments', 'Job Titles', 'Years of Experience',
      // 2018 `Ad Targeting.csv`
      'Age Group', 'Country', 'Company Sizes', 'Companies', 'Followed Companies', 'Functions', 'Gender', 'Industries', 'Followed Industries', 'Partner Opt Out Advertising', 'Seniorities', 'State', 'Postal Code', 'Schools', 'Groups', 'Interface Language', 'Degree Classes', 'Skills',
    ],
    format: 'csv',
    category: 'activity',
    dataKind: 'ad-data',
    dateColumns: [],
    insight: 'ad-targeting',
    alsoCounts: { category: 'language', label: 'Interface language', dataKind: 'language-preference' },
  },
  {
    id: 'inferences',
    label: 'Inferences about you',
    names: ['Inferences_about_you'],
    columns: ['Category', 'Type of inference', 'Description', 'Inference'],
    format: 'csv',
    category: 'activity',
    dataKind: 'inferences',
    dateColumns: [],
  },
  {
    id: 'events',
    label: 'Events',
    names: ['Events'],
    columns: ['Event Name', 'Event Time', 'Status', 'External Url'],
    format: 'csv',
    category: 'activity',
    dataKind: 'activity',
    dateColumns: ['Event Time'],
    dateMeaning: 'real-world',
  },
  {
    id: 'reviews',
    label: 'Reviews',
    names: ['Reviews'],
    columns: ['Reviewee', 'Review Type', 'Review Section', 'Creation Date', 'Rating', 'Review Text', 'Review Tags'],
    format: 'csv',
    category: 'activity',
    dataKind: 'reviews',
    dateColumns: ['Creation Date'],
    ownText: { columns: ['Review Text'], rows: ALL },
  },
  // Account
  {
    id: 'registration',
    label: 'Registration',
    names: ['Registration'],
    columns: ['Registered At', 'Registration Ip', 'Subscription Types', 'Registration Date', 'Registration IP Address', 'Invited by (First Name)', 'Invited by (Last Name)'],
    format: 'csv',
    category: 'account',
    dataKind: 'account',
    dateColumns: ['Registered At', 'Registration Date'],
  },
  {
    id: 'email-addresses',
    label: 'E-mail addresses',
    names: ['Email Addresses'],
    columns: ['Email Address', 'Confirmed', 'Primary', 'Updated On'],
    format: 'csv',
    category: 'account',
    dataKind: 'account',
    dateColumns: ['Updated On'],
  },
  {
    id: 'phone-numbers',
    label: 'Phone numbers',
    names: ['PhoneNumbers', 'Phone Numbers'],
    columns: ['Extension', 'Number', 'Type'],
    format: 'csv',
    category: 'account',
    dataKind: 'account',
    dateColumns: [],
  },
  {
    id: 'whatsapp-phone-numbers',
    label: 'WhatsApp numbers',
    names: ['Whatsapp Phone Numbers'],
    columns: ['Number', 'Extension', 'Is_WhatsApp_Number'],
    format: 'csv',
    category: 'account',
    dataKind: 'account',
    dateColumns: [],
  },
  {
    id: 'receipts-v1',
    label: 'Receipts (to 2022)',
    names: ['Receipts'],
    columns: RECEIPTS_COLUMNS,
    format: 'csv',
    category: 'account',
    dataKind: 'payment',
    dateColumns: ['Transaction Made At'],
  },
  {
    id: 'receipts',
    label: 'Receipts',
    names: ['Receipts_v2'],
    columns: RECEIPTS_COLUMNS,
    format: 'csv',
    category: 'account',
    dataKind: 'payment',
    dateColumns: ['Transaction Made At'],
  },
  {
    id: 'verifications',
    label: 'Verifications',
    names: ['Verifications'],
    columns: null,
    format: 'csv',
    category: 'account',
    dataKind: 'account',
    dateColumns: ['Verified date'],
  },
  {
    id: 'private-identity-asset',
    label: 'Identity documents',
    names: ['Private_identity_asset'],
    columns: ['Private Identity Asset Name', 'Private Identity Asset Raw Text'],
    format: 'csv',
    category: 'account',
    dataKind: 'account',
    dateColumns: [],
  },
  {
    id: 'account-status-history',
    label: 'Account status history',
    names: ['Account Status History'],
    columns: ['Time', 'Event'],
    format: 'csv',
    category: 'account',
    dataKind: 'account',
    dateColumns: ['Time'],
  },
];

const BY_ID = new Map(FILE_CATALOG.map((e) => [e.id, e]));

export function catalogEntryById(id: string): CatalogEntry {
  const entry = BY_ID.get(id);
  if (!entry) throw new Error(`Unknown catalog entry ${id}`);
  return entry;
}
