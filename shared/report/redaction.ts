// Runtime: any. Redaction levels of a saved report, and the scrubber that keeps people's
// contact details out of text that reaches a shared report. Linear in the text's length (names
// from a hostile export can be megabytes): e-mail addresses are found by a scanner
// (emailAddresses.ts), and each pattern below either has a bounded length or cannot fail once
// its start matched (the IPv6 `::` form fails only within four groups, where the five-group form
// would have matched). `npm run bench:redaction` measures all of them on hostile strings.

import { maskEmailAddresses } from './emailAddresses';

export type RedactionLevel = 'counts' | 'excerpts' | 'full';

export const REDACTION_LEVELS: readonly RedactionLevel[] = ['counts', 'excerpts', 'full'];

export const REDACTION_LABELS: Readonly<Record<RedactionLevel, string>> = {
  counts: 'Counts only: no names, no text, no e-mail addresses, IP addresses, phone numbers or profile links',
  excerpts: 'With excerpts: counts, plus the first words of your most recent posts and comments',
  full: 'Full: counts, excerpts and personal details such as IP addresses',
};

const HIDDEN_NAMES_NOTE =
  'Names that may carry personal data (files and columns LinkedIn does not write, article titles, folders and zips you named) are shown as labels such as [zip 1] or [folder 1]; save the report with excerpts or full to see them.';

/** The redaction level as every report states it; at "counts" it says that names are labels and how to see them. */
export function redactionSentence(level: RedactionLevel): string {
  return level === 'counts' ? `${REDACTION_LABELS.counts}. ${HIDDEN_NAMES_NOTE}` : REDACTION_LABELS[level];
}

const URL = /\b(?:https?:\/\/|www\.)[^\s"'<>]+/gi;
const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/g;
// Five or more groups, or a `::` abbreviation: never a clock time such as 12:34:56.
const IPV6 = /\b(?:[0-9a-f]{1,4}:){4,7}[0-9a-f]{1,4}\b|(?:\b[0-9a-f]{1,4}:)*[0-9a-f]{0,4}::(?:[0-9a-f]{1,4}:?)*[0-9a-f]{0,4}/gi;
const PHONE = /\+?\(?\d[\d ().-]{6,}\d/g;
const DATE_LIKE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/;

/** A run of digits is a phone number when it is long, or written like one (`+`, parentheses). */
function maskPhone(match: string): string {
  const digits = match.replace(/\D/g, '').length;
  if (DATE_LIKE.test(match)) return match;
  const phoneLike = match.startsWith('+') || match.includes('(') ? digits >= 7 : digits >= 10;
  return phoneLike ? '[phone number]' : match;
}

/** Masks e-mail addresses, links, IP addresses and phone numbers in free text. */
export function scrubPersonal(text: string): string {
  return maskEmailAddresses(text, '[e-mail]')
    .replace(URL, '[link]')
    .replace(IPV6, '[IP address]')
    .replace(IPV4, '[IP address]')
    .replace(PHONE, maskPhone);
}
