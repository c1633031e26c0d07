// Runtime: any. Photos and media the member uploaded: `Rich Media.csv` (`Type,Link`, no date)
// until 2024, `Rich_Media.csv` with a sentence for a date from 2025; 2018's `Videos.csv`.

import { csvFile, type BuildContext, type BuiltFile } from '../builtFile';
import { sentenceMoment } from '../dateShapes';
import { activityLink } from '../links';
import { recentWeightedTimes } from '../timeline';

const UPLOADS = [
  { type: 'Profile Photo', sentence: 'You uploaded a profile photo' },
  { type: 'Background Image', sentence: 'You uploaded a background photo' },
  { type: 'Feed Image', sentence: 'You uploaded a photo to a post' },
];

export function buildRichMedia(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('rich-media');
  const times = recentWeightedTimes(rng, world.size.richMedia, world.activityStartMs, world.exportMs - 86_400_000);
  const uploads = times.map((ms, i) => ({ ms, kind: UPLOADS[i % UPLOADS.length]!, link: `https://media.licdn.com/dms/image/v2/C5603AQ${rng.hex(14)}` }));
  if (world.era < 2026) {
    const rows = uploads.map((u) => [u.kind.type, u.link]);
    return [csvFile(world, { base: 'Rich_Media', header: ['Type', 'Link'], rows, itemDates: [] })];
  }
  // The description is usually ` -` (a space and a dash), sometimes a caption.
  const rows = uploads.map((u, i) => [
    `${u.kind.sentence} on ${sentenceMoment(u.ms)} (GMT)`,
    i % 3 === 2 ? 'Team offsite, day two' : ' -',
    u.link,
  ]);
  return [csvFile(world, { base: 'Rich_Media', header: ['Date/Time', 'Media Description', 'Media Link'], rows, itemDates: times })];
}

/** 2018: the videos the member shared, with their description; no date. */
export function buildVideos(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('videos');
  const rows = [
    ['Behind the scenes of our warehouse pilot', activityLink(rng)],
    ['Two minutes on why we measure everything', activityLink(rng)],
  ];
  return [csvFile(world, { base: 'Videos', header: ['Description', 'Link'], rows, itemDates: [] })];
}
