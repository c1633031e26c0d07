// Bench baseline (Node): what a straightforward reader does — jszip inflates every CSV entry
// whole, TextDecoder decodes it (UTF-16LE when it starts with that byte-order mark, as 2018
// exports do, else UTF-8), papaparse parses it into arrays (delimiter detected). No analysis.
// Prints the row count.

import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import Papa from 'papaparse';

async function main(path: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  let rows = 0;
  for (const file of Object.values(zip.files)) {
    if (file.dir || !file.name.toLowerCase().endsWith('.csv')) continue;
    const bytes = await file.async('uint8array');
    const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
    const text = new TextDecoder(utf16 ? 'utf-16le' : 'utf-8').decode(bytes);
    rows += Papa.parse<string[]>(text).data.length;
  }
  process.stdout.write(`${rows}\n`);
}

void main(process.argv[2]!);
