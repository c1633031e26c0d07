// Runtime: any. What the member did and what LinkedIn inferred: searches, ads clicked and
// engaged with, inferences, events and reviews.

import { csvFile, type BuildContext, type BuiltFile } from '../builtFile';
import { eventRange, isoSecondsUtc, slashSecondsUtc, usShortComma } from '../dateShapes';
import { inventCompany } from '../people';
import { recentWeightedTimes } from '../timeline';
import { JOB_TITLES, PLACES, TOPICS } from '../vocabulary';
import { reviewText } from '../writing';

export function buildSearchQueries(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('searches');
  const times = recentWeightedTimes(rng, world.size.searches, world.activityStartMs, world.exportMs - 600_000);
  const rows = times.map((ms) => {
    const roll = rng.next();
    const query = roll < 0.3 ? rng.pick(world.connections).person.full : roll < 0.6 ? `${rng.pick(JOB_TITLES)} ${rng.pick(PLACES)}` : rng.pick(TOPICS);
    return [slashSecondsUtc(ms), query];
  });
  return [csvFile(world, { base: 'SearchQueries', header: ['Time', 'Search Query'], rows, itemDates: times })];
}

export function buildAdsClicked(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('ads-clicked');
  const times = recentWeightedTimes(rng, world.size.adsClicked, world.activityStartMs, world.exportMs - 86_400_000);
  const rows = times.map((ms) => [slashSecondsUtc(ms), rng.chance(0.5) ? `${inventCompany(rng)}: try our ${rng.pick(TOPICS)} platform` : rng.digits(9)]);
  return [csvFile(world, { base: 'Ads Clicked', header: ['Ad clicked Date', 'Ad Title/Id'], rows, itemDates: times })];
}

export function buildAdEngagement(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('lan-ads');
  const times = recentWeightedTimes(rng, world.size.adEngagements, world.exportMs - 365 * 86_400_000, world.exportMs - 86_400_000);
  const rows = times.map((ms) => [rng.pick(['Click', 'View']), isoSecondsUtc(ms), rng.digits(9), rng.pick(['news.example.com', 'Weather app (invented)'])]);
  return [csvFile(world, { base: 'LAN Ads Engagement', header: ['Action', 'Date', 'Ad Title/Id', 'Page/App'], rows, itemDates: times })];
}

/** `Inference` is `Yes`, `No`, `true` or a float. */
export function buildInferences(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rows = [
    ['Demographics', 'Age range', 'Your age is likely between 25 and 44', 'true'],
    ['Interests', 'Career interest', 'You are likely interested in data roles', 'Yes'],
    ['Job seeking', 'Job change likelihood', 'How likely you are to change jobs this year', '0.37'],
    ['Company', 'Decision maker', 'You influence software purchases', 'No'],
  ];
  return [csvFile(world, { base: 'Inferences_about_you', header: ['Category', 'Type of inference', 'Description', 'Inference'], rows, itemDates: [] })];
}

/** Event times are a range: `Mar 12, 2026 05:30 PM - Mar 12, 2026 06:30 PM`. */
export function buildEvents(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('events');
  const times = recentWeightedTimes(rng, world.size.events, world.exportMs - 3 * 365 * 86_400_000, world.exportMs + 30 * 86_400_000);
  const starts = times.map((ms) => ms - (ms % 1_800_000));
  const rows = starts.map((start) => [
    `${rng.pick(PLACES)} ${rng.pick(TOPICS)} meetup`,
    eventRange(start, start + rng.int(1, 3) * 3_600_000),
    start > world.exportMs ? 'Registered' : 'Attended',
    `https://events.example.org/${rng.hex(8)}`,
  ]);
  return [csvFile(world, { base: 'Events', header: ['Event Name', 'Event Time', 'Status', 'External Url'], rows, itemDates: starts })];
}

/** 2026 lists the file with its header only. */
export function buildReviews(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const header = ['Reviewee', 'Review Type', 'Review Section', 'Creation Date', 'Rating', 'Review Text', 'Review Tags'];
  if (world.era === 2026) return [csvFile(world, { base: 'Reviews', header, rows: [], itemDates: [] })];
  const rng = world.random('reviews');
  const times = recentWeightedTimes(rng, 2, world.activityStartMs, world.exportMs - 86_400_000);
  const rows = times.map((ms) => [inventCompany(rng), 'Service provider', 'Services', usShortComma(ms), String(rng.int(4, 5)), reviewText(rng, { company: world.member.company, first: world.member.first }), 'Responsive | Expert']);
  return [csvFile(world, { base: 'Reviews', header, rows, itemDates: times })];
}
