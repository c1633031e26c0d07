// Runtime: any. What each export generation looks like on disk: its date, its encodings and
// line endings, the old file names it used and which files carry the member id in their name.

import type { CsvWriteOptions } from './csvWriter';
import type { ArchiveKind, Era } from './types';

export interface EraStyle {
  readonly era: Era;
  /** When LinkedIn built the archive (UTC). Everything in it is older. */
  readonly exportMs: number;
  /** 2018: every CSV UTF-16LE with BOM, TAB-delimited, every field quoted. */
  readonly utf16Tab: boolean;
  /** 2022 and early 2024: the activity files are CRLF throughout. */
  readonly activityCrlf: boolean;
  /** Base names that get `_<memberId>` in a Complete archive. */
  readonly memberIdSuffixed: readonly string[];
  /** 2022 and 2024: a multi-line comment's line breaks are written without quoting the field. */
  readonly unquotedCommentBreaks: boolean;
}

/** The files LinkedIn wrote with CRLF in 2022 and early 2024. */
const ACTIVITY_FILES = ['Shares', 'Comments', 'Reactions', 'Votes', 'Member_Follows', 'Hashtag_Follows', 'Saved_Items'];

/** Current name → the name 2018 exports used. */
const NAMES_2018: Record<string, string> = {
  messages: 'Messages',
  Ad_Targeting: 'Ad Targeting',
  SearchQueries: 'Search Queries',
  PhoneNumbers: 'Phone Numbers',
  Rich_Media: 'Rich Media',
  Endorsement_Received_Info: 'Endorsement Received Info',
  Contacts: 'Imported Contacts',
};

const STYLES: Record<Era, EraStyle> = {
  2018: { era: 2018, exportMs: Date.UTC(2018, 5, 14, 9, 20, 0), utf16Tab: true, activityCrlf: false, memberIdSuffixed: [], unquotedCommentBreaks: false },
  2022: { era: 2022, exportMs: Date.UTC(2022, 2, 15, 16, 5, 0), utf16Tab: false, activityCrlf: true, memberIdSuffixed: [], unquotedCommentBreaks: true },
  2024: {
    era: 2024,
    exportMs: Date.UTC(2024, 3, 18, 7, 45, 0),
    utf16Tab: false,
    activityCrlf: true,
    memberIdSuffixed: ['Shares', 'Comments', 'Reactions', 'Votes'],
    unquotedCommentBreaks: true,
  },
  2026: {
    era: 2026,
    exportMs: Date.UTC(2026, 8, 5, 9, 30, 0),
    utf16Tab: false,
    activityCrlf: false,
    memberIdSuffixed: ['Shares', 'Comments', 'Reactions', 'Votes', 'InstantReposts', 'Member_Follows', 'Saved_Items'],
    unquotedCommentBreaks: false,
  },
};

export function eraStyle(era: Era): EraStyle {
  return STYLES[era];
}

/** The file name (without `.csv`) this era and archive give to the file now called `base`. */
export function eraFileName(style: EraStyle, archive: ArchiveKind, base: string, memberId: string): string {
  if (style.era === 2018) return NAMES_2018[base] ?? base;
  if (base === 'Rich_Media' && style.era < 2026) return 'Rich Media';
  if (archive === 'complete' && style.memberIdSuffixed.includes(base)) return `${base}_${memberId}`;
  return base;
}

/** How this era writes the file now called `base`. */
export function eraCsvOptions(style: EraStyle, base: string): CsvWriteOptions {
  if (style.utf16Tab) return { encoding: 'utf-16le', delimiter: '\t', quoteAll: true, lineEnding: '\n' };
  const crlf = style.activityCrlf && ACTIVITY_FILES.includes(base);
  return { encoding: 'utf-8', delimiter: ',', quoteAll: false, lineEnding: crlf ? '\r\n' : '\n' };
}

/** The UTF-16 TAB form some 2022 files still used. */
export const LEGACY_UTF16_OPTIONS: CsvWriteOptions = { encoding: 'utf-16le', delimiter: '\t', quoteAll: true, lineEnding: '\n' };
