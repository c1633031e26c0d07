// Runtime: any. One file per era the catalog does not know, so the app's "files we could not
// read" report has something to show.

import { csvFile, type BuildContext, type BuiltFile } from '../builtFile';
import { isoSeconds } from '../dateShapes';
import { inventCompany } from '../people';
import { recentWeightedTimes } from '../timeline';
import type { Era } from '../types';

const UNKNOWN: Record<Era, { folder: string; name: string }> = {
  2018: { folder: '', name: 'Group Highlights' },
  2022: { folder: '', name: 'Some_New_Feature' },
  2024: { folder: '', name: 'Creator_Newsletter_Stats' },
  2026: { folder: 'Services Marketplace/', name: 'Providers' },
};

export function buildUnknownFile(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('unknown');
  const { folder, name } = UNKNOWN[world.era];
  const times = recentWeightedTimes(rng, 3, world.activityStartMs, world.exportMs - 86_400_000);
  const rows = times.map((ms) => [inventCompany(rng), 'Data analysis', isoSeconds(ms)]);
  return [csvFile(world, { base: name, folder, exactName: name, header: ['Provider', 'Service', 'Created'], rows, itemDates: [] })];
}
