// Runtime: any. Collects, for one file, the aggregates behind the views (logins, reactions,
// languages, AI conversations, messages) one row at a time. Each file's part is plain data, so
// files read on other threads merge the same way (mergeInsights).

import type { CatalogEntry } from '../../catalog/fileCatalog';
import { detach } from '../../text/detach';
import { findColumn } from '../columns';
import { LabelCounter } from '../counter';
import type { AiConversationInsights, LanguageInsights, MessageInsights, ScanInsights } from '../scanTypes';
import { LoginCollector, mergeLogins, type LoginPartial } from './loginCollector';

export type RowHook = (row: readonly string[], ms: number | null) => void;

/** What one file's rows told the views, read back by that file's scanner. */
export interface FileInsightState {
  readonly conversations: Set<string>;
  memberTurns: number;
  assistantTurns: number;
  /** Ad_Targeting named an interface language: one language-preference item. */
  interfaceLocale: boolean;
  readonly folders: LabelCounter;
  drafts: number;
}

export function newFileInsightState(): FileInsightState {
  return { conversations: new Set(), memberTurns: 0, assistantTurns: 0, interfaceLocale: false, folders: new LabelCounter(), drafts: 0 };
}

const MAX_LISTED = 200;
const DRAFT_VALUES = new Set(['true', 'yes', '1']);

const NO_MESSAGES: MessageInsights = {
  total: 0,
  conversations: 0,
  sent: 0,
  received: 0,
  drafts: 0,
  folders: [],
  memberIdentifiedBy: 'none',
};

function cell(row: readonly string[], index: number): string {
  return index === -1 ? '' : (row[index] ?? '').trim();
}

/** One file's contribution to the views. */
export interface InsightPartial {
  readonly logins: LoginPartial | null;
  readonly reactions: readonly { label: string; count: number }[];
  readonly languages: readonly { name: string; proficiency: string }[];
  readonly duolingo: readonly { language: string; score: string; level: string }[];
  readonly interfaceLocales: readonly string[];
  readonly aiConversations: readonly AiConversationInsights[];
  readonly messages: MessageInsights | null;
  /** From Profile.csv: tells the member's own messages from others'. Never part of the output. */
  readonly memberName: string | null;
}

export class InsightsBuilder {
  private logins: LoginCollector | null = null;
  private readonly reactions = new LabelCounter();
  private readonly languages: { name: string; proficiency: string }[] = [];
  private readonly duolingo: { language: string; score: string; level: string }[] = [];
  private readonly interfaceLocales = new Set<string>();
  private readonly aiConversations: AiConversationInsights[] = [];
  private messageInsights: MessageInsights | null = null;
  private memberName: string | null = null;

  /** The member's name from the profile, read before this file (null if unknown). */
  constructor(readonly knownMemberName: string | null = null) {}

  /** A hook for the rows of a file, or null when the file feeds no view. */
  hookFor(entry: CatalogEntry, header: readonly string[], state: FileInsightState): RowHook | null {
    switch (entry.insight) {
      case 'logins': {
        const logins = (this.logins = new LoginCollector());
        logins.header(header);
        return (row, ms) => logins.row(row, ms);
      }
      case 'reactions': {
        const type = findColumn(header, ['Type']);
        return (row) => {
          const value = cell(row, type);
          if (value !== '') this.reactions.add(value.toUpperCase());
        };
      }
      case 'languages': {
        const name = findColumn(header, ['Name']);
        const proficiency = findColumn(header, ['Proficiency']);
        return (row) => {
          if (this.languages.length < MAX_LISTED) {
            this.languages.push({ name: detach(cell(row, name)), proficiency: detach(cell(row, proficiency)) });
          }
        };
      }
      case 'duolingo': {
        const language = findColumn(header, ['Language']);
        const score = findColumn(header, ['Score']);
        const level = findColumn(header, ['Proficiency Level']);
        return (row) => {
          if (this.duolingo.length < MAX_LISTED) {
            this.duolingo.push({
              language: detach(cell(row, language)),
              score: detach(cell(row, score)),
              level: detach(cell(row, level)),
            });
          }
        };
      }
      case 'ad-targeting': {
        const locale = findColumn(header, ['interfaceLocale']);
        const localeName = findColumn(header, ['Interface Locales']);
        return (row) => {
          const value = cell(row, locale) || cell(row, localeName);
          if (value !== '') state.interfaceLocale = true;
          for (const part of value.split(';')) {
            const trimmed = part.trim();
            if (trimmed !== '' && this.interfaceLocales.size < MAX_LISTED) this.interfaceLocales.add(detach(trimmed));
          }
        };
      }
      case 'profile': {
        const first = findColumn(header, ['First Name']);
        const last = findColumn(header, ['Last Name']);
        return (row) => {
          const name = `${cell(row, first)} ${cell(row, last)}`.trim();
          if (name !== '' && this.memberName === null) this.memberName = detach(name);
        };
      }
      case 'ai-conversation': {
        const conversation = findColumn(header, ['CONVERSATION ID']);
        const from = findColumn(header, ['FROM']);
        return (row) => {
          const id = cell(row, conversation);
          if (id !== '' && !state.conversations.has(id)) state.conversations.add(detach(id));
          if (cell(row, from) !== '') state.memberTurns++;
          else state.assistantTurns++;
        };
      }
      case 'messages': {
        const conversation = findColumn(header, ['CONVERSATION ID']);
        const folder = findColumn(header, ['FOLDER']);
        const draft = findColumn(header, ['IS MESSAGE DRAFT']);
        // A conversation's messages come together, and folders repeat: compare with the last
        // value before any set or map lookup (the hot path of the largest file).
        let lastConversation = '';
        let lastFolderCell: string | null = null;
        let lastFolder = '';
        return (row) => {
          const id = conversation === -1 ? '' : (row[conversation] ?? '');
          if (id !== lastConversation) {
            lastConversation = id;
            const trimmed = id.trim();
            if (trimmed !== '' && !state.conversations.has(trimmed)) state.conversations.add(detach(trimmed));
          }
          const folderCell = folder === -1 ? '' : (row[folder] ?? '');
          if (folderCell !== lastFolderCell) {
            lastFolderCell = folderCell;
            const name = folderCell.trim();
            lastFolder = name === '' ? '(none)' : name.toUpperCase();
          }
          state.folders.add(lastFolder);
          if (draft !== -1 && DRAFT_VALUES.has((row[draft] ?? '').trim().toLowerCase())) state.drafts++;
        };
      }
      default:
        return null;
    }
  }

  addAiConversation(insight: AiConversationInsights): void {
    this.aiConversations.push(insight);
  }

  setMessages(insight: MessageInsights): void {
    this.messageInsights = insight;
  }

  partial(): InsightPartial {
    return {
      logins: this.logins?.partial() ?? null,
      reactions: this.reactions.top(),
      languages: this.languages,
      duolingo: this.duolingo,
      interfaceLocales: [...this.interfaceLocales],
      aiConversations: this.aiConversations,
      messages: this.messageInsights,
      memberName: this.memberName,
    };
  }
}

/** The views' aggregates of a whole export, from its files' parts (in file order). */
export function mergeInsights(partials: readonly InsightPartial[]): ScanInsights {
  const reactions = new LabelCounter();
  const locales = new Set<string>();
  for (const partial of partials) {
    for (const { label, count } of partial.reactions) reactions.add(label, count);
    for (const locale of partial.interfaceLocales) if (locales.size < MAX_LISTED) locales.add(locale);
  }
  const languages: LanguageInsights = {
    profileLanguages: partials.flatMap((p) => p.languages).slice(0, MAX_LISTED),
    interfaceLocales: [...locales],
    duolingo: partials.flatMap((p) => p.duolingo).slice(0, MAX_LISTED),
  };
  return {
    logins: mergeLogins(partials.flatMap((p) => (p.logins ? [p.logins] : []))),
    reactionsByType: reactions.top(),
    messages: partials.find((p) => p.messages !== null)?.messages ?? NO_MESSAGES,
    aiConversations: partials.flatMap((p) => p.aiConversations),
    languages,
  };
}
