// Runtime: any. Conversations with LinkedIn's AI assistants: one summary per file (coach, guide,
// learning coach, role play). The member's turns have a FROM; the assistant's an empty one.

import type { AiConversationInsights } from '../scanTypes';
import { findColumn } from '../columns';
import { DistinctValues } from '../counter';
import { cell, overflowedOf, type InsightKind } from './insight';

/** One file's part: its conversations by id (hashed), so two copies' parts merge without counting one twice. */
type Part = Omit<AiConversationInsights, 'catalogId' | 'conversations'> & { readonly conversationKeys: readonly number[] };

function earliest(a: string | null, b: string | null): string | null {
  return a === null || (b !== null && b < a) ? b : a;
}

function latest(a: string | null, b: string | null): string | null {
  return a === null || (b !== null && b > a) ? b : a;
}

/** One per catalog entry: the summary names which assistant it is; copies of its file merge into it. */
export function aiConversations(catalogId: string): InsightKind<Part, AiConversationInsights[]> {
  return {
    start(header, limits) {
      const conversation = findColumn(header, ['CONVERSATION ID']);
      const from = findColumn(header, ['FROM']);
      const conversations = new DistinctValues(limits.maxDistinctKeys);
      let memberTurns = 0;
      let assistantTurns = 0;
      return {
        row: (row) => {
          const id = cell(row, conversation);
          if (id !== '') conversations.add(id);
          if (cell(row, from) !== '') memberTurns++;
          else assistantTurns++;
        },
        overflowed: () => overflowedOf({ conversations }),
        finish: (facts) => ({ conversationKeys: conversations.keys(), memberTurns, assistantTurns, memberWords: facts.own.words, firstDate: facts.firstDate, lastDate: facts.lastDate }),
      };
    },
    merge: (parts) =>
      parts.length === 0
        ? []
        : [
            {
              catalogId,
              conversations: new Set(parts.flatMap((p) => p.conversationKeys)).size,
              memberTurns: parts.reduce((sum, p) => sum + p.memberTurns, 0),
              assistantTurns: parts.reduce((sum, p) => sum + p.assistantTurns, 0),
              memberWords: parts.reduce((sum, p) => sum + p.memberWords, 0),
              firstDate: parts.map((p) => p.firstDate).reduce(earliest),
              lastDate: parts.map((p) => p.lastDate).reduce(latest),
            },
          ],
  };
}
