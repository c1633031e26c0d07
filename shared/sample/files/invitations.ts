// Runtime: any. Invitations.csv: pending and recent invitations both ways, `9/5/26, 1:12 AM`.
// Five columns until 2022; profile URLs added from 2024.

import { csvFile, type BuildContext, type BuiltFile } from '../builtFile';
import { usShortComma } from '../dateShapes';
import { recentWeightedTimes } from '../timeline';

export function buildInvitations(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('invitations');
  const m = world.member;
  const times = recentWeightedTimes(rng, world.size.invitations, world.exportMs - 2 * 365 * 86_400_000, world.exportMs - 3_600_000);
  const withUrls = world.era >= 2024;
  const rows = times.map((ms, i) => {
    const other = i % 4 === 3 ? rng.pick(world.strangers) : rng.pick(world.connections).person;
    const outgoing = i % 2 === 0;
    const message = rng.chance(0.4) ? `Hi ${other.first}, I enjoyed our chat at the ${rng.pick(['Velmora', 'Seraby'])} meetup. Let's stay in touch.` : '';
    const from = outgoing ? m : other;
    const to = outgoing ? other : m;
    const cells = [from.full, to.full, usShortComma(ms), message, outgoing ? 'OUTGOING' : 'INCOMING'];
    if (withUrls) cells.push(from.profileUrl, to.profileUrl);
    return cells;
  });
  const header = ['From', 'To', 'Sent At', 'Message', 'Direction'];
  if (withUrls) header.push('inviterProfileUrl', 'inviteeProfileUrl');
  ctx.sensitive.add(m.full);
  return [csvFile(world, { base: 'Invitations', header, rows, itemDates: times })];
}
