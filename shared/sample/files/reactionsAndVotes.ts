// Runtime: any. Reactions.csv and Votes.csv (poll votes): the member's lightest responses.

import { csvFile, type BuildContext, type BuiltFile } from '../builtFile';
import { isoSeconds } from '../dateShapes';
import { feedLink } from '../links';
import { recentWeightedTimes } from '../timeline';

/** LIKE dominates, as on the site. */
const REACTION_TYPES = ['LIKE', 'LIKE', 'LIKE', 'LIKE', 'PRAISE', 'APPRECIATION', 'EMPATHY', 'INTEREST', 'ENTERTAINMENT'];

const POLL_OPTIONS = ['Remote-first', 'Hybrid', 'Office', 'Daily standups', 'Weekly written updates', 'Depends on the team', 'Yes', 'Not yet'];

export function buildReactions(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('reactions');
  const times = recentWeightedTimes(rng, world.size.reactions, world.activityStartMs, world.exportMs - 600_000);
  const rows = times.map((ms) => [isoSeconds(ms), rng.pick(REACTION_TYPES), feedLink(rng)]);
  return [csvFile(world, { base: 'Reactions', header: ['Date', 'Type', 'Link'], rows, itemDates: times })];
}

export function buildVotes(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('votes');
  const times = recentWeightedTimes(rng, world.size.votes, world.activityStartMs, world.exportMs - 86_400_000);
  // Option texts sometimes start with a space, as LinkedIn writes them.
  const rows = times.map((ms, i) => [isoSeconds(ms), feedLink(rng), `${i % 2 === 0 ? ' ' : ''}${rng.pick(POLL_OPTIONS)}`]);
  return [csvFile(world, { base: 'Votes', header: ['Date', 'Link', 'OptionText'], rows, itemDates: times })];
}
