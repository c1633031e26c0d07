import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { backslashQuoted, csvText, encodeUtf16LeWithBom, writeCsv } from '../../shared/sample';

describe('csv writer', () => {
  it('quotes only the fields that need it and doubles inner quotes', () => {
    const text = csvText(['a', 'b', 'c'], [['plain', 'has, comma', 'say "hi"'], ['multi\nline', '', ' lead']]);
    expect(text).toBe('a,b,c\nplain,"has, comma","say ""hi"""\n"multi\nline",, lead\n');
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(parsed[1]).toEqual(['plain', 'has, comma', 'say "hi"']);
    expect(parsed[2]).toEqual(['multi\nline', '', ' lead']);
  });

  it('escapes a backslash-quoted cell with \\" and leaves its neighbours alone', () => {
    const text = csvText(['x', 'y'], [[backslashQuoted('the "one" way'), 'the "other" way']]);
    expect(text).toBe('x,y\n"the \\"one\\" way","the ""other"" way"\n');
  });

  it('writes every final-newline variant, CRLF, TAB and quote-all', () => {
    expect(csvText(['h'], [['1']], { finalNewline: 'none' })).toBe('h\n1');
    expect(csvText(['h'], [['1']], { finalNewline: 'extra-blank-line' })).toBe('h\n1\n\n');
    expect(csvText(['h'], [], { finalNewline: 'extra-blank-line' })).toBe('h\n\n');
    expect(csvText(['h', 'i'], [['1', '2']], { lineEnding: '\r\n' })).toBe('h,i\r\n1,2\r\n');
    expect(csvText(['h', 'i'], [['1', '']], { delimiter: '\t', quoteAll: true })).toBe('"h"\t"i"\n"1"\t""\n');
    expect(csvText(['h'], [['1']], { preamble: ['Notes:', '"x"', ''] })).toBe('Notes:\n"x"\n\nh\n1\n');
  });

  it('encodes UTF-16LE with a BOM, surrogate pairs intact', () => {
    const text = 'é, 谢, 🎉';
    const bytes = encodeUtf16LeWithBom(text);
    expect([...bytes.slice(0, 4)]).toEqual([0xff, 0xfe, 0xe9, 0x00]);
    expect(new TextDecoder('utf-16le').decode(bytes)).toBe(text);
    const csv = writeCsv(['h'], [[text]], { encoding: 'utf-16le', delimiter: '\t', quoteAll: true });
    expect(new TextDecoder('utf-16le').decode(csv)).toBe(`"h"\n"${text}"\n`);
  });
});
