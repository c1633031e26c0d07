// Runtime: any. The career part of the profile: positions, education, skills, certifications,
// projects, publications, honors, volunteering and causes.

import { csvFile, type BuildContext, type BuiltFile } from '../builtFile';
import { monthDayYear, monthYear, startOfDay, startOfMonth, startOfYear, yearOnly } from '../dateShapes';
import { inventCompany } from '../people';
import { uniformTime } from '../timeline';
import { SKILLS, TOPICS } from '../vocabulary';

export function buildPositions(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rows = world.positions.map((job) => [
    job.company, job.title, job.description, job.location, monthYear(job.startMs), job.endMs === null ? '' : monthYear(job.endMs),
  ]);
  const header = ['Company Name', 'Title', 'Description', 'Location', 'Started On', 'Finished On'];
  return [csvFile(world, { base: 'Positions', header, rows, itemDates: world.positions.map((j) => startOfMonth(j.startMs)) })];
}

/** One file mixes `2009` and `Sep 2013`, as real ones do. */
export function buildEducation(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const shape = (ms: number, yearOnlyDate: boolean): string => (yearOnlyDate ? yearOnly(ms) : monthYear(ms));
  const rows = world.education.map((s) => [s.school, shape(s.startMs, s.yearOnly), shape(s.endMs, s.yearOnly), s.notes, s.degree, s.activities]);
  const dates = world.education.map((s) => (s.yearOnly ? startOfYear(s.startMs) : startOfMonth(s.startMs)));
  const header = ['School Name', 'Start Date', 'End Date', 'Notes', 'Degree Name', 'Activities'];
  return [csvFile(world, { base: 'Education', header, rows, itemDates: dates })];
}

/** 2026 ends this file with an extra blank line. */
export function buildSkills(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('skills');
  const rows = rng.sample(SKILLS, world.size.skills).map((s) => [s]);
  const options = world.era === 2026 ? { finalNewline: 'extra-blank-line' as const } : {};
  return [csvFile(world, { base: 'Skills', header: ['Name'], rows, itemDates: [], options })];
}

export function buildCertifications(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('certifications');
  const count = rng.int(2, 4);
  const rows: string[][] = [];
  const dates: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = startOfMonth(uniformTime(rng, world.activityStartMs, world.exportMs - 30 * 86_400_000));
    const expires = rng.chance(0.5) ? monthYear(start + 3 * 365 * 86_400_000) : '';
    const topic = rng.pick(TOPICS);
    rows.push([`Certified ${topic} practitioner`, `https://credentials.example.org/${rng.hex(10)}`, `${inventCompany(rng)} Academy`, monthYear(start), expires, rng.digits(8)]);
    dates.push(start);
  }
  const header = ['Name', 'Url', 'Authority', 'Started On', 'Finished On', 'License Number'];
  return [csvFile(world, { base: 'Certifications', header, rows, itemDates: dates })];
}

export function buildProjects(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('projects');
  const rows: string[][] = [];
  const dates: number[] = [];
  for (let i = 0; i < 2; i++) {
    const start = startOfMonth(uniformTime(rng, world.activityStartMs, world.exportMs - 200 * 86_400_000));
    const topic = rng.pick(TOPICS);
    rows.push([`Open ${topic} toolkit`, `A small open-source toolkit for ${topic}, used by ${rng.int(3, 40)} teams.`, `https://code.example.org/${rng.hex(6)}`, monthYear(start), monthYear(start + 150 * 86_400_000)]);
    dates.push(start);
  }
  const header = world.era === 2018 ? ['Title', 'Description', 'Url', 'Start Date', 'End Date'] : ['Title', 'Description', 'Url', 'Started On', 'Finished On'];
  return [csvFile(world, { base: 'Projects', header, rows, itemDates: dates })];
}

/** Publication dates read `May 12, 2024`. */
export function buildPublications(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('publications');
  const rows: string[][] = [];
  const dates: number[] = [];
  for (let i = 0; i < 2; i++) {
    const ms = uniformTime(rng, world.activityStartMs, world.exportMs - 60 * 86_400_000);
    const topic = rng.pick(TOPICS);
    rows.push([`Notes on ${topic}`, monthDayYear(ms), `A practitioner's look at ${topic} in mid-sized firms.`, 'Journal of Applied Operations (invented)', `https://journal.example.org/${rng.hex(8)}`]);
    dates.push(startOfDay(ms));
  }
  const header = ['Name', 'Published On', 'Description', 'Publisher', 'Url'];
  return [csvFile(world, { base: 'Publications', header, rows, itemDates: dates })];
}

/** In 2026 one honor's date is the `---` placeholder. */
export function buildHonors(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('honors');
  const rows: string[][] = [];
  const dates: number[] = [];
  for (let i = 0; i < 3; i++) {
    const ms = startOfMonth(uniformTime(rng, world.activityStartMs, world.exportMs - 60 * 86_400_000));
    const placeholder = world.era === 2026 && i === 1;
    const title = `${rng.pick(['Team', 'Community', 'Innovation'])} award`;
    const description = `For work on ${rng.pick(TOPICS)}.`;
    const issuer = inventCompany(rng);
    const date = placeholder ? '---' : monthYear(ms);
    rows.push(world.era === 2024 ? [title, description, date] : [title, description, issuer, date]);
    if (!placeholder) dates.push(ms);
  }
  // 2024: `Issued On`, and no issuer.
  const header = world.era === 2024 ? ['Title', 'Description', 'Issued On'] : ['Title', 'Description', 'Issuer', 'Issue Date'];
  return [csvFile(world, { base: 'Honors', header, rows, itemDates: dates })];
}

export function buildVolunteering(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('volunteering');
  const start = startOfMonth(uniformTime(rng, world.activityStartMs, world.exportMs - 400 * 86_400_000));
  const rows = [[`${rng.pick(['Seraby', 'Velmora', 'Ostrand'])} Food Bank`, 'Data volunteer', 'Poverty Alleviation', monthYear(start), '', 'Built the weekly pickup dashboard.']];
  const header = ['Company Name', 'Role', 'Cause', 'Started On', 'Finished On', 'Description'];
  return [csvFile(world, { base: 'Volunteering', header, rows, itemDates: [start] })];
}

/** 2022 wrote this file as a header plus a blank line. */
export function buildCourses(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('courses');
  const rows = rng.sample(TOPICS, 3).map((topic, i) => [`${topic.replace(/^./, (c) => c.toUpperCase())} ${i === 0 ? 'I' : 'II'}`, `OR ${rng.int(100, 499)}`]);
  return [csvFile(world, { base: 'Courses', header: ['Name', 'Number'], rows, itemDates: [] })];
}

/** `Started On` is a year, or empty. */
export function buildOrganizations(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('organizations');
  const start = startOfYear(uniformTime(rng, world.activityStartMs, world.exportMs - 400 * 86_400_000));
  const rows = [
    [`${rng.pick(['Seraby', 'Velmora', 'Ostrand'])} Analytics Society`, `Organised the monthly ${rng.pick(TOPICS)} reading group.`, 'Member', yearOnly(start), ''],
    ['Open Logistics Forum', '', 'Volunteer', '', ''],
  ];
  const header = ['Name', 'Description', 'Position', 'Started On', 'Finished On'];
  return [csvFile(world, { base: 'Organizations', header, rows, itemDates: [start] })];
}

export function buildCauses(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  if (world.era === 2022) {
    return [csvFile(world, { base: 'Causes You Care About', header: ['Supported Cause'], rows: [], itemDates: [], options: { finalNewline: 'extra-blank-line' } })];
  }
  const rows = [['Education'], ['Environment'], ['Science and Technology']];
  return [csvFile(world, { base: 'Causes You Care About', header: ['Supported Cause'], rows, itemDates: [] })];
}
