// Runtime: any. The private inbox, `messages.csv` (2018 `Messages.csv`), with each era's header.
// 2026 quotes every field and adds attachment and draft columns. The Basic copy lacks the two
// newest messages (sent after it was built).

import { csvFile, type BuildContext, type BuiltFile } from '../builtFile';
import { isoSecondsUtc } from '../dateShapes';
import type { Person } from '../people';
import { inventConversations, type ChatMessage, type Conversation } from '../conversations';
import { WORLD_PHRASES } from '../vocabulary';
import type { World } from '../world';

const HEADER_2018 = ['From', 'To', 'Date', 'Subject', 'Content', 'Direction', 'Folder'];
const HEADER_2022 = ['CONVERSATION ID', 'CONVERSATION TITLE', 'FROM', 'SENDER PROFILE URL', 'TO', 'DATE', 'SUBJECT', 'CONTENT', 'FOLDER'];
/** 2023+: recipient URLs after TO. Also the header of the AI-assistant files. */
export const MESSAGES_HEADER_2023 = [
  'CONVERSATION ID', 'CONVERSATION TITLE', 'FROM', 'SENDER PROFILE URL', 'TO', 'RECIPIENT PROFILE URLS', 'DATE', 'SUBJECT', 'CONTENT', 'FOLDER',
];
const HEADER_2026 = [...MESSAGES_HEADER_2023, 'ATTACHMENTS', 'IS MESSAGE DRAFT', 'IS CONVERSATION DRAFT'];

/** `TO` joins names with `, `, though names may themselves contain `, `. */
function names(people: readonly Person[]): string {
  return people.map((p) => p.full).join(', ');
}

function row(world: World, c: Conversation, m: ChatMessage): string[] {
  const date = isoSecondsUtc(m.ms);
  if (world.era === 2018) {
    return [m.from.full, names(m.to), date, m.subject, m.content, m.from === world.member ? 'OUTGOING' : 'INCOMING', c.folder];
  }
  const to = names(m.to);
  const urls = m.to.map((p) => p.profileUrl).join(', ');
  const head = [c.id, c.title, m.from.full, m.from.profileUrl, to];
  if (world.era === 2022) return [...head, date, m.subject, m.content, c.folder];
  const cells = [...head, urls, date, m.subject, m.content, c.folder];
  if (world.era === 2024) return cells;
  const conversationDraft = c.messages.every((x) => x.draft);
  return [...cells, m.attachment, String(m.draft), String(conversationDraft)];
}

/** The two newest messages of all conversations, which the Basic archive does not have. */
function newestTwo(conversations: readonly Conversation[]): Set<ChatMessage> {
  const all = conversations.flatMap((c) => c.messages).sort((a, b) => b.ms - a.ms);
  return new Set(all.slice(0, 2));
}

export function buildMessages(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const conversations = inventConversations(world);
  const missing = world.archive === 'basic' ? newestTwo(conversations) : new Set<ChatMessage>();
  const rows: string[][] = [];
  const dates: number[] = [];
  const written: ChatMessage[] = [];
  for (const c of conversations) {
    // Newest message first within a conversation, as LinkedIn lists them.
    for (const m of [...c.messages].reverse()) {
      if (missing.has(m)) continue;
      rows.push(row(world, c, m));
      dates.push(m.ms);
      written.push(m);
    }
  }
  collectSensitive(ctx, written);
  const header = world.era === 2018 ? HEADER_2018 : world.era === 2022 ? HEADER_2022 : world.era === 2024 ? MESSAGES_HEADER_2023 : HEADER_2026;
  const options = world.era === 2026 ? { quoteAll: true } : {};
  return [csvFile(world, { base: 'messages', header, rows, itemDates: dates, options })];
}

function collectSensitive(ctx: BuildContext, written: readonly ChatMessage[]): void {
  const member = ctx.world.member;
  if (written.some((m) => m.from === member)) ctx.sensitive.add(member.full);
  const correspondents = new Set(written.map((m) => m.from).filter((p) => p !== member && p.full.length >= 12));
  for (const p of [...correspondents].slice(0, 3)) ctx.sensitive.add(p.full);
  // Single-line, template-filled texts: greppable as written, and not a stock phrase.
  const plain = written.filter((m) => /^[^<"\n]{40,}$/.test(m.content) && !WORLD_PHRASES.some((p) => m.content.includes(p)));
  for (const m of plain.slice(0, 3)) ctx.sensitive.add(m.content);
}
