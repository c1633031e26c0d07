// Runtime: any. Job hunting: applications and saved jobs under `Jobs/` (`M/D/YY, h:mm AM`),
// preferences, saved answers (root; 2026 splits one file into a `_1` part), job alerts, and the
// jobs the member posted.

import { csvFile, type BuildContext, type BuiltFile } from '../builtFile';
import { usShortComma } from '../dateShapes';
import { jobLink } from '../links';
import { inventCompany } from '../people';
import { recentWeightedTimes } from '../timeline';
import { JOB_TITLES, PLACES, TOPICS } from '../vocabulary';

export function buildJobApplications(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('job-applications');
  const m = world.member;
  const times = recentWeightedTimes(rng, world.size.jobApplications, world.exportMs - 3 * 365 * 86_400_000, world.exportMs - 86_400_000);
  const rows = times.map((ms) => {
    const answers = [`How many years of SQL experience do you have?:${rng.int(3, 9)}`, 'Are you authorized to work in this country?:Yes', `Why ${rng.pick(TOPICS)}?:It is where I do my best work`];
    return [usShortComma(ms), m.emails[0]!, m.phone, inventCompany(rng), rng.pick(JOB_TITLES), jobLink(rng), `${m.first}_${m.last}_Resume.pdf`, answers.join(' | ')];
  });
  const header = ['Application Date', 'Contact Email', 'Contact Phone Number', 'Company Name', 'Job Title', 'Job Url', 'Resume Name', 'Question And Answers'];
  return [csvFile(world, { base: 'Job Applications', folder: 'Jobs/', header, rows, itemDates: times })];
}

export function buildSavedJobs(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('saved-jobs');
  const times = recentWeightedTimes(rng, world.size.savedJobs, world.exportMs - 3 * 365 * 86_400_000, world.exportMs - 86_400_000);
  const rows = times.map((ms) => [usShortComma(ms), jobLink(rng), rng.pick(JOB_TITLES), inventCompany(rng)]);
  return [csvFile(world, { base: 'Saved Jobs', folder: 'Jobs/', header: ['Saved Date', 'Job Url', 'Job Title', 'Company Name'], rows, itemDates: times })];
}

/** The doc names the first two and the last of 19 columns; the middle ones are a reconstruction. */
const PREFERENCES_HEADER = [
  'Locations', 'Industries', 'Company Employee Count', 'Preferred Job Types', 'Job Titles', 'Open To Recruiters',
  'Dream Companies', 'Profile Shared With Job Poster', 'Job Title For Searching Fast Growing Companies',
  'Introduction Statement', 'Phone Number', 'Job Seeker Activity Level', 'Preferred Start Time Range',
  'Commute Preference Starting Address', 'Commute Preference Starting Time', 'Mode Of Transportation',
  'Maximum Commute Duration', 'Open Candidate Visibility', 'Job Seeking Urgency Level',
];

export function buildJobSeekerPreferences(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('job-seeker-preferences');
  const m = world.member;
  const row = [
    rng.sample(PLACES, 2).join(' | '), 'Logistics & Supply Chain | Renewable Energy', '51-200 | 201-500', 'Full-time | Contract',
    rng.sample(JOB_TITLES, 2).join(' | '), 'Yes', `${inventCompany(rng)} | ${inventCompany(rng)}`, 'Yes', '',
    'Operations-minded analyst looking for a team that ships.', m.phone, 'Casually looking', 'Immediately', m.address,
    '', 'Public transit', '45 minutes', 'Recruiters only', 'Within 3 months',
  ];
  return [csvFile(world, { base: 'Job Seeker Preferences', folder: 'Jobs/', header: PREFERENCES_HEADER, rows: [row], itemDates: [] })];
}

export function buildSavedAnswers(ctx: BuildContext): BuiltFile[] {
  const rows = [
    ['How many years of work experience do you have with Python?', '6'],
    ['Will you now or in the future require sponsorship?', 'No'],
  ];
  return [csvFile(ctx.world, { base: 'Job Applicant Saved Answers', header: ['Question', 'Answer'], rows, itemDates: [] })];
}

/** 2026 splits this file in two: the plain name and a `_1` part; both count. */
export function buildScreeningResponses(ctx: BuildContext): BuiltFile[] {
  const base = 'Job Applicant Saved Screening Question Responses';
  const first = [
    ['What is your desired salary?', '95000'],
    ['Describe a project you are proud of.', 'Cut forecast error in half for a regional warehouse network.'],
    ['Are you comfortable commuting to this job\'s location?', 'Yes'],
  ];
  const second = [['Do you have a valid driver\'s license?', 'Yes']];
  return [
    csvFile(ctx.world, { base, header: ['Question', 'Answer'], rows: first, itemDates: [] }),
    csvFile(ctx.world, { base, exactName: `${base}_1`, header: ['Question', 'Answer'], rows: second, itemDates: [] }),
  ];
}

/** 2024 lists a date and a search URL; 2026 the alert's parameters. */
export function buildSavedJobAlerts(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('saved-job-alerts');
  if (world.era === 2026) {
    const rows = [0, 1].map(() => [`keywords=${rng.pick(JOB_TITLES)}&location=${rng.pick(PLACES)}`, 'JOBS_SEARCH', rng.digits(10)]);
    return [csvFile(world, { base: 'SavedJobAlerts', header: ['ALERT_PARAMETERS', 'QUERY_CONTEXT', 'SAVED_SEARCH_ID'], rows, itemDates: [] })];
  }
  const times = recentWeightedTimes(rng, 2, world.exportMs - 2 * 365 * 86_400_000, world.exportMs - 86_400_000);
  const rows = times.map((ms) => [usShortComma(ms), `https://www.linkedin.com/jobs/search/?keywords=${encodeURIComponent(rng.pick(JOB_TITLES))}`]);
  return [csvFile(world, { base: 'SavedJobAlerts', header: ['Saved Search Date', 'Jobs Search Url'], rows, itemDates: times })];
}

/** The doc names the first three and the last three of 20 columns (a trailing comma ends the header); the middle is a reconstruction. */
const JOB_POSTINGS_HEADER = [
  'Company Name', 'Title', 'Employment Status', 'Job Function', 'Industry', 'Seniority Level', 'Location', 'Workplace Type',
  'Description', 'Skills', 'Apply Method', 'Apply Url', 'Budget', 'Currency', 'Status', 'Views', 'Create Date', 'List Date',
  'Close Date', '',
];

export function buildOnlineJobPostings(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('online-job-postings');
  const created = recentWeightedTimes(rng, 2, world.exportMs - 2 * 365 * 86_400_000, world.exportMs - 30 * 86_400_000);
  const rows = created.map((ms) => {
    const listed = ms + rng.int(1, 48) * 3_600_000;
    return [
      world.member.company, rng.pick(JOB_TITLES), 'FULL_TIME', 'Operations', world.member.industry, 'Mid-Senior level', rng.pick(PLACES), 'Hybrid',
      `Join our team to work on ${rng.pick(TOPICS)}.`, rng.pick(TOPICS), 'LinkedIn', jobLink(rng), '0', 'USD', 'CLOSED', String(rng.int(20, 900)),
      usShortComma(ms), usShortComma(listed), usShortComma(listed + 30 * 86_400_000), '',
    ];
  });
  return [csvFile(world, { base: 'Online Job Postings', header: JOB_POSTINGS_HEADER, rows, itemDates: created })];
}
