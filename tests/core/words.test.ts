import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, excerptOf, firstWords, stripMarkup, unwrapPerLineQuotes } from '../../shared/text/words';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['one', 1],
    ['two words', 2],
    ['  leading and trailing  ', 3],
    ['double  space', 2],
    ['line\nbreak', 2],
    ['line\n\nbreaks\n', 2],
    ['tab\tseparated\r\nwindows', 3],
    ['no\u00a0break', 2],
    ['narrow\u202fno break', 3],
    ['Grüße 🎉 日本語', 3],
    [' \n ', 0],
    ['a\u00a0\u202f b\u00a0', 2],
    ['\u202fx\ny\u00a0\u00a0z', 3],
  ])('%j has %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });

  it('counts the runs between separators, whichever of its native searches a text takes', () => {
    // The definition: runs of characters other than space, U+0009-U+000D, U+00A0 and U+202F.
    const definition = (text: string) => text.split(/[\t-\r \u00a0\u202f]+/).filter((word) => word !== '').length;
    const unit = fc.oneof(
      { arbitrary: fc.constantFrom(' ', '\n', '\u00a0', '\u202f'), weight: 4 },
      { arbitrary: fc.constantFrom('\t', '\r', '\f', '\v', '\u2003', '\u3000', '\ufeff', '\u1680'), weight: 1 },
      { arbitrary: fc.constantFrom('a', 'é', '日', '🎉', '-'), weight: 5 },
      { arbitrary: fc.string({ unit: 'binary', maxLength: 1 }), weight: 1 },
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 80 }).map((units) => units.join('')), (text) => {
        expect(countWords(text)).toBe(definition(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('text helpers', () => {
  it('keeps the text of HTML message bodies', () => {
    expect(stripMarkup('<p class="spinmail-quill-editor__spin-break">Hi&nbsp;there</p><p>Bye &amp; thanks</p>').replace(/\s+/g, ' ').trim()).toBe('Hi there Bye & thanks');
  });

  it('unwraps per-line quotes only when every line is wrapped', () => {
    expect(unwrapPerLineQuotes('"a"\n""\n"b"')).toBe('a\n\nb');
    expect(unwrapPerLineQuotes('"a"\nb')).toBe('"a"\nb');
    expect(unwrapPerLineQuotes('"just quoted"')).toBe('"just quoted"');
  });

  it('makes short excerpts with collapsed white space', () => {
    expect(excerptOf('a\n\n  b', 10)).toBe('a b');
    expect(excerptOf('x'.repeat(400), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(excerptOf('\u00a0a\u3000b \tc\u2028', 10)).toBe('a b c');
  });

  it('excerpts (and first words) as collapsing every run of white space to one space would', () => {
    const definition = (text: string, max: number) => {
      const collapsed = text.slice(0, max * 4).replace(/\s+/g, ' ').trim();
      return collapsed.length > max ? `${collapsed.slice(0, max - 1)}…` : collapsed;
    };
    const unit = fc.oneof(
      { arbitrary: fc.constantFrom(' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u202f', '\u2003', '\u3000', '\ufeff', '\u2028'), weight: 3 },
      { arbitrary: fc.constantFrom('a', 'é', '日', '🎉', '-'), weight: 5 },
      { arbitrary: fc.string({ unit: 'binary', maxLength: 1 }), weight: 1 },
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 120 }).map((units) => units.join('')), fc.integer({ min: 1, max: 40 }), (text, max) => {
        expect(excerptOf(text, max)).toBe(definition(text, max));
        const words = text.replace(/\s+/g, ' ').trim().split(' ');
        expect(firstWords(text, max)).toBe(words.length > max ? `${words.slice(0, max).join(' ')}…` : words.join(' '));
      }),
      { numRuns: 2000 },
    );
  });
});
