// Runtime: any. Learning.csv: LinkedIn Learning history. Its header ends with a comma (an empty
// eighth column) and unwatched items say `N/A`.

import { csvFile, type BuildContext, type BuiltFile } from '../builtFile';
import { isoMinutesUtc } from '../dateShapes';
import { recentWeightedTimes } from '../timeline';
import { TOPICS } from '../vocabulary';

const HEADER = [
  'Content Title', 'Content Description', 'Content Type', 'Content Last Watched Date (if viewed)',
  'Content Completed At (if completed)', 'Content Saved', 'Notes taken on videos (if taken)', '',
];

export function buildLearning(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('learning');
  const times = recentWeightedTimes(rng, world.size.learning, world.activityStartMs, world.exportMs - 86_400_000);
  const watchedDates: number[] = [];
  const rows = times.map((ms, i) => {
    const topic = rng.pick(TOPICS);
    const title = `${topic.charAt(0).toUpperCase()}${topic.slice(1)} essentials`;
    // Every third item, the newest among them, was only saved: both dates `N/A`. Completed items were also watched,
    // so the watched column alone dates every dated row.
    if (i % 3 === 0) return [title, `An introduction to ${topic}.`, 'Course', 'N/A', 'N/A', 'true', 'N/A', ''];
    watchedDates.push(ms);
    const completed = rng.chance(0.6) ? isoMinutesUtc(ms + rng.int(1, 20) * 3_600_000) : 'N/A';
    const note = rng.chance(0.3) ? `Try the ${topic} checklist with the team` : 'N/A';
    return [title, `A practical course on ${topic}.`, rng.pick(['Course', 'Video']), isoMinutesUtc(ms), completed, 'false', note, ''];
  });
  return [csvFile(world, { base: 'Learning', header: HEADER, rows, itemDates: watchedDates })];
}
