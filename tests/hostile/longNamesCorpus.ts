// Hostile corpus: names that made the old e-mail pattern quadratic, as the report's scrubber meets
// them at "excerpts": a column name of 100,000 letters (10 s before), an entry name of 65,535
// characters, the longest a zip can store (8 s before), and a megabyte column name (hours before).

import Papa from 'papaparse';
import { csvText, generateExport, zipExport, type GeneratedExport } from '../../shared/sample';

export interface LongNamesCase {
  readonly exp: GeneratedExport;
  readonly zip: Uint8Array;
  /** The unknown file whose name is as long as a zip allows. */
  readonly longEntry: string;
}

export async function longNamesCase(): Promise<LongNamesCase> {
  const base = generateExport({ era: 2026, seed: 9 });
  const files = base.files.map((file) => {
    if (file.path !== 'Skills.csv') return file;
    const [header, ...rows] = Papa.parse<string[]>(new TextDecoder().decode(file.bytes), { skipEmptyLines: true }).data;
    const columns = ['a'.repeat(100_000), `${'b.'.repeat(500_000)} ada@x.org`];
    return { path: file.path, bytes: new TextEncoder().encode(csvText([...header!, ...columns], rows.map((r) => [...r, 'x', 'y']))) };
  });
  const longEntry = `${'c'.repeat(65_535 - 4)}.csv`;
  const exp = { ...base, files: [...files, { path: longEntry, bytes: new TextEncoder().encode('Note\nhello\n') }] };
  return { exp, zip: await zipExport(exp), longEntry };
}
