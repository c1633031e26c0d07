// Runtime: any. What reading an export produces, before any policy is applied: counts, dates,
// text measures and the views' aggregates. Plain data (JSON- and structured-clone-safe), so it
// crosses IPC and worker boundaries as is; it holds no raw rows.

import type { CategoryId } from '../policy/policyModel';
import type { ProblemCode } from './problems';

/**
 * What became of an entry: read (`parsed`), read with no items (`empty`), not a file this app
 * knows (`unknown`), could not be read to the end (`error`: damaged, too large…), a copy of another
 * file with no row of its own (`duplicate`), or not read at all (`skipped`: operating-system clutter).
 */
export type FileStatus = 'parsed' | 'empty' | 'unknown' | 'error' | 'duplicate' | 'skipped';

/** A later copy of a file another input (or an older name) also has. */
export interface DuplicateOf {
  /** The copy whose rows were counted first. */
  readonly path: string;
  /** Index into `ExportScan.inputs`. */
  readonly input: number;
  /** Same rows as that copy, none more and none fewer. */
  readonly identical: boolean;
  /** Rows of this copy that copy (or an earlier one) already counted: not counted again. `rows` are this copy's own. */
  readonly sharedRows: number;
}

export type ProblemSeverity = 'error' | 'warning' | 'info';

export interface Problem {
  readonly severity: ProblemSeverity;
  /** One of the codes in problems.ts, where each one's message is written. */
  readonly code: ProblemCode;
  /** Plain words: what is wrong and what it means for the result. */
  readonly message: string;
  /** Text quoted from the file (an unreadable value): left out of shared reports. */
  readonly detail?: string;
}

/** Dated items by day, as parallel arrays sorted by day (days since 1970-01-01, UTC). */
export interface DayHistogram {
  readonly days: number[];
  readonly items: number[];
  /** Words and characters of the member's own text in those items. */
  readonly words: number[];
  readonly chars: number[];
}

export interface TextTotals {
  items: number;
  words: number;
  chars: number;
}

export interface ArticleInfo {
  readonly title: string;
  readonly created: string | null;
  readonly published: string | null;
  readonly words: number;
}

export interface FileScan {
  /** Base name as in the archive. */
  readonly name: string;
  /** Path inside its input, normalized. */
  readonly path: string;
  /** Index into `ExportScan.inputs`. */
  readonly input: number;
  readonly catalogId: string | null;
  readonly category: CategoryId | null;
  readonly status: FileStatus;
  /** Data records counted from this file (0 for header-only or placeholder files; a copy's own rows only). */
  readonly rows: number;
  readonly columns: readonly string[];
  /** Columns this app does not know for this file: reported, never dropped silently. */
  readonly unknownColumns: readonly string[];
  readonly encoding: string | null;
  readonly delimiter: string | null;
  /** Bytes of text read (uncompressed). */
  readonly bytes: number;
  /** ISO, as precise as the file says (`2024-05-01T12:34:56Z`, `2024-05-01`, `2024-05`, `2024`). */
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  /** The member's own text in this file. */
  readonly ownText: TextTotals;
  /** False when the file mixes the member's text with others' and nothing told which is whose (private messages): `ownText` is then 0, not a count. */
  readonly ownTextKnown: boolean;
  /** Items with no date, and their own text. */
  readonly undated: TextTotals;
  readonly histogram: DayHistogram;
  readonly problems: readonly Problem[];
  readonly article?: ArticleInfo;
  /** Items this file adds to another category (Ad_Targeting's interface locale → language). */
  readonly extraItems?: readonly { readonly category: CategoryId; readonly items: number }[];
  /** Present on a later copy of a file: which copy counted first, and what the two share. */
  readonly duplicateOf?: DuplicateOf;
}

export interface InputSummary {
  readonly name: string;
  /** `file`: a CSV taken out of an export; 'unknown' when the input could not be loaded at all (see `error`). */
  readonly kind: 'zip' | 'folder' | 'file' | 'unknown';
  readonly archiveKind: 'basic' | 'complete' | 'unknown';
  /** From the input's name, else from its re-zip top folder's. */
  readonly exportDate: string | null;
  readonly bytes: number;
  /** Entries listed in `ExportScan.files` for this input, whatever their outcome. */
  readonly files: number;
  readonly topFolder: string | null;
  readonly repeatedNames: number;
  readonly error: { readonly code: string; readonly message: string } | null;
  /** The built-in sample: invented data, labelled so wherever it is shown. */
  readonly invented: boolean;
}

export interface LoginInsights {
  readonly total: number;
  /** [weekday 0 = Monday][hour 0-23], UTC. */
  readonly weekdayHour: number[][];
  /**
   * Logins per hour since 1970-01-01T00:00Z, hours ascending, so the app can lay the heatmap out
   * in the member's time zone (offsets change with the date). Login times are the member's data:
   * never in a report.
   */
  readonly hourly: { readonly hours: readonly number[]; readonly counts: readonly number[] };
  readonly distinctIps: number;
  readonly ipv6: number;
  readonly distinctDevices: number;
  /** Device families ("Chrome on Windows"), counted; never raw user agents. */
  readonly devices: readonly { readonly label: string; readonly count: number }[];
  readonly loginTypes: readonly { readonly label: string; readonly count: number }[];
  /** Personal: shown only on request, and left out of shared reports. */
  readonly topIps: readonly { readonly ip: string; readonly count: number }[];
}

export interface MessageInsights {
  readonly total: number;
  readonly conversations: number;
  /** Null when no sender could be recognised as the member (`memberIdentifiedBy` 'not-found'). */
  readonly sent: number | null;
  readonly received: number | null;
  readonly drafts: number;
  readonly folders: readonly { readonly label: string; readonly count: number }[];
  /** How the member's own messages were told apart; 'not-found': no sender is the member, so which are theirs is unknown; 'none': no messages. */
  readonly memberIdentifiedBy: 'direction' | 'profile-name' | 'profile-url' | 'not-found' | 'none';
}

export interface AiConversationInsights {
  readonly catalogId: string;
  readonly conversations: number;
  readonly memberTurns: number;
  readonly assistantTurns: number;
  readonly memberWords: number;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
}

export interface LanguageInsights {
  readonly profileLanguages: readonly { readonly name: string; readonly proficiency: string }[];
  readonly interfaceLocales: readonly string[];
  readonly duolingo: readonly { readonly language: string; readonly score: string; readonly level: string }[];
}

export interface ScanInsights {
  readonly logins: LoginInsights;
  readonly reactionsByType: readonly { readonly label: string; readonly count: number }[];
  readonly messages: MessageInsights;
  readonly aiConversations: readonly AiConversationInsights[];
  readonly languages: LanguageInsights;
}

export interface ExportScan {
  readonly inputs: readonly InputSummary[];
  readonly files: readonly FileScan[];
  readonly problems: readonly Problem[];
  readonly insights: ScanInsights;
  /** The export's own date (from the archive name), when known. */
  readonly exportDate: string | null;
  /** When the scan ran (ISO). */
  readonly scannedAt: string;
}

export interface ScanProgress {
  readonly input: string;
  readonly file: string;
  readonly filesDone: number;
  readonly filesTotal: number;
  readonly bytesDone: number;
  readonly bytesTotal: number;
}
