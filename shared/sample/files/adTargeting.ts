// Runtime: any. Ad_Targeting.csv: one row of segments, 31 to 35 columns with repeated names
// (`Company Names` ×3, `Job Titles` ×3), so read by position. 2018's `Ad Targeting.csv` has 19
// columns of its own, the interface language among them.

import { csvFile, type BuildContext, type BuiltFile } from '../builtFile';
import { inventCompany } from '../people';
import type { SeededRandom } from '../random';
import { SKILLS, TOPICS } from '../vocabulary';
import type { World } from '../world';

const HEADER_2026 = [
  'Member Age', 'Buyer Groups', 'Company Names', 'Company Names', 'Company Follower of', 'Company Names', 'Company Category',
  'Company Size', 'Degrees', 'degreeClass', 'Recent Device OS', 'Member Schools', 'Company Growth Rate', 'Fields of Study',
  'Company Connections', 'Function By Size', 'Job Functions', 'Member Gender', 'Graduation Year', 'Member Groups',
  'Company Industries', 'Member Interests', 'Interface Locales', 'interfaceLocale', 'Member Traits',
  'High Value Audience Segments', 'Profile Locations', 'Company Revenue', 'Job Seniorities', 'Member Skills',
  'Standard Audience Segments', 'Job Titles', 'Job Titles', 'Job Titles', 'Years of Experience',
];
const LATER_2025 = ['Recent Device OS', 'High Value Audience Segments', 'Standard Audience Segments'];
/** 2024 to Mar 2025: without the three 2025 columns. */
const HEADER_2024 = HEADER_2026.filter((h) => !LATER_2025.includes(h));
/** 2022: also without `Buyer Groups`. */
const HEADER_2022 = HEADER_2024.filter((h) => h !== 'Buyer Groups');
const HEADER_2018 = [
  'Age Group', 'Country', 'Company Sizes', 'Companies', 'Followed Companies', 'Functions', 'Gender', 'Industries',
  'Followed Industries', 'Partner Opt Out Advertising', 'Seniorities', 'State', 'Postal Code', 'Schools', 'Graduation Year',
  'Groups', 'Interface Language', 'Degree Classes', 'Skills',
];

export function adTargetingHeader(world: World): readonly string[] {
  return { 2026: HEADER_2026, 2024: HEADER_2024, 2022: HEADER_2022, 2018: HEADER_2018 }[world.era];
}

function companies(rng: SeededRandom, count: number): string {
  return Array.from({ length: count }, () => inventCompany(rng)).join('; ');
}

function cellFor(world: World, rng: SeededRandom, column: string): string {
  const m = world.member;
  switch (column) {
    case 'Member Age': return '25 to 34';
    case 'Buyer Groups': return 'IT decision makers; Operations buyers';
    case 'Company Names':
    case 'Company Follower of':
    case 'Company Connections': return companies(rng, 3);
    case 'Company Category': return 'High growth; Mid-market';
    case 'Company Size': return '201-500; 1001-5000';
    case 'Degrees': return 'Master of Science';
    case 'degreeClass': return 'Masters';
    case 'Recent Device OS': return 'iOS; macOS';
    case 'Member Schools': return world.education.map((s) => s.school).join('; ');
    case 'Company Growth Rate': return 'Medium growth';
    case 'Fields of Study': return 'Mathematics; Operations Research';
    case 'Function By Size': return 'Operations (201-500)';
    case 'Job Functions': return 'Operations; Research';
    case 'Member Gender': return '';
    case 'Graduation Year': return String(new Date(world.education[0]!.endMs).getUTCFullYear());
    case 'Member Groups': return 'Velmora Data Meetup; Open Logistics Forum';
    case 'Company Industries': return m.industry;
    case 'Member Interests': return rng.sample(TOPICS, 4).join('; ');
    case 'Interface Locales':
    case 'Interface Language': return 'English';
    case 'interfaceLocale': return 'en_US';
    // 2018's own columns.
    case 'Age Group': return '25 to 34';
    case 'Country': return 'Marevia';
    case 'Company Sizes': return '201-500';
    case 'Companies':
    case 'Followed Companies': return companies(rng, 2);
    case 'Functions': return 'Operations';
    case 'Gender': return '';
    case 'Industries':
    case 'Followed Industries': return m.industry;
    case 'Partner Opt Out Advertising': return 'false';
    case 'Seniorities': return 'Senior';
    case 'State': return '';
    case 'Postal Code': return m.zipCode;
    case 'Schools': return world.education.map((s) => s.school).join('; ');
    case 'Groups': return 'Velmora Data Meetup';
    case 'Degree Classes': return 'Masters';
    case 'Skills': return rng.sample(SKILLS, 5).join('; ');
    case 'Member Traits': return 'Frequent traveler; Job seeker';
    case 'High Value Audience Segments': return 'Tech early adopters';
    case 'Profile Locations': return m.geoLocation;
    case 'Company Revenue': return '$100M - $500M';
    case 'Job Seniorities': return 'Senior';
    case 'Member Skills': return rng.sample(SKILLS, 5).join('; ');
    case 'Standard Audience Segments': return 'Business decision makers';
    case 'Job Titles': return world.positions.map((p) => p.title).slice(0, 2).join('; ') || m.position;
    case 'Years of Experience': return '6 to 10 years';
    default: throw new Error(`no value for Ad_Targeting column ${column}`);
  }
}

export function buildAdTargeting(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('ad-targeting');
  const header = adTargetingHeader(world);
  const row = header.map((column) => cellFor(world, rng, column));
  const file = csvFile(world, { base: 'Ad_Targeting', header, rows: [row], itemDates: [] });
  const cellOf = (column: string) => (header.includes(column) ? row[header.indexOf(column)]! : '');
  const interfaceLocale = cellOf('interfaceLocale') || cellOf('Interface Locales') || cellOf('Interface Language');
  return [{ ...file, interfaceLocale }];
}
