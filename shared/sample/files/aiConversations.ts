// Runtime: any. Conversations with LinkedIn's own AI assistants (2026): the coach file with
// data (assistant turns have an empty FROM, member turns an empty TO), the others header-only,
// and the legacy learning-coach file that is a bare sentence.

import { csvFile, type BuildContext, type BuiltFile } from '../builtFile';
import { isoSecondsUtc } from '../dateShapes';
import { encodeUtf8 } from '../../platform/universalGlobals';
import { learningLink, slugOf } from '../links';
import { MS_PER_MINUTE, recentWeightedTimes } from '../timeline';
import { JOB_TITLES, TOPICS } from '../vocabulary';
import { MESSAGES_HEADER_2023 } from './messages';

const QUESTIONS = [
  'How do I prepare for a {title} interview?',
  'Can you suggest a course on {topic} for beginners?',
  'Rewrite my headline so it mentions {topic}.',
  'What should I ask the hiring manager about {topic}?',
];

function fillQuestion(template: string, title: string, topic: string): string {
  return template.replace('{title}', title).replace('{topic}', topic);
}

function answer(topic: string): string {
  const course = `${topic} essentials`;
  return `Here are three ideas to start with:\n\n1. Review the basics of ${topic}.\n2. Prepare one concrete story about your impact.\n3. Take [${course}](${learningLink(slugOf(course))}) this week.`;
}

export function buildCoachMessages(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('coach');
  const m = world.member;
  const starts = recentWeightedTimes(rng, world.size.coachConversations, world.exportMs - 2 * 365 * 86_400_000, world.exportMs - 86_400_000);
  const turnsEach = Math.max(2, Math.floor(world.size.coachMessages / Math.max(1, starts.length) / 2) * 2);
  const rows: string[][] = [];
  const dates: number[] = [];
  for (const start of starts) {
    const id = `2-${rng.hex(40)}`;
    const topic = rng.pick(TOPICS);
    const title = `Coaching: ${topic}`;
    let ms = start;
    const turns: string[][] = [];
    for (let t = 0; t < turnsEach; t++) {
      const byMember = t % 2 === 0;
      const content = byMember ? fillQuestion(rng.pick(QUESTIONS), rng.pick(JOB_TITLES), topic) : answer(topic);
      turns.push(
        byMember
          ? [id, title, m.full, m.profileUrl, '', '', isoSecondsUtc(ms), '', content, 'INBOX']
          : [id, title, '', '', m.full, m.profileUrl, isoSecondsUtc(ms), '', content, 'INBOX'],
      );
      dates.push(ms);
      ms += rng.int(1, 4) * MS_PER_MINUTE;
    }
    rows.push(...turns.reverse());
  }
  const firstQuestion = rows.find((r) => r[2] === m.full);
  if (firstQuestion) ctx.sensitive.add(firstQuestion[8]!);
  return [csvFile(world, { base: 'coach_messages', header: MESSAGES_HEADER_2023, rows, itemDates: dates })];
}

/** The assistants the member never used: header only. */
export function buildEmptyAssistantFiles(ctx: BuildContext): BuiltFile[] {
  return ['guide_messages', 'learning_coach_messages', 'learning_role_play_messages'].map((base) =>
    csvFile(ctx.world, { base, header: MESSAGES_HEADER_2023, rows: [], itemDates: [] }),
  );
}

/** The legacy file is one sentence, not CSV. */
export function buildLegacyLearningCoach(): BuiltFile[] {
  return [{ path: 'LearningCoachMessages.csv', bytes: encodeUtf8('No conversations found\n'), rows: 0, itemDates: [] }];
}
