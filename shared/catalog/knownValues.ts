// Runtime: any (pure data). The values LinkedIn writes from a fixed list in columns the views
// count by value: a report at "counts" names these and groups any other value as OTHER, since a
// value off the list is the member's (or a crafted file's) text, not LinkedIn's.

/** `Reactions.csv` `Type`, as the export writes it (the buttons are Like, Celebrate, Support…). */
export const REACTION_TYPES = ['LIKE', 'PRAISE', 'APPRECIATION', 'EMPATHY', 'INTEREST', 'ENTERTAINMENT', 'MAYBE'] as const;

/** `messages.csv` `FOLDER`; `(none)` is the app's own word for an empty cell. */
export const MESSAGE_FOLDERS = ['INBOX', 'ARCHIVE', 'SPAM', 'SENT', 'DRAFTS', 'DRAFT', 'TRASH', '(none)'] as const;

/** `Logins.csv` `Login Type`. */
export const LOGIN_TYPES = ['WEB', 'MOBILE', 'API', 'APP'] as const;

/** `Languages.csv` `Proficiency`: the profile's five choices. */
export const LANGUAGE_PROFICIENCIES = [
  'Elementary proficiency',
  'Limited working proficiency',
  'Professional working proficiency',
  'Full professional proficiency',
  'Native or bilingual proficiency',
] as const;

/** Interface locales are LinkedIn's codes (`en_US`): two letters, an underscore, two letters. */
export function isLocaleCode(value: string): boolean {
  return /^[a-z]{2}_[A-Z]{2}$/.test(value);
}
