// Runtime: any. Languages on the profile, and Duolingo scores (2026).

import { csvFile, type BuildContext, type BuiltFile } from '../builtFile';
import { LANGUAGES } from '../vocabulary';

/** 2026 writes this file without a final newline. */
export function buildLanguages(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('languages');
  const rows = LANGUAGES.slice(0, rng.int(2, 4)).map((l) => [l.name, l.proficiency]);
  const options = world.era === 2026 ? { finalNewline: 'none' as const } : {};
  return [csvFile(world, { base: 'Languages', header: ['Name', 'Proficiency'], rows, itemDates: [], options })];
}

export function buildDuolingo(ctx: BuildContext): BuiltFile[] {
  const rows = [['French', '112', 'Intermediate'], ['Japanese', '64', 'Beginner']];
  return [csvFile(ctx.world, { base: 'Duolingo', header: ['Language', 'Score', 'Proficiency Level'], rows, itemDates: [] })];
}
