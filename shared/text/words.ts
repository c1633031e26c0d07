// Runtime: any. Measures of the member's own text: words, characters, an excerpt, a token estimate.

export interface TextMeasure {
  words: number;
  chars: number;
}

/** Word separators: spaces, tabs, line breaks and the no-break spaces LinkedIn messages contain (U+00A0, U+202F). */
function isSeparator(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x202f;
}

/** Rarer separators (tab, carriage return, form and line tabulation): their presence picks the char-by-char loop. */
const RARE_SEPARATORS = ['\t', '\r', '\f', '\v'];

function countWordsByChar(text: string): number {
  let words = 0;
  let afterSeparator = true;
  for (let i = 0; i < text.length; i++) {
    if (isSeparator(text.charCodeAt(i))) afterSeparator = true;
    else if (afterSeparator) {
      words++;
      afterSeparator = false;
    }
  }
  return words;
}

/** Where `separator` next comes from `from`, or `end`. */
function nextOf(text: string, separator: string, from: number, end: number): number {
  const at = text.indexOf(separator, from);
  return at === -1 ? end : at;
}

/**
 * Spaces, line feeds and no-break spaces (U+00A0, U+202F: LinkedIn messages hold them), the next
 * of each found with the engine's native search; the char-by-char loop took 2-3x as long.
 */
function countNativelySeparated(text: string): number {
  const end = text.length;
  let space = nextOf(text, ' ', 0, end);
  let newline = nextOf(text, '\n', 0, end);
  let noBreak = nextOf(text, '\u00a0', 0, end);
  let narrow = nextOf(text, '\u202f', 0, end);
  let words = 0;
  let previous = -1;
  for (let at = Math.min(space, newline, noBreak, narrow); at < end; at = Math.min(space, newline, noBreak, narrow)) {
    if (at > previous + 1) words++;
    previous = at;
    if (at === space) space = nextOf(text, ' ', at + 1, end);
    else if (at === newline) newline = nextOf(text, '\n', at + 1, end);
    else if (at === noBreak) noBreak = nextOf(text, '\u00a0', at + 1, end);
    else narrow = nextOf(text, '\u202f', at + 1, end);
  }
  return end > previous + 1 ? words + 1 : words;
}

/**
 * Words are runs of non-separator characters. Most texts hold only spaces and line feeds (and
 * messages no-break spaces): those are found with the engine's native search, several times
 * faster than a loop over characters.
 */
export function countWords(text: string): number {
  for (const separator of RARE_SEPARATORS) if (text.indexOf(separator) !== -1) return countWordsByChar(text);
  return countNativelySeparated(text);
}

/**
 * Words, and characters (UTF-16 code units, spaces included: the basis of the usual
 * "about four characters per token" estimate).
 */
export function measureText(text: string, into: TextMeasure): void {
  into.words += countWords(text);
  into.chars += text.length;
}

const TAG = /<[^>]*>/g;
const ENTITY = /&(nbsp|amp|lt|gt|quot|#39|apos);/g;
const ENTITY_TEXT: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };

/** Message bodies may be HTML (`<p class="spinmail-quill-editor__spin-break">`): keep the text. */
export function stripMarkup(text: string): string {
  if (text.indexOf('<') === -1 && text.indexOf('&') === -1) return text;
  return text.replace(TAG, ' ').replace(ENTITY, (_, name: string) => ENTITY_TEXT[name] ?? ' ');
}

/**
 * Multi-line `ShareCommentary`: after CSV decoding each line is still wrapped in literal quotes
 * and blank lines read `""`. Only unwraps when every line is wrapped, so ordinary quotes stay.
 */
export function unwrapPerLineQuotes(text: string): string {
  if (text.indexOf('\n') === -1 || text.charCodeAt(0) !== 34) return text;
  const lines = text.split(/\r?\n/);
  if (!lines.every((line) => line.length >= 2 && line.startsWith('"') && line.endsWith('"'))) return text;
  return lines.map((line) => line.slice(1, -1)).join('\n');
}

const EXCERPT_CHARS = 280;

/**
 * White space that collapse changes: a run of two or more, or one that is not a space. Collapsing
 * with `/\s+/g` replaced every single space too (a match per word): 4x slower on messages.
 */
const UNCOLLAPSED_SPACE = /\s{2,}|[^\S ]/g;

/** The first characters of a text, white space collapsed, for the explorer. */
export function excerptOf(text: string, max = EXCERPT_CHARS): string {
  const head = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const collapsed = head.replace(UNCOLLAPSED_SPACE, ' ').trim();
  return collapsed.length > max ? `${collapsed.slice(0, max - 1)}…` : collapsed;
}

/** First `count` words of a text. */
export function firstWords(text: string, count: number): string {
  // One more than `count` tells whether there are more: the rest are not split off.
  const words = text.replace(UNCOLLAPSED_SPACE, ' ').trim().split(' ', count + 1);
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}

/** About four characters (spaces included) per token for English text: an estimate, labelled as one. */
export const CHARS_PER_TOKEN_ESTIMATE = 4;

export function estimateTokens(chars: number): number {
  return Math.round(chars / CHARS_PER_TOKEN_ESTIMATE);
}
