// Runtime: any. InstantReposts (2026) and Saved_Items: links with a date, nothing more.

import { csvFile, type BuildContext, type BuiltFile } from '../builtFile';
import { isoSeconds } from '../dateShapes';
import { feedLink } from '../links';
import { recentWeightedTimes } from '../timeline';

export function buildInstantReposts(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('reposts');
  // Instant reposts are a recent feature: the last three years only.
  const times = recentWeightedTimes(rng, world.size.reposts, world.exportMs - 3 * 365 * 86_400_000, world.exportMs - 86_400_000);
  const rows = times.map((ms) => [isoSeconds(ms), feedLink(rng)]);
  return [csvFile(world, { base: 'InstantReposts', header: ['Date', 'Link'], rows, itemDates: times })];
}

export function buildSavedItems(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('saved-items');
  const times = recentWeightedTimes(rng, world.size.savedItems, world.activityStartMs, world.exportMs - 86_400_000);
  const rows = times.map((ms) => [feedLink(rng), isoSeconds(ms)]);
  // 2024 capitalised the date column; 2022 and 2026 did not.
  const header = ['savedItem', world.era === 2024 ? 'CreatedTime' : 'createdTime'];
  return [csvFile(world, { base: 'Saved_Items', header, rows, itemDates: times })];
}
