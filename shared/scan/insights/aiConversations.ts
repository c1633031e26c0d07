// Runtime: any. Conversations with LinkedIn's AI assistants: one summary per file (coach, guide,
// learning coach, role play). The member's turns have a FROM; the assistant's an empty one.

import type { AiConversationInsights } from '../scanTypes';
import { detach } from '../../text/detach';
import { findColumn } from '../columns';
import { cell, type InsightKind } from './insight';

type Part = Omit<AiConversationInsights, 'catalogId'>;

/** One per catalog entry: the summary names which assistant it is. */
export function aiConversations(catalogId: string): InsightKind<Part, AiConversationInsights[]> {
  return {
    start(header) {
      const conversation = findColumn(header, ['CONVERSATION ID']);
      const from = findColumn(header, ['FROM']);
      const conversations = new Set<string>();
      let memberTurns = 0;
      let assistantTurns = 0;
      return {
        row: (row) => {
          const id = cell(row, conversation);
          if (id !== '' && !conversations.has(id)) conversations.add(detach(id));
          if (cell(row, from) !== '') memberTurns++;
          else assistantTurns++;
        },
        finish: (facts) => ({ conversations: conversations.size, memberTurns, assistantTurns, memberWords: facts.own.words, firstDate: facts.firstDate, lastDate: facts.lastDate }),
      };
    },
    merge: (parts) => parts.map((part) => ({ catalogId, ...part })),
  };
}
