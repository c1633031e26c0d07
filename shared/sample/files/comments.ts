// Runtime: any. Comments.csv. In 2026 some messages escape their quotes as `\"` and others as
// `""` in the same file, as seen; the quoted words never precede a delimiter or line end. In 2022
// and 2024 some messages run over several lines written without quotes, as seen: each later line
// starts without a date, and a plain CSV reader takes it for another comment.

import { csvFile, type BuildContext, type BuiltFile } from '../builtFile';
import { backslashQuoted, unquoted, type CsvCell } from '../csvWriter';
import { isoSeconds, slashSecondsUtc } from '../dateShapes';
import { feedLink } from '../links';
import { recentWeightedTimes } from '../timeline';
import { WORLD_PHRASES } from '../vocabulary';
import { commentContinuation, commentText, type CommentText } from '../writing';

export function buildComments(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('comments');
  const times = recentWeightedTimes(rng, world.size.comments, world.activityStartMs, world.exportMs - 7_200_000);
  const texts: CommentText[] = times.map((_, i) => {
    const slots = { company: world.member.company, first: rng.pick(world.connections).person.first };
    // The two newest always hold quotes, so the 2026 file has both escape styles.
    let text = commentText(rng, slots);
    while (i < 2 && !text.hasQuotes) text = commentText(rng, slots);
    return text;
  });
  let quoted = 0;
  let multiLine = 0;
  const rows = times.map((ms, i) => {
    const comment = texts[i]!;
    let message: CsvCell = comment.text;
    if (comment.hasQuotes && world.era === 2026 && quoted++ % 2 === 0) message = backslashQuoted(comment.text);
    // Unquoted only where CSV would need no quotes but for the line breaks (no comma, no quote).
    const plain = !comment.hasQuotes && !comment.text.includes(',');
    if (world.style.unquotedCommentBreaks && plain && (multiLine === 0 || rng.chance(0.4))) {
      multiLine++;
      const slots = { company: world.member.company, first: rng.pick(world.connections).person.first };
      message = unquoted([comment.text, ...commentContinuation(rng, slots)].join('\n'));
    }
    const date = world.era === 2018 ? slashSecondsUtc(ms) : isoSeconds(ms);
    return [date, feedLink(rng), message];
  });
  const greppable = texts.filter((t) => !t.hasQuotes && t.text.length >= 40 && !WORLD_PHRASES.includes(t.text));
  for (const c of greppable.slice(0, 2)) ctx.sensitive.add(c.text);
  return [csvFile(world, { base: 'Comments', header: ['Date', 'Link', 'Message'], rows, itemDates: times })];
}
