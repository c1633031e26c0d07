// Runtime: any. Shares.csv (posts): the header of each era, and the multi-line commentary quirks.

import { csvFile, type BuildContext, type BuiltFile } from '../builtFile';
import { isoSeconds, slashSecondsUtc } from '../dateShapes';
import { groupPostLink, shareLink, ugcPostLink } from '../links';
import type { SeededRandom } from '../random';
import { recentWeightedTimes } from '../timeline';
import { WORLD_PHRASES } from '../vocabulary';
import { postLines } from '../writing';
import type { World } from '../world';

const HEADER_2018 = [
  'Date', ' Share Title', ' Share Description', ' Share Link', ' Share Commentary', ' Shared URL', ' Media URL', ' Type', ' Visibility',
];
const HEADER_2022 = ['Date', 'ShareLink', 'ShareCommentary', 'SharedURL', 'MediaURL', 'Visibility'];
const HEADER_2026 = ['Date', 'ShareLink', 'ShareCommentary', 'SharedUrl', 'MediaUrl', 'Visibility'];

interface Post {
  readonly ms: number;
  readonly link: string;
  readonly lines: readonly string[];
  readonly sharedUrl: string;
  readonly mediaUrl: string;
  readonly visibility: string;
}

function postLink(rng: SeededRandom): string {
  const roll = rng.next();
  if (roll < 0.1) return groupPostLink(rng);
  return roll < 0.55 ? ugcPostLink(rng) : shareLink(rng);
}

function inventPosts(world: World, rng: SeededRandom): Post[] {
  const times = recentWeightedTimes(rng, world.size.posts, world.activityStartMs, world.exportMs - 3_600_000);
  return times.map((ms, i) => {
    const lines = postLines(rng, { company: world.member.company, first: world.member.first });
    // The two newest posts always carry accents, CJK and emoji: every archive tests them.
    if (i < 2) lines[lines.length - 1] = `${lines[lines.length - 1]!} ${WORLD_PHRASES[i === 0 ? 0 : 3]!} 🎉`;
    const withMedia = rng.chance(0.3);
    return {
      ms,
      link: postLink(rng),
      lines,
      sharedUrl: rng.chance(0.2) ? `https://blog.example.com/${rng.hex(8)}` : '',
      mediaUrl: withMedia ? `https://media.licdn.com/dms/image/v2/D4E22AQ${rng.hex(12)}` : '',
      visibility: rng.chance(0.85) ? 'MEMBER_NETWORK' : rng.pick(['PUBLIC', 'CONNECTIONS']),
    };
  });
}

/**
 * 2026 writes each line of a multi-line post wrapped in literal quotes (blank lines as `""`),
 * on top of normal CSV quoting. CRLF eras break lines inside the field with CRLF too.
 */
function commentary(world: World, lines: readonly string[]): string {
  if (lines.length === 1) return lines[0]!;
  if (world.era === 2026) return lines.map((line) => `"${line}"`).join('\n');
  return lines.join(world.style.activityCrlf ? '\r\n' : '\n');
}

export function buildShares(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('shares');
  const posts = inventPosts(world, rng);
  const rows = posts.map((p) => {
    const text = commentary(world, p.lines);
    if (world.era === 2018) {
      const type = p.mediaUrl ? 'IMAGE' : '';
      return [slashSecondsUtc(p.ms), '', '', p.link, text, p.sharedUrl, p.mediaUrl, type, p.visibility];
    }
    return [isoSeconds(p.ms), p.link, text, p.sharedUrl, p.mediaUrl, p.visibility];
  });
  for (const post of posts.filter((p) => p.lines.length === 1).slice(0, 3)) ctx.sensitive.add(post.lines[0]!);
  const header = world.era === 2018 ? HEADER_2018 : world.era === 2026 ? HEADER_2026 : HEADER_2022;
  return [csvFile(world, { base: 'Shares', header, rows, itemDates: posts.map((p) => p.ms) })];
}
