// Runtime: any. The private inbox in numbers: messages, conversations, sent and received (the
// scanner tells the member's own messages apart), drafts, folders.

import type { MessageInsights } from '../scanTypes';
import { findColumn } from '../columns';
import { DistinctValues, LabelCounter } from '../counter';
import { overflowedOf, type InsightKind } from './insight';

/** The columns it reads: the column scanner cuts only these (and the scanner's own) from each record. */
const CONVERSATION = 'CONVERSATION ID';
const FOLDER = 'FOLDER';
const DRAFT = 'IS MESSAGE DRAFT';

const DRAFT_VALUES = new Set(['true', 'yes', '1']);

export const NO_MESSAGES: MessageInsights = { total: 0, conversations: 0, sent: 0, received: 0, drafts: 0, folders: [], memberIdentifiedBy: 'none' };

/** One file's part: its conversations by id (hashed), so two copies' parts merge without counting one twice. */
type MessagesPart = Omit<MessageInsights, 'conversations'> & { readonly conversationKeys: readonly number[] };

function sumOrUnknown(values: readonly (number | null)[]): number | null {
  return values.includes(null) ? null : values.reduce<number>((sum, n) => sum + n!, 0);
}

export const messages: InsightKind<MessagesPart, MessageInsights> = {
  columns: [CONVERSATION, FOLDER, DRAFT],
  start(header, limits) {
    const conversation = findColumn(header, [CONVERSATION]);
    const folder = findColumn(header, [FOLDER]);
    const draft = findColumn(header, [DRAFT]);
    const conversations = new DistinctValues(limits.maxDistinctKeys);
    const folders = new LabelCounter(limits.maxDistinctKeys);
    let drafts = 0;
    // A conversation's messages come together, and folders repeat: compare with the last
    // value before any set or map lookup (the hot path of the largest file).
    let lastConversation = '';
    let lastFolderCell: string | null = null;
    let lastFolder = '';
    return {
      row: (row) => {
        const id = conversation === -1 ? '' : (row[conversation] ?? '');
        if (id !== lastConversation) {
          lastConversation = id;
          const trimmed = id.trim();
          if (trimmed !== '') conversations.add(trimmed);
        }
        const folderCell = folder === -1 ? '' : (row[folder] ?? '');
        if (folderCell !== lastFolderCell) {
          lastFolderCell = folderCell;
          const name = folderCell.trim();
          lastFolder = name === '' ? '(none)' : name.toUpperCase();
        }
        folders.add(lastFolder);
        if (draft !== -1 && DRAFT_VALUES.has((row[draft] ?? '').trim().toLowerCase())) drafts++;
      },
      overflowed: () => overflowedOf({ conversations, folders }),
      finish: (facts) => ({
        total: facts.rows,
        conversationKeys: conversations.keys(),
        sent: facts.memberIdentifiedBy === 'not-found' ? null : facts.own.items,
        received: facts.memberIdentifiedBy === 'not-found' ? null : facts.rows - facts.own.items,
        drafts,
        folders: folders.top(),
        memberIdentifiedBy: facts.memberIdentifiedBy,
      }),
    };
  },
  // An export has one inbox file; a later copy's part holds only the rows the first lacks.
  merge(parts) {
    if (parts.length === 0) return NO_MESSAGES;
    const folders = new LabelCounter();
    for (const part of parts) for (const { label, count } of part.folders) folders.add(label, count);
    return {
      total: parts.reduce((sum, p) => sum + p.total, 0),
      conversations: new Set(parts.flatMap((p) => p.conversationKeys)).size,
      sent: sumOrUnknown(parts.map((p) => p.sent)),
      received: sumOrUnknown(parts.map((p) => p.received)),
      drafts: parts.reduce((sum, p) => sum + p.drafts, 0),
      folders: folders.top(),
      memberIdentifiedBy: parts.find((p) => p.memberIdentifiedBy !== 'none')?.memberIdentifiedBy ?? 'none',
    };
  },
};
