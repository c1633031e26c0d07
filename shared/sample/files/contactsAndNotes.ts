// Runtime: any. Address-book contacts the member imported (`Imported Contacts.csv` in 2018, with
// its own header), a synced calendar, and private notes on connections (reported only).

import { csvFile, type BuildContext, type BuiltFile } from '../builtFile';
import { isoSecondsUtc, startOfMinute, usShortComma } from '../dateShapes';
import { inventPeople } from '../people';
import { recentWeightedTimes, uniformTime } from '../timeline';
import { TOPICS } from '../vocabulary';

const CONTACTS_HEADER = [
  'Source', 'FirstName', 'LastName', 'Companies', 'Title', 'Emails', 'PhoneNumbers', 'CreatedAt', 'Addresses', 'Sites',
  'InstantMessageHandles', 'FullName', 'Birthday', 'Location', 'BookmarkedAt', 'Profiles',
];

const IMPORTED_CONTACTS_HEADER_2018 = [
  'First Name', 'Last Name', 'Companies', 'Title', 'Email Address', 'Phone Numbers', 'Created At', 'Instant Message Handles',
  'Addresses', 'Sites', 'Full Name', 'Birthday', 'Location', 'Bookmarked At', 'Profiles',
];

export function buildContacts(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('contacts');
  const people = inventPeople(rng, world.size.contacts, new Set([world.member.full, ...world.connections.map((c) => c.person.full)]));
  const times = recentWeightedTimes(rng, people.length, world.activityStartMs, world.exportMs - 86_400_000);
  const old = world.era === 2018;
  // 2018 dates read `M/D/YY, h:mm AM`: to the minute.
  const dates = old ? times.map(startOfMinute) : times;
  const rows = people.map((p, i) => {
    const ms = dates[i]!;
    const email = `${p.publicId.split('-').slice(0, 2).join('.')}@example.org`;
    const phone = rng.chance(0.5) ? `+1 415 555 01${rng.int(10, 99)}` : '';
    if (old) return [p.first, p.last, p.company, p.position, email, phone, usShortComma(ms), '', '', '', p.full, '', '', '', ''];
    return [rng.pick(['Address book', 'Mobile']), p.first, p.last, p.company, p.position, email, phone, isoSecondsUtc(ms), '', '', '', p.full, '', '', '', ''];
  });
  const first = rows[0];
  if (first) ctx.sensitive.add(first[old ? 4 : 5]!);
  return [csvFile(world, { base: 'Contacts', header: old ? IMPORTED_CONTACTS_HEADER_2018 : CONTACTS_HEADER, rows, itemDates: dates })];
}

/** The calendar the member synced, with its last sync. */
export function buildCalendar(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const synced = startOfMinute(uniformTime(world.random('calendar'), world.exportMs - 60 * 86_400_000, world.exportMs - 3_600_000));
  const rows = [[world.member.emails[0]!, 'GOOGLE', usShortComma(synced)]];
  return [csvFile(world, { base: 'Calendar', header: ['Owner', 'Source', 'LastSyncedAt'], rows, itemDates: [synced] })];
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
