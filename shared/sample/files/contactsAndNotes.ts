// Runtime: any. Address-book contacts the member imported (`Imported Contacts.csv` in 2018) and
// private notes on connections (reported only).

import { csvFile, type BuildContext, type BuiltFile } from '../builtFile';
import { isoSecondsUtc, slashSecondsUtc } from '../dateShapes';
import { inventPeople } from '../people';
import { recentWeightedTimes, uniformTime } from '../timeline';
import { TOPICS } from '../vocabulary';

const CONTACTS_HEADER = [
  'Source', 'FirstName', 'LastName', 'Companies', 'Title', 'Emails', 'PhoneNumbers', 'CreatedAt', 'Addresses', 'Sites',
  'InstantMessageHandles', 'FullName', 'Birthday', 'Location', 'BookmarkedAt', 'Profiles',
];

export function buildContacts(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('contacts');
  const people = inventPeople(rng, world.size.contacts, new Set([world.member.full, ...world.connections.map((c) => c.person.full)]));
  const times = recentWeightedTimes(rng, people.length, world.activityStartMs, world.exportMs - 86_400_000);
  const rows = people.map((p, i) => {
    const ms = times[i]!;
    const email = `${p.publicId.split('-').slice(0, 2).join('.')}@example.org`;
    const phone = rng.chance(0.5) ? `+1 415 555 01${rng.int(10, 99)}` : '';
    const created = world.era === 2018 ? slashSecondsUtc(ms) : isoSecondsUtc(ms);
    return [rng.pick(['Address book', 'Mobile']), p.first, p.last, p.company, p.position, email, phone, created, '', '', '', p.full, '', '', '', ''];
  });
  const first = rows[0];
  if (first) ctx.sensitive.add(first[5]!);
  return [csvFile(world, { base: 'Contacts', header: CONTACTS_HEADER, rows, itemDates: times })];
}

export function buildNotes(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('notes');
  const people = rng.sample(world.connections, world.size.notes).map((c) => c.person);
  const times = recentWeightedTimes(rng, people.length, world.activityStartMs, world.exportMs - 86_400_000);
  const rows = people.map((p, i) => {
    const created = times[i]!;
    const edited = rng.chance(0.4) ? isoSecondsUtc(uniformTime(rng, created, world.exportMs - 3_600_000)) : '';
    return [p.first, p.last, p.profileUrl, `Met at the ${rng.pick(TOPICS)} workshop; follow up in spring.`, isoSecondsUtc(created), edited];
  });
  const header = ['Connection First Name', 'Connection Last Name', 'Connection Profile URL', 'Note', 'Created On', 'Edited On'];
  return [csvFile(world, { base: 'Notes', header, rows, itemDates: times })];
}
