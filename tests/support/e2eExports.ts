// The generated exports the end-to-end tests (and the UI benchmark) drop on the page, written as
// zips under tests/output/e2e by default (so the command line can read the same bytes).

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateExport, zipExport, csvText, type GeneratedExport } from '../../shared/sample';
import { encodeUtf8 } from '../../shared/platform/universalGlobals';
import { writeInventedExport } from '../../scripts/bench/inventedExport';

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

/**
 * An export whose private messages are most of its bytes (`messages` of them, the benchmark's
 * dominant-inbox writer), beside a few thousand reactions, logins, posts and comments.
 */
export async function inboxExport(messages: number, dir = E2E_OUTPUT): Promise<E2eExport> {
  await mkdir(dir, { recursive: true });
  const name = `Complete_LinkedInDataExport_inbox_${messages}.zip`;
  const path = join(dir, name);
  await writeInventedExport(path, {
    counts: { messages, reactions: 4_000, logins: 2_000, posts: 400, comments: 1_000, connections: 600 },
    messageWords: [20, 70],
    htmlShare: 0.15,
    zipfWords: true,
  });
  return { name, path, bytes: new Uint8Array(await readFile(path)) };
}

/** Not a zip at all. */
export async function notAnExport(): Promise<E2eExport> {
  return write('holiday-photos.zip', encodeUtf8('these are not the bytes of a zip file'), E2E_OUTPUT);
}
