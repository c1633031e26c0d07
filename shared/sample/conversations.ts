// Runtime: any. The member's private conversations: one-to-one chats, group threads and InMail,
// as records before any era writes them.

import { inventPeople, type Person } from './people';
import type { SeededRandom } from './random';
import { MS_PER_DAY, MS_PER_MINUTE, recentWeightedTime } from './timeline';
import { TOPICS, WORLD_PHRASES } from './vocabulary';
import type { World } from './world';
import { inMailHtml, inMailText, messageText } from './writing';

export type Folder = 'INBOX' | 'ARCHIVE' | 'SPAM' | '';

export interface ChatMessage {
  readonly ms: number;
  readonly from: Person;
  readonly to: readonly Person[];
  readonly subject: string;
  readonly content: string;
  readonly attachment: string;
  /** An unsent draft (2026 writes `IS MESSAGE DRAFT`). */
  readonly draft: boolean;
}

export interface Conversation {
  readonly id: string;
  readonly title: string;
  readonly folder: Folder;
  /** Oldest first. */
  readonly messages: readonly ChatMessage[];
}

type Kind = 'direct' | 'group' | 'inmail';

/** Conversation 0 is direct, 1 archived, 2 a spam InMail, 3 has no folder: every archive shows each. */
function kindAndFolder(rng: SeededRandom, index: number): { kind: Kind; folder: Folder } {
  if (index === 0) return { kind: 'direct', folder: 'INBOX' };
  if (index === 1) return { kind: 'group', folder: 'ARCHIVE' };
  if (index === 2) return { kind: 'inmail', folder: 'SPAM' };
  if (index === 3) return { kind: 'direct', folder: '' };
  const roll = rng.next();
  const kind: Kind = roll < 0.78 ? 'direct' : roll < 0.9 ? 'group' : 'inmail';
  const folder: Folder = rng.chance(0.8) ? 'INBOX' : 'ARCHIVE';
  return { kind, folder: kind === 'inmail' && rng.chance(0.5) ? 'SPAM' : folder };
}

/** How many messages each conversation gets: at least one each, three in the first. */
function messageCounts(rng: SeededRandom, conversations: number, messages: number): number[] {
  const counts = new Array<number>(conversations).fill(1);
  if (conversations > 0) counts[0] = 3;
  let left = messages - counts.reduce((a, b) => a + b, 0);
  while (left > 0) {
    // Squaring skews towards the first conversations: a few long threads, many short ones.
    const i = Math.floor(rng.next() ** 2 * conversations);
    counts[i] = counts[i]! + 1;
    left--;
  }
  return counts;
}

/** The first chat shows accents, CJK and emoji, a no-break space and a narrow no-break space. */
const FORCED_FIRST_CHAT = [
  `${WORLD_PHRASES[4]!} ${WORLD_PHRASES[3]!} 🙌`,
  'See you at 10\u00a0am by the Velmora office lobby.',
  'Perfect, 3:30\u202fPM works for the follow-up.',
];

function inventConversation(world: World, rng: SeededRandom, index: number, count: number, recruiters: readonly Person[]): Conversation {
  const member = world.member;
  const { kind, folder } = kindAndFolder(rng, index);
  const others: Person[] =
    kind === 'inmail'
      ? [rng.pick(recruiters)]
      : kind === 'group'
        ? commaNameFirst(world, rng.sample(world.connections, rng.int(2, 4)).map((c) => c.person), index)
        : [rng.pick(world.connections).person];
  const span = Math.min(count * 2 * MS_PER_DAY, 120 * MS_PER_DAY);
  // Gaps of a few minutes to two days, never adding up past the span (nor the export date).
  const maxGapMinutes = Math.max(3, Math.floor(span / count / MS_PER_MINUTE));
  let ms = recentWeightedTime(rng, world.activityStartMs, world.exportMs - span - MS_PER_DAY);
  const everyone = [member, ...others];
  const messages: ChatMessage[] = [];
  for (let j = 0; j < count; j++) {
    const from = kind === 'inmail' ? others[0]! : kind === 'direct' ? everyone[(j + index) % 2]! : rng.pick(everyone);
    const to = everyone.filter((p) => p !== from);
    let content: string;
    // LinkedIn's editor HTML reached the export with the 2023+ inbox; older InMail is plain text.
    if (kind === 'inmail') content = world.era >= 2024 ? inMailHtml(rng, from.company, from.full) : inMailText(rng, member.first, from);
    else if (index === 0 && j < FORCED_FIRST_CHAT.length) content = FORCED_FIRST_CHAT[j]!;
    else content = messageText(rng, { company: from.company, first: to[0]!.first });
    messages.push({
      ms,
      from,
      to,
      subject: kind === 'inmail' ? `${rng.pick(TOPICS)} opportunity` : '',
      content,
      attachment: rng.chance(0.04) ? `https://www.linkedin.com/dms/prv/attachment/${rng.hex(24)}` : '',
      draft: false,
    });
    ms += rng.int(3, maxGapMinutes) * MS_PER_MINUTE;
  }
  return {
    id: `2-${rng.hex(40)}`,
    title: kind === 'group' ? `${rng.pick(TOPICS)} working group` : '',
    folder,
    messages,
  };
}

/** The first group thread names a person whose name holds `, `. */
function commaNameFirst(world: World, people: Person[], index: number): Person[] {
  if (index !== 1) return people;
  const comma = world.connections.find((c) => c.person.last.includes(', '));
  return comma && !people.includes(comma.person) ? [comma.person, ...people.slice(1)] : people;
}

/** Newest conversation first; the member's last message in one thread is an unsent draft. */
export function inventConversations(world: World): Conversation[] {
  const rng = world.random('conversations');
  const recruiters = inventPeople(rng, 4, new Set([world.member.full, ...world.connections.map((c) => c.person.full)]));
  const counts = messageCounts(rng, world.size.conversations, world.size.messages);
  const conversations = counts.map((count, i) => inventConversation(world, rng, i, count, recruiters));
  const withDraft = conversations.find((c) => c.messages.length > 1 && c.messages[c.messages.length - 1]!.from === world.member);
  if (withDraft) {
    const messages = withDraft.messages as ChatMessage[];
    messages[messages.length - 1] = { ...messages[messages.length - 1]!, draft: true };
  }
  const latest = (c: Conversation): number => c.messages[c.messages.length - 1]!.ms;
  return conversations.sort((a, b) => latest(b) - latest(a));
}
