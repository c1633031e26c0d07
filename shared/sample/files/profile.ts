// Runtime: any. Profile.csv (one row about the member) and Profile Summary.csv (2024+).

import { csvFile, type BuildContext, type BuiltFile } from '../builtFile';
import { monthDay } from '../dateShapes';
import { REGIONS } from '../vocabulary';

const HEADER = [
  'First Name', 'Last Name', 'Maiden Name', 'Address', 'Birth Date', 'Headline', 'Summary', 'Industry', 'Zip Code',
  'Geo Location', 'Twitter Handles', 'Websites', 'Instant Messengers',
];
/** 2018 also had `Contact Instructions` and `Country` (their position is a guess). */
const HEADER_2018 = [
  'First Name', 'Last Name', 'Maiden Name', 'Address', 'Birth Date', 'Contact Instructions', 'Headline', 'Summary',
  'Industry', 'Country', 'Zip Code', 'Geo Location', 'Twitter Handles', 'Websites', 'Instant Messengers',
];

export function buildProfile(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const m = world.member;
  // The 2022 member left the birthday empty; the others show it without a year.
  const birth = world.era === 2022 ? '' : monthDay(m.birthMonth, m.birthDay);
  const row =
    world.era === 2018
      ? [m.first, m.last, '', m.address, birth, 'Please message me here first.', m.headline, m.summary, m.industry,
        REGIONS[0]!, m.zipCode, m.geoLocation, m.twitterHandle, m.website, '']
      : [m.first, m.last, '', m.address, birth, m.headline, m.summary, m.industry, m.zipCode, m.geoLocation,
        m.twitterHandle, m.website, ''];
  ctx.sensitive.add(m.address);
  ctx.sensitive.add(m.headline);
  const header = world.era === 2018 ? HEADER_2018 : HEADER;
  return [csvFile(world, { base: 'Profile', header, rows: [row], itemDates: [] })];
}

export function buildProfileSummary(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  return [csvFile(world, { base: 'Profile Summary', header: ['Profile Summary'], rows: [[world.member.summary]], itemDates: [] })];
}
