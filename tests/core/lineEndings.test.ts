// Files a member re-saved in an old spreadsheet: CR-only line endings, or CR, LF and CRLF mixed,
// read with every record, in every kind of input.

import { describe, expect, it } from 'vitest';
import { generateExport, type GeneratedExport } from '../../shared/sample';
import { fileAt, inEveryInputKind, scan } from '../support/scanGenerated';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

function withConnections(exp: GeneratedExport, rewrite: (text: string) => string): GeneratedExport {
  const files = exp.files.map((f) => (f.path === 'Connections.csv' ? { ...f, bytes: encoder.encode(rewrite(decoder.decode(f.bytes))) } : f));
  return { ...exp, files };
}

describe('line endings', () => {
  const exp = generateExport({ era: 2024 });
  const expected = exp.expected.files.find((f) => f.path === 'Connections.csv')!;

  it.each([
    ['CR only', (text: string) => text.replace(/\n/g, '\r')],
    ['CR, LF and CRLF mixed', (text: string) => text.split('\n').map((line, i) => line + ['\r', '\n', '\r\n'][i % 3]).join('')],
  ])('%s: Connections.csv keeps its preamble, header and every record', async (_, rewrite) => {
    expect(expected.rows).toBeGreaterThan(10);
    await inEveryInputKind(withConnections(exp, rewrite), async (input, kind) => {
      const file = fileAt(await scan([input]), 'Connections.csv');
      expect({ kind, rows: file.rows, status: file.status, problems: file.problems }).toEqual({ kind, rows: expected.rows, status: 'parsed', problems: [] });
      expect(file.firstDate?.slice(0, 10), kind).toBe(expected.firstDay);
      expect(file.lastDate?.slice(0, 10), kind).toBe(expected.lastDay);
    });
  });
});
