// Runtime: any. Builds one invented LinkedIn export: the member's world, then every file the
// era and archive kind hold, then what a reader should find in them.

import { SensitiveValues, type BuildContext, type BuiltFile } from './builtFile';
import { isoDay, zipNameDate } from './dateShapes';
import { expectedCategories, expectedFile } from './expected';
import { buildersFor } from './manifest';
import type { GeneratedExport, GenerateOptions } from './types';
import { buildWorld } from './world';

export const DEFAULT_SEED = 20_240_918;

function checkDistinctPaths(files: readonly BuiltFile[]): void {
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.path)) throw new Error(`generator wrote ${f.path} twice`);
    seen.add(f.path);
  }
}

export function generateExport(options: GenerateOptions): GeneratedExport {
  const seed = (options.seed ?? DEFAULT_SEED) >>> 0;
  const archive = options.archive ?? 'complete';
  const world = buildWorld(options.era, seed, archive, options.size ?? 'small');
  const ctx: BuildContext = { world, sensitive: new SensitiveValues() };
  const built = buildersFor(options.era, archive).flatMap((build) => build(ctx));
  checkDistinctPaths(built);
  const kind = archive === 'basic' ? 'Basic' : 'Complete';
  return {
    era: options.era,
    seed,
    archive,
    name: `${kind}_LinkedInDataExport_${zipNameDate(world.exportMs)}.zip`,
    exportDate: isoDay(world.exportMs),
    files: built.map((f) => ({ path: f.path, bytes: f.bytes })),
    expected: {
      files: built.map(expectedFile),
      categories: expectedCategories(built),
      sensitive: ctx.sensitive.list(),
      memberName: world.member.full,
    },
  };
}
