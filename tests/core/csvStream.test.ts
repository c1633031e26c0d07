import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecordTooLongError, sniffDelimiter, streamCsvRows } from '../../shared/csv/csvStream';

const encoder = new TextEncoder();

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
}

async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function rowsOf(bytes: Uint8Array, chunkSize = 7, backslashQuotes = false, maxRecordChars = 1_000_000) {
  const rows: string[][] = [];
  const info = await streamCsvRows(chunked(bytes, chunkSize), (batch) => rows.push(...batch.map((r) => [...r])), {
    backslashQuotes,
    maxRecordChars,
  });
  return { rows, info };
}

describe('streamCsvRows', () => {
  it('gives the same rows whatever the chunk size, across multi-byte characters split between chunks', async () => {
    const text = 'Date,Message\n2024-05-01 12:00:00,"Grüße 🎉 日本語, ""quoted""\nsecond line"\n2024-05-02 08:00:00,café\n';
    const bytes = encoder.encode(text);
    const expected = [['Date', 'Message'], ['2024-05-01 12:00:00', 'Grüße 🎉 日本語, "quoted"\nsecond line'], ['2024-05-02 08:00:00', 'café']];
    for (const size of [1, 2, 3, 5, 8, 13, 64, 4096]) {
      expect((await rowsOf(bytes, size)).rows).toEqual(expected);
    }
  });

  it('gives the same rows from chunks far larger than it decodes at once (UTF-8, UTF-16, lone CRs) as from small ones', async () => {
    // Records of varied length put multi-byte characters, surrogate pairs and CRs at every offset,
    // so the pieces a large chunk is decoded in split them somewhere.
    const records = Array.from({ length: 3000 }, (_, i) => `2024-01-${String((i % 28) + 1).padStart(2, '0')} 10:00:00,"Grüße ${'🎉'.repeat(i % 5)} 日本 ${'x'.repeat(i % 37)}\r\nnext"\r`);
    const text = `Date,Message\r${records.join('')}`;
    for (const bytes of [encoder.encode(text), utf16le(text)]) {
      expect(bytes.length).toBeGreaterThan(200_000);
      const small = await rowsOf(bytes, 4093);
      expect(small.rows).toHaveLength(3001);
      for (const size of [65_536, 262_144, bytes.length]) expect((await rowsOf(bytes, size)).rows).toEqual(small.rows);
    }
  });

  it('reads CRLF files, with CRLF inside quoted fields, and drops the BOM', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('Date,Type,Link\r\n2024-01-01 00:00:00,LIKE,"a\r\nb"\r\n2024-01-02 00:00:00,PRAISE,x\r\n')]);
    const { rows, info } = await rowsOf(bytes, 5);
    expect(rows).toEqual([['Date', 'Type', 'Link'], ['2024-01-01 00:00:00', 'LIKE', 'a\r\nb'], ['2024-01-02 00:00:00', 'PRAISE', 'x']]);
    expect(info).toMatchObject({ encoding: 'utf-8', bom: true });
  });

  it('reads CR-only line endings (an old spreadsheet\'s save) and CR, LF and CRLF mixed, whatever the chunks', async () => {
    const expected = [['Date', 'Type', 'Link'], ['2024-01-01 00:00:00', 'LIKE', 'x'], ['2024-01-02 00:00:00', 'PRAISE', 'a\nb'], ['2024-01-03 00:00:00', 'LIKE', 'z']];
    const crOnly = 'Date,Type,Link\r2024-01-01 00:00:00,LIKE,x\r2024-01-02 00:00:00,PRAISE,"a\rb"\r2024-01-03 00:00:00,LIKE,z\r';
    const mixed = 'Date,Type,Link\r\n2024-01-01 00:00:00,LIKE,x\r2024-01-02 00:00:00,PRAISE,"a\nb"\n2024-01-03 00:00:00,LIKE,z';
    for (const text of [crOnly, mixed]) {
      for (const size of [1, 2, 3, 7, 64]) expect((await rowsOf(encoder.encode(text), size)).rows, `${JSON.stringify(text)} in chunks of ${size}`).toEqual(expected);
    }
  });

  it('takes a U+FFFD the file holds as text (EF BF BD) for text, not for a decoding error', async () => {
    const bytes = new Uint8Array([...encoder.encode('a,b\n1,x'), 0xef, 0xbf, 0xbd, ...encoder.encode('y\n2,'), 0xff, ...encoder.encode('\n')]);
    for (const size of [1, 2, 3, 9]) {
      const { rows, info } = await rowsOf(bytes, size);
      expect(rows).toEqual([['a', 'b'], ['1', 'x\uFFFDy'], ['2', '\uFFFD']]);
      expect(info.decode.invalidSequences, `chunks of ${size}`).toBe(1);
    }
  });

  it('reads UTF-16LE with BOM, TAB-delimited and fully quoted (2018)', async () => {
    const { rows, info } = await rowsOf(utf16le('"Date"\t"Share Commentary"\r\n"2018/03/04 10:00:00 UTC"\t"Hello, world"\r\n'), 3);
    expect(rows).toEqual([['Date', 'Share Commentary'], ['2018/03/04 10:00:00 UTC', 'Hello, world']]);
    expect(info).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
  });

  it('copes with a missing or an extra final newline', async () => {
    expect((await rowsOf(encoder.encode('a,b\n1,2'))).rows).toEqual([['a', 'b'], ['1', '2']]);
    expect((await rowsOf(encoder.encode('a,b\n1,2\n\n'))).rows).toEqual([['a', 'b'], ['1', '2'], ['']]);
  });

  it('reads \\" escapes in Comments when asked, and "" escapes too', async () => {
    const text = 'Date,Link,Message\n2024-01-01 00:00:00,x,"He said \\"no\\", then left"\n2024-01-02 00:00:00,y,"Plain ""quotes"" too"\n';
    const { rows } = await rowsOf(encoder.encode(text), 4, true);
    expect(rows[1]).toEqual(['2024-01-01 00:00:00', 'x', 'He said "no", then left']);
    expect(rows[2]).toEqual(['2024-01-02 00:00:00', 'y', 'Plain "quotes" too']);
  });

  it('stops a record longer than the limit, in linear time', async () => {
    const huge = encoder.encode(`a,b\n1,"${'x'.repeat(3_000_000)}`);
    // Re-parsing the unfinished record on every chunk would be quadratic: minutes, caught by the
    // test's timeout. The time it takes is measured by `npm run bench:ui`.
    await expect(rowsOf(huge, 65_536, false, 1_000_000)).rejects.toBeInstanceOf(RecordTooLongError);
  });

  it('reports an unterminated quote and keeps the rows before it', async () => {
    const { rows, info } = await rowsOf(encoder.encode('a,b\n1,2\n3,"never closed\n4,5\n'));
    expect(rows.slice(0, 2)).toEqual([['a', 'b'], ['1', '2']]);
    expect(info.unterminatedQuote).toBe(true);
  });

  it('counts invalid UTF-8 and NUL bytes instead of failing', async () => {
    const bytes = new Uint8Array([...encoder.encode('a,b\n1,'), 0xff, 0xfe, 0x41, 0x00, ...encoder.encode('\n')]);
    const { rows, info } = await rowsOf(bytes, 2);
    expect(rows[1]).toEqual(['1', '\uFFFD\uFFFDA']);
    expect(info.decode.invalidSequences).toBe(2);
    expect(info.decode.nulCharacters).toBe(1);
  });

  it('sniffs the delimiter past a preamble line', () => {
    expect(sniffDelimiter('Notes:\n"When exporting, e-mails..."\n\nFirst Name,Last Name\n')).toBe(',');
    expect(sniffDelimiter('Date\tType\n')).toBe('\t');
  });

  it('sniffs as the first line with a comma or a tab decides, on any text: quotes, blank lines, past 64 K characters', () => {
    // The rule written plainly: each line of the first 64 K characters on its own, quotes toggled within it.
    const byLines = (text: string): string => {
      for (const line of text.slice(0, 65_536).split('\n')) {
        let tabs = 0;
        let commas = 0;
        let quoted = false;
        for (const c of line) {
          if (c === '"') quoted = !quoted;
          else if (!quoted && c === '\t') tabs++;
          else if (!quoted && c === ',') commas++;
        }
        if (tabs > 0 || commas > 0) return tabs >= commas ? '\t' : ',';
      }
      return ',';
    };
    const piece = fc.constantFrom('a', '"', ',', '\t', '\n', '\r', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')), (text) => {
        expect(sniffDelimiter(text)).toBe(byLines(text));
      }),
      { numRuns: 5_000, seed: 20_261_206 },
    );
    const longPreamble = `${'x'.repeat(65_530)}\n"a\tb\tc`;
    expect(sniffDelimiter(longPreamble)).toBe(byLines(longPreamble));
    expect(sniffDelimiter(`${'x'.repeat(65_540)}\na\tb\n`)).toBe(',');
  });
});
