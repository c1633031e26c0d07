import { describe, expect, it } from 'vitest';
import { countWords, excerptOf, stripMarkup, unwrapPerLineQuotes } from '../../shared/text/words';

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
  ])('%j has %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
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
  });
});
