// The generated exports the end-to-end tests (and the UI benchmark) drop on the page, written as
// zips under tests/output/e2e by default (so the command line can read the same bytes).

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateExport, zipExport, csvText, type GeneratedExport } from '../../shared/sample';
import { encodeUtf8 } from '../../shared/platform/universalGlobals';

export const E2E_OUTPUT = join(process.cwd(), 'tests', 'output', 'e2e');

export interface E2eExport {
  readonly name: string;
  readonly path: string;
  readonly bytes: Uint8Array;
}

const SHARES_HEADER = ['Date', 'ShareLink', 'ShareCommentary', 'SharedUrl', 'MediaUrl', 'Visibility'];
const WORDS = ['team', 'launch', 'customer', 'roadmap', 'hiring', 'data', 'design', 'lesson', 'meeting', 'growth', 'week', 'project', 'product', 'learned'];

/** A Shares.csv with `rows` posts, one every 20 minutes back from the export date. */
function manyPosts(exp: GeneratedExport, rows: number): Uint8Array {
  const end = Date.parse(`${exp.exportDate}T00:00:00Z`);
  const data: string[][] = [];
  for (let i = 0; i < rows; i++) {
    const when = new Date(end - (i + 1) * 20 * 60_000).toISOString().replace('T', ' ').slice(0, 19);
    const text = Array.from({ length: 12 + (i % 30) }, (_, w) => WORDS[(i * 7 + w * 3) % WORDS.length]).join(' ');
    data.push([when, `https://www.linkedin.com/feed/update/urn:li:share:${7_000_000_000 + i}`, `Post ${i}: ${text}.`, '', '', 'MEMBER_NETWORK']);
  }
  return encodeUtf8(csvText(SHARES_HEADER, data));
}

async function write(name: string, bytes: Uint8Array, dir: string): Promise<E2eExport> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, name);
  await writeFile(path, bytes);
  return { name, path, bytes };
}

/** The 2026 Complete export of the generator, as LinkedIn names it. */
export async function standardExport(dir = E2E_OUTPUT): Promise<E2eExport> {
  const exp = generateExport({ era: 2026, archive: 'complete', size: 'sample' });
  return write(exp.name, await zipExport(exp), dir);
}

/** A 2026 export whose Shares.csv holds `posts` posts: reading it takes seconds in a browser. */
export async function largeExport(posts: number, dir = E2E_OUTPUT): Promise<E2eExport> {
  const exp = generateExport({ era: 2026, archive: 'complete', size: 'small' });
  const files = exp.files.map((f) => (/^Shares(_\d+)?\.csv$/.test(f.path) ? { path: f.path, bytes: manyPosts(exp, posts) } : f));
  return write(`Complete_LinkedInDataExport_large_${posts}.zip`, await zipExport({ ...exp, files }), dir);
}

/** Not a zip at all. */
export async function notAnExport(): Promise<E2eExport> {
  return write('holiday-photos.zip', encodeUtf8('these are not the bytes of a zip file'), E2E_OUTPUT);
}
