// Bench baseline (Node): what a straightforward reader does — jszip inflates every entry to a
// string, papaparse parses it into arrays. No analysis. Prints the row count.

import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import Papa from 'papaparse';

async function main(path: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  let rows = 0;
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const text = await file.async('string');
    rows += Papa.parse<string[]>(text).data.length;
  }
  process.stdout.write(`${rows}\n`);
}

void main(process.argv[2]!);
