// Runtime: any. Collects the aggregates behind the views (logins, reactions, languages, AI
// conversations, messages) while files are read, one row at a time.

import type { CatalogEntry } from '../../catalog/fileCatalog';
import { detach } from '../../text/detach';
import { findColumn } from '../columns';
import { LabelCounter } from '../counter';
import type { AiConversationInsights, LanguageInsights, MessageInsights, ScanInsights } from '../scanTypes';
import { LoginCollector } from './loginCollector';

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

export class InsightsBuilder {
  readonly logins = new LoginCollector();
  private readonly reactions = new LabelCounter();
  private readonly languages: { name: string; proficiency: string }[] = [];
  private readonly duolingo: { language: string; score: string; level: string }[] = [];
  private readonly interfaceLocales = new Set<string>();
  private readonly aiConversations: AiConversationInsights[] = [];
  private messageInsights: MessageInsights = NO_MESSAGES;
  /** From Profile.csv: tells the member's own messages from others'. Never part of the output. */
  memberName: string | null = null;

  /** A hook for the rows of a file, or null when the file feeds no view. */
  hookFor(entry: CatalogEntry, header: readonly string[], state: FileInsightState): RowHook | null {
    switch (entry.insight) {
      case 'logins':
        this.logins.header(header);
        return (row, ms) => this.logins.row(row, ms);
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
        return (row) => {
          const id = cell(row, conversation);
          if (id !== '' && !state.conversations.has(id)) state.conversations.add(detach(id));
          state.folders.add(cell(row, folder).toUpperCase() || '(none)');
          if (/^(true|yes|1)$/i.test(cell(row, draft))) state.drafts++;
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

  build(): ScanInsights {
    const languages: LanguageInsights = {
      profileLanguages: this.languages,
      interfaceLocales: [...this.interfaceLocales],
      duolingo: this.duolingo,
    };
    return {
      logins: this.logins.result(),
      reactionsByType: this.reactions.top(),
      messages: this.messageInsights,
      aiConversations: this.aiConversations,
      languages,
    };
  }
}
