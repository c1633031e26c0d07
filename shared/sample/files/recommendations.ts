// Runtime: any. Recommendations received and given: dated `08/19/24, 11:04 PM`.

import { csvFile, type BuildContext, type BuiltFile } from '../builtFile';
import { usPaddedComma } from '../dateShapes';
import { recentWeightedTimes } from '../timeline';
import { recommendationText } from '../writing';

const HEADER = ['First Name', 'Last Name', 'Company', 'Job Title', 'Text', 'Creation Date', 'Status'];

function build(ctx: BuildContext, base: string, count: number, byMember: boolean): BuiltFile {
  const { world } = ctx;
  const rng = world.random(base);
  const times = recentWeightedTimes(rng, count, world.activityStartMs, world.exportMs - 86_400_000);
  const people = rng.sample(world.connections, count).map((c) => c.person);
  const rows = times.map((ms, i) => {
    const other = people[i % people.length]!;
    const subject = byMember ? other.first : world.member.first;
    const text = recommendationText(rng, subject, byMember ? other.company : world.member.company);
    return [other.first, other.last, other.company, other.position, text, usPaddedComma(ms), i === count - 1 && count > 1 ? 'HIDDEN' : 'VISIBLE'];
  });
  return csvFile(world, { base, header: HEADER, rows, itemDates: times });
}

export function buildRecommendations(ctx: BuildContext): BuiltFile[] {
  const size = ctx.world.size;
  return [
    build(ctx, 'Recommendations_Received', size.recommendationsReceived, false),
    build(ctx, 'Recommendations_Given', size.recommendationsGiven, true),
  ];
}
