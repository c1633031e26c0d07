// Runtime: any. The invented member and the people around them, drawn once per seed and era.
// Every file builder reads from this, so Basic and Complete copies of one seed agree.

import { eraStyle, type EraStyle } from './eraStyle';
import { asciiSlug, inventCompany, inventFirstName, inventLastName, inventPeople, makePerson, type Person } from './people';
import { randomFor, type SeededRandom } from './random';
import { sizeProfile, type SizeProfile } from './sizes';
import { MS_PER_DAY, MS_PER_MINUTE, recentWeightedTimes, yearsBefore } from './timeline';
import type { ArchiveKind, Era, ExportSize } from './types';
import { INDUSTRIES, JOB_TITLES, PLACES, REGIONS, TOPICS } from './vocabulary';
import { profileSummary } from './writing';

export interface Member extends Person {
  /** The number LinkedIn appends to Complete-export names (`Shares_<id>.csv`). */
  readonly memberId: string;
  readonly headline: string;
  readonly summary: string;
  readonly industry: string;
  readonly address: string;
  readonly zipCode: string;
  readonly geoLocation: string;
  readonly birthMonth: number;
  readonly birthDay: number;
  readonly twitterHandle: string;
  readonly website: string;
  /** Primary first. */
  readonly emails: readonly string[];
  /** `+1 415 555 01xx`: the 555-01xx range is reserved for fiction. */
  readonly phone: string;
}

export interface Job {
  readonly company: string;
  readonly title: string;
  readonly description: string;
  readonly location: string;
  readonly startMs: number;
  /** Null for the current position. */
  readonly endMs: number | null;
}

export interface Schooling {
  readonly school: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly degree: string;
  readonly notes: string;
  readonly activities: string;
  /** Written as `2009` rather than `Sep 2009`: one file mixes both. */
  readonly yearOnly: boolean;
}

export interface Connection {
  readonly person: Person;
  readonly connectedMs: number;
  /** A hidden profile: only `Connected On` is filled (2026). */
  readonly hidden: boolean;
}

export interface World {
  readonly seed: number;
  readonly era: Era;
  readonly archive: ArchiveKind;
  readonly size: SizeProfile;
  readonly style: EraStyle;
  readonly exportMs: number;
  /** Activity files start about ten years before the export. */
  readonly activityStartMs: number;
  readonly registeredMs: number;
  readonly member: Member;
  readonly positions: readonly Job[];
  readonly education: readonly Schooling[];
  /** Newest first. */
  readonly connections: readonly Connection[];
  /** Recruiters and others who write without being connected. */
  readonly strangers: readonly Person[];
  /** A stream for one file or purpose, independent of every other. */
  random(label: string): SeededRandom;
}

function monthStart(year: number, month: number): number {
  return Date.UTC(year, month - 1, 1);
}

function inventMember(rng: SeededRandom, current: Job, takenNames: Set<string>): Member {
  let first = inventFirstName(rng);
  let last = inventLastName(rng);
  // Long enough to grep for without false hits (the `sensitive` list asks for 12 characters).
  while (first.length + 1 + last.length < 12) {
    first = inventFirstName(rng);
    last = inventLastName(rng);
  }
  takenNames.add(`${first} ${last}`);
  const base = makePerson(rng, first, last, true);
  const slug = `${asciiSlug(first)}.${asciiSlug(last)}`;
  const place = rng.pick(PLACES);
  return {
    ...base,
    company: current.company,
    position: current.title,
    email: `${slug}@example.com`,
    memberId: rng.digits(9),
    headline: `${current.title} at ${current.company} | ${rng.pick(TOPICS)} and ${rng.pick(TOPICS)}`,
    summary: profileSummary(rng, current.title, current.company),
    industry: rng.pick(INDUSTRIES),
    address: `${rng.int(2, 98)} Larkspur Row, ${place}`,
    zipCode: rng.digits(5),
    geoLocation: `${place}, ${rng.pick(REGIONS)}`,
    birthMonth: rng.int(1, 12),
    birthDay: rng.int(1, 28),
    twitterHandle: `@${asciiSlug(first)}_${rng.digits(2)}`,
    website: `[PERSONAL:https://${asciiSlug(first)}-${asciiSlug(last)}.example.org]`,
    emails: [`${slug}@example.com`, `${asciiSlug(first)}${rng.digits(3)}@example.org`],
    phone: `+1 415 555 01${rng.int(0, 9)}${rng.int(0, 9)}`,
  };
}

/** Newest job first; the first has no end (current). */
function inventCareer(rng: SeededRandom, exportMs: number): Job[] {
  const exportYear = new Date(exportMs).getUTCFullYear();
  const jobs: Job[] = [];
  let start = monthStart(exportYear - rng.int(2, 5), rng.int(1, 12));
  let end: number | null = null;
  const count = rng.int(3, 4);
  for (let i = 0; i < count; i++) {
    const title = rng.pick(JOB_TITLES);
    jobs.push({
      company: inventCompany(rng),
      title,
      description: `Led ${rng.pick(TOPICS)} and ${rng.pick(TOPICS)} for a team of ${rng.int(3, 14)}.`,
      location: `${rng.pick(PLACES)}, ${rng.pick(REGIONS)}`,
      startMs: start,
      endMs: end,
    });
    end = start - MS_PER_DAY * 20;
    const endDate = new Date(end);
    start = monthStart(endDate.getUTCFullYear() - rng.int(1, 3), rng.int(1, 12));
  }
  return jobs;
}

function inventEducation(rng: SeededRandom, firstJobStartMs: number): Schooling[] {
  const gradYear = new Date(firstJobStartMs).getUTCFullYear() - 1;
  const school = (): string => (rng.chance(0.5) ? `University of ${rng.pick(PLACES)}` : `${rng.pick(PLACES)} Institute of Technology`);
  return [
    {
      school: school(),
      startMs: monthStart(gradYear - 1, 9),
      endMs: monthStart(gradYear, 6),
      degree: 'Master of Science - MS, Operations Research',
      notes: 'Thesis on demand forecasting for small warehouses.',
      activities: 'Data club, rowing',
      yearOnly: false,
    },
    {
      school: school(),
      startMs: monthStart(gradYear - 5, 1),
      endMs: monthStart(gradYear - 1, 1),
      degree: 'Bachelor of Science - BS, Mathematics',
      notes: '',
      activities: 'Student newspaper',
      yearOnly: true,
    },
  ];
}

function inventConnections(rng: SeededRandom, people: readonly Person[], fromMs: number, exportMs: number): Connection[] {
  const times = recentWeightedTimes(rng, people.length, fromMs, exportMs - 3 * 60 * MS_PER_MINUTE);
  // The two newest were accepted minutes before the Complete export was built; the Basic one,
  // made a little earlier, does not have them.
  if (times.length >= 2) {
    times[0] = exportMs - 12 * MS_PER_MINUTE;
    times[1] = exportMs - 41 * MS_PER_MINUTE;
  }
  // The fifth, and a few more, hid their profile: every archive shows such a row.
  return people.map((person, i) => ({ person, connectedMs: times[i]!, hidden: i === 4 || (i > 4 && rng.chance(0.03)) }));
}

/** At least one connection has `, ` in the name, so joined name lists are ambiguous somewhere. */
function withCommaName(rng: SeededRandom, people: Person[]): Person[] {
  if (people.some((p) => p.last.includes(', '))) return people;
  const last = people.length - 1;
  const chosen = people[last]!;
  people[last] = makePerson(rng, chosen.first, `${chosen.last}, PhD`, true);
  return people;
}

export function buildWorld(era: Era, seed: number, archive: ArchiveKind, size: ExportSize): World {
  const style = eraStyle(era);
  const profile = sizeProfile(size);
  const exportMs = style.exportMs;
  const rng = randomFor(seed, 'world');
  const positions = inventCareer(rng, exportMs);
  const taken = new Set<string>();
  const member = inventMember(rng, positions[0]!, taken);
  const oldestJob = positions[positions.length - 1]!;
  const registeredMs = Math.min(yearsBefore(exportMs, 12), oldestJob.startMs) + rng.int(0, 200) * MS_PER_DAY;
  const activityStartMs = Math.max(registeredMs, yearsBefore(exportMs, 10));
  const people = withCommaName(rng, inventPeople(rng, profile.connections, taken));
  const strangers = inventPeople(rng, 8, taken);
  return {
    seed,
    era,
    archive,
    size: profile,
    style,
    exportMs,
    activityStartMs,
    registeredMs,
    member,
    positions,
    education: inventEducation(rng, oldestJob.startMs),
    connections: inventConnections(rng, people, registeredMs + 30 * MS_PER_DAY, exportMs),
    strangers,
    random: (label: string) => randomFor(seed, `${era}:${label}`),
  };
}
