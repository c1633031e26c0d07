// Runtime: any. What the member follows (companies with Java dates, members, hashtags) and the
// hashtags they say they post about.

import { csvFile, type BuildContext, type BuiltFile } from '../builtFile';
import { isoSeconds, isoSecondsUtc, javaDate } from '../dateShapes';
import { inventCompany } from '../people';
import { recentWeightedTimes, uniformTime } from '../timeline';
import { HASHTAGS } from '../vocabulary';

export function buildCompanyFollows(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('company-follows');
  const times = recentWeightedTimes(rng, world.size.companyFollows, world.activityStartMs, world.exportMs - 3_600_000);
  const rows = times.map((ms) => [inventCompany(rng), javaDate(ms)]);
  return [csvFile(world, { base: 'Company Follows', header: ['Organization', 'Followed On'], rows, itemDates: times })];
}

export function buildMemberFollows(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('member-follows');
  const times = recentWeightedTimes(rng, world.size.memberFollows, world.activityStartMs, world.exportMs - 3_600_000);
  const rows = times.map((ms) => [isoSeconds(ms), rng.chance(0.85) ? 'Active' : 'Inactive', rng.pick(world.connections).person.full]);
  return [csvFile(world, { base: 'Member_Follows', header: ['Date', 'Status', 'FullName'], rows, itemDates: times })];
}

export function buildHashtagFollows(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('hashtag-follows');
  const tags = rng.sample(HASHTAGS, world.size.hashtagFollows);
  const times = recentWeightedTimes(rng, tags.length, world.activityStartMs, world.exportMs - 86_400_000);
  const rows = tags.map((tag, i) => {
    const created = times[i]!;
    const unfollowed = rng.chance(0.2);
    const modified = unfollowed ? uniformTime(rng, created, world.exportMs - 3_600_000) : created;
    return [tag, isoSecondsUtc(created), isoSecondsUtc(modified), unfollowed ? 'UNFOLLOWED' : 'FOLLOWING'];
  });
  const header = ['HashTag', 'CreatedTime', 'LastModifiedTime', 'State'];
  return [csvFile(world, { base: 'Hashtag_Follows', header, rows, itemDates: times })];
}

/** One column, no dates: the hashtags the member's profile says they post about. */
export function buildMemberHashtags(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rows = world.random('member-hashtags').sample(HASHTAGS, 3).map((tag) => [`#${tag}`]);
  return [csvFile(world, { base: 'Member Hashtags', header: ['Member Posts About Hashtags'], rows, itemDates: [] })];
}
