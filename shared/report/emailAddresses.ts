// Runtime: any. Finds e-mail addresses in linear time. The pattern it replaces,
// /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu, retries from every character of a long run
// of letters (10 s on a 100,000-character column name, hours on a megabyte); this scanner starts
// only at each `@` and reads every character a bounded number of times, with the same matches.

/** `[\p{L}\p{N}]` at one code point: the letters and digits a mailbox or domain may hold. */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isLetterOrDigit(codePoint: number): boolean {
  if (codePoint < 0x80) return isAsciiLetter(codePoint) || isAsciiDigit(codePoint);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));
}

function isLetter(codePoint: number): boolean {
  if (codePoint < 0x80) return isAsciiLetter(codePoint);
  return LETTER.test(String.fromCodePoint(codePoint));
}

/** `.`, `_`, `%`, `+`, `-`: besides letters and digits, what the part before `@` may hold. */
function isLocalMark(code: number): boolean {
  return code === 0x2e || code === 0x5f || code === 0x25 || code === 0x2b || code === 0x2d;
}

/** `.`, `-`: what the domain may hold besides letters and digits. */
function isDomainMark(code: number): boolean {
  return code === 0x2e || code === 0x2d;
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The code point that ends just before `end`, and where it starts (a surrogate pair is one). */
function codePointBefore(text: string, end: number): { codePoint: number; start: number } {
  const low = text.charCodeAt(end - 1);
  if (isLow(low) && end >= 2 && isHigh(text.charCodeAt(end - 2))) return { codePoint: text.codePointAt(end - 2)!, start: end - 2 };
  return { codePoint: low, start: end - 1 };
}

/** Code units the code point at `index` takes (2 for a surrogate pair). */
function widthAt(text: string, index: number): number {
  return text.codePointAt(index)! > 0xffff ? 2 : 1;
}

/** Where the mailbox before the `@` at `at` starts (not before `floor`), or `at` if it is empty. */
function localStart(text: string, at: number, floor: number): number {
  let start = at;
  while (start > floor) {
    const { codePoint, start: previous } = codePointBefore(text, start);
    if (previous < floor) break;
    if (!(isLocalMark(codePoint) || isLetterOrDigit(codePoint))) break;
    start = previous;
  }
  return start;
}

/**
 * Where the domain after the `@` at `at` ends, or -1 when there is none: the domain is the longest
 * run of letters, digits, `.` and `-` with a `.` and two or more letters at its end, as the
 * greedy pattern backtracks to it (the last such `.` wins, and every letter after it is taken).
 */
function domainEnd(text: string, at: number): number {
  const first = at + 1;
  // Code point starts in the run, and where the run ends.
  const starts: number[] = [];
  let end = first;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code < 0x80 ? !(isDomainMark(code) || isAsciiLetter(code) || isAsciiDigit(code)) : !isLetterOrDigit(text.codePointAt(end)!)) break;
    starts.push(end);
    end += widthAt(text, end);
  }
  // The last `.` with at least one character of the run before it and two letters after it.
  for (let k = starts.length - 3; k >= 1; k--) {
    if (text.charCodeAt(starts[k]!) !== 0x2e) continue;
    let letters = 0;
    let stop = k + 1;
    while (stop < starts.length && isLetter(text.codePointAt(starts[stop]!)!)) {
      letters++;
      stop++;
    }
    if (letters >= 2) return stop < starts.length ? starts[stop]! : end;
  }
  return -1;
}

/** Every e-mail address in `text` replaced by `mask`; the same matches as the pattern above. */
export function maskEmailAddresses(text: string, mask: string): string {
  let at = text.indexOf('@');
  if (at === -1) return text;
  const parts: string[] = [];
  /** Where the previous address ended: the next one starts no earlier. */
  let copied = 0;
  while (at !== -1) {
    const start = localStart(text, at, copied);
    const end = start < at ? domainEnd(text, at) : -1;
    if (end !== -1) {
      parts.push(text.slice(copied, start), mask);
      copied = end;
    }
    at = text.indexOf('@', Math.max(at + 1, copied));
  }
  parts.push(text.slice(copied));
  return parts.join('');
}
