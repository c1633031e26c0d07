// Runtime: any. Measures of the member's own text: words, characters, an excerpt, a token estimate.

export interface TextMeasure {
  words: number;
  chars: number;
}

/** Unicode white space, including NBSP and U+202F, which LinkedIn messages contain. */
function isSpace(c: number): boolean {
  if (c <= 32) return true;
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Words are runs of non-space characters; characters are code points that are not space. */
export function measureText(text: string, into: TextMeasure): void {
  let words = 0;
  let chars = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      inWord = false;
      continue;
    }
    if (c < 0xdc00 || c > 0xdfff) chars++;
    if (!inWord) {
      words++;
      inWord = true;
    }
  }
  into.words += words;
  into.chars += chars;
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

/** The first characters of a text, white space collapsed, for the explorer. */
export function excerptOf(text: string, max = EXCERPT_CHARS): string {
  const head = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const collapsed = head.replace(/\s+/g, ' ').trim();
  return collapsed.length > max ? `${collapsed.slice(0, max - 1)}…` : collapsed;
}

/** First `count` words of a text. */
export function firstWords(text: string, count: number): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}

/** About four characters per token for English text: an estimate, labelled as one. */
export const CHARS_PER_TOKEN_ESTIMATE = 4;

export function estimateTokens(chars: number): number {
  return Math.round(chars / CHARS_PER_TOKEN_ESTIMATE);
}
