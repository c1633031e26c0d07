// The scrubber that keeps contact details out of shared reports finds exactly what the patterns
// it replaced found (they are kept here as the slow reference: quadratic on long runs of letters),
// on short strings, on adversarial strings of a few thousand characters, and on megabyte strings
// built so the answer is known. Its speed is measured by `npm run bench:redaction`, not here.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskEmailAddresses } from '../../shared/report/emailAddresses';
import { scrubPersonal } from '../../shared/report/redaction';

/** The scrubber as it was, its e-mail pattern included: correct, and slow on long runs. */
function referenceScrub(text: string): string {
  const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
  const URL = /\b(?:https?:\/\/|www\.)[^\s"'<>]+/gi;
  const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/g;
  const IPV6 = /\b(?:[0-9a-f]{1,4}:){4,7}[0-9a-f]{1,4}\b|(?:\b[0-9a-f]{1,4}:)*[0-9a-f]{0,4}::(?:[0-9a-f]{1,4}:?)*[0-9a-f]{0,4}/gi;
  const PHONE = /\+?\(?\d[\d ().-]{6,}\d/g;
  const DATE_LIKE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/;
  const maskPhone = (match: string) => {
    const digits = match.replace(/\D/g, '').length;
    if (DATE_LIKE.test(match)) return match;
    const phoneLike = match.startsWith('+') || match.includes('(') ? digits >= 7 : digits >= 10;
    return phoneLike ? '[phone number]' : match;
  };
  return text.replace(EMAIL, '[e-mail]').replace(URL, '[link]').replace(IPV6, '[IP address]').replace(IPV4, '[IP address]').replace(PHONE, maskPhone);
}

/**
 * Pieces that make the patterns start, run and fail: mailbox and domain characters, `@`, hex and
 * colons, digits and phone punctuation, link prefixes, non-ASCII letters and digits (an astral
 * letter, Arabic-Indic digits), a lone surrogate, separators.
 */
const PIECES = [
  'a', 'b', 'f', 'g', 'x', 'Z', 'é', '\u{1D400}', '\u0663', '\uD800', '0', '1', '7', '9',
  '.', '@', '-', '_', '%', '+', ':', '::', '/', '(', ')', ' ', '\n', '\t', '"', '<',
  'www.', 'http://', 'https://', '.com', '.de', 'ab.cd', 'a@b.co', '2001:db8', '192.168.', '+1 415 555 ',
];
const piece = fc.constantFrom(...PIECES);
const shortText = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));

/** Runs that cost the old patterns a retry from every character. */
const ADVERSARIAL_UNITS = ['a', 'a.', 'a-', 'a@', '@a', 'a@b', 'ab.', '.a', 'a:', 'ab:', '1.', '1 ', '(1', 'é', '\u{1D400}', 'w', 'www.a', '٣'];
const unit = fc.constantFrom(...ADVERSARIAL_UNITS);

describe('scrubPersonal', () => {
  it('masks what the old patterns masked, on short strings of their characters', () => {
    fc.assert(
      fc.property(shortText, (text) => {
        expect(scrubPersonal(text)).toBe(referenceScrub(text));
      }),
      { numRuns: 5_000, seed: 20_261_201 },
    );
  });

  it('masks what the old patterns masked, on adversarial strings of a few thousand characters', () => {
    fc.assert(
      fc.property(shortText, unit, fc.integer({ min: 100, max: 1_200 }), shortText, unit, fc.integer({ min: 0, max: 600 }), shortText, (a, u, n, b, v, m, c) => {
        const text = `${a}${u.repeat(n)}${b}${v.repeat(m)}${c}`;
        expect(scrubPersonal(text)).toBe(referenceScrub(text));
      }),
      { numRuns: 100, seed: 20_261_202 },
    );
  });

  it('masks what the old patterns masked line by line, on texts of thousands of short lines', () => {
    // No pattern crosses a line break, so the reference can read each line alone.
    fc.assert(
      fc.property(fc.array(shortText, { minLength: 1_000, maxLength: 4_000 }), (lines) => {
        expect(scrubPersonal(lines.join('\n'))).toBe(lines.map(referenceScrub).join('\n'));
      }),
      { numRuns: 10, seed: 20_261_203 },
    );
  });

  it('finds every planted contact detail in a megabyte of adversarial filler, and changes nothing else', () => {
    const planted = [
      ['ada.quill@example.org', '[e-mail]'],
      ['https://www.linkedin.com/in/ada-quill-0042', '[link]'],
      ['203.0.113.42', '[IP address]'],
      ['2001:db8:85a3::8a2e:370:7334', '[IP address]'],
      ['+1 415 555 0142', '[phone number]'],
    ] as const;
    // Fillers the old patterns leave alone (checked on a shorter run), each costing them a retry per character.
    const fillers = ['a', 'a.', 'a-', 'a@', '@a', '.a', 'é', '\u{1D400}', 'g:'].filter((f) => referenceScrub(f.repeat(300)) === f.repeat(300));
    expect(fillers.length).toBeGreaterThan(6);
    fc.assert(
      fc.property(fc.constantFrom(...fillers), fc.array(fc.tuple(fc.nat(planted.length - 1), fc.integer({ min: 1, max: 200_000 })), { minLength: 1, maxLength: 6 }), (filler, plants) => {
        let text = '';
        let expected = '';
        for (const [which, runLength] of plants) {
          const run = filler.repeat(Math.ceil(runLength / filler.length));
          const [value, mask] = planted[which]!;
          text += `${run} ${value} `;
          expected += `${run} ${mask} `;
        }
        const tail = filler.repeat(1_000_000 / filler.length);
        expect(scrubPersonal(text + tail)).toBe(expected + tail);
      }),
      { numRuns: 20, seed: 20_261_204 },
    );
  });

  it('reads astral letters and lone surrogates as the unicode pattern does', () => {
    expect(maskEmailAddresses('\u{1D400}\u{1D401}@\u{1D402}x.\u{1D403}\u{1D404} ok', '[e-mail]')).toBe('[e-mail] ok');
    expect(maskEmailAddresses('\uD800a@b.cd', '[e-mail]')).toBe('\uD800[e-mail]');
    expect(maskEmailAddresses('a@b.c\uDC00d', '[e-mail]')).toBe('a@b.c\uDC00d');
  });
});
