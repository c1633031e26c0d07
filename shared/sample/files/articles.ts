// Runtime: any. Articles as LinkedIn exports them: one HTML page each, under `Articles/` (2018)
// or `Articles/Articles/`, named by a slug or (2026) by a creation timestamp and title.

import type { BuildContext, BuiltFile } from '../builtFile';
import { articleFileStamp, isoMinutes } from '../dateShapes';
import { encodeUtf8 } from '../../platform/universalGlobals';
import { slugOf } from '../links';
import { recentWeightedTimes } from '../timeline';
import { articleParagraphs, articleTitle } from '../writing';
import type { World } from '../world';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `Published on …`, or for drafts `Not published yet`; one 2026 draft shows `---`. */
function publishedText(world: World, index: number, publishedMs: number): string {
  if (index === 0) return 'Not published yet';
  if (index === 1 && world.era === 2026) return '---';
  return `Published on ${isoMinutes(publishedMs)}`;
}

function folder(world: World): string {
  return world.era === 2018 ? 'Articles/' : 'Articles/Articles/';
}

export function buildArticles(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('articles');
  const times = recentWeightedTimes(rng, world.size.articles, world.activityStartMs, world.exportMs - 5 * 86_400_000);
  return times.map((createdMs, index) => {
    const { title, topic } = articleTitle(rng);
    const slug = slugOf(title);
    const url = `https://www.linkedin.com/pulse/${slug}-${world.member.publicId}`;
    const publishedMs = createdMs + rng.int(1, 72) * 3_600_000;
    const paragraphs = articleParagraphs(rng, topic, { company: world.member.company, first: world.member.first });
    const html = [
      '<html>',
      `<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>`,
      '<body>',
      `<h1><a href="${url}">${escapeHtml(title)}</a></h1>`,
      `<p class="created">Created on ${isoMinutes(createdMs)}</p>`,
      `<p class="published">${publishedText(world, index, publishedMs)}</p>`,
      `<div>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</div>`,
      '</body>',
      '</html>',
      '',
    ].join('\n');
    // Slug names get the index so two articles with one title stay two files.
    const name = world.era === 2026 ? `${articleFileStamp(createdMs)}-${slug}` : `${slug}-${index + 1}`;
    if (index === times.length - 1) ctx.sensitive.add(paragraphs[0]!);
    return { path: `${folder(world)}${name}.html`, bytes: encodeUtf8(html), rows: 1, itemDates: [createdMs] };
  });
}
