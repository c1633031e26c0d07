// The privacy promise, checked on the real command line: a whole analysis and every report
// format, run with a fresh home, temp and working directory, leaves no file anywhere except the
// reports asked for (the export itself is read in place, never extracted or copied).

import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateExport, zipExport } from '../../shared/sample';

let root: string;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => !e.isDirectory()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
}

beforeAll(() => {
  // The command line as users run it: the built bundle.
  execFileSync(process.execPath, ['scripts/build.mjs', 'cli'], { stdio: 'ignore' });
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('nothing is written but the reports the member saves', () => {
  it('holds for every format, from a zip and from a folder', async () => {
    root = await mkdtemp(join(tmpdir(), 'lae-privacy-'));
    const [home, temp, work, exports, out] = ['home', 'tmp', 'work', 'exports', 'out'].map((d) => join(root, d));
    for (const dir of [home!, temp!, work!, exports!, out!]) await mkdir(dir);
    const exp = generateExport({ era: 2026 });
    const zipPath = join(exports!, exp.name);
    await writeFile(zipPath, await zipExport(exp));
    const folder = join(exports!, 'unpacked');
    for (const file of exp.files) {
      await mkdir(join(folder, ...file.path.split('/').slice(0, -1)), { recursive: true });
      await writeFile(join(folder, ...file.path.split('/')), file.bytes);
    }
    const before = await filesUnder(exports!);
    const env = { PATH: process.env.PATH ?? '', HOME: home!, TMPDIR: temp!, TMP: temp!, TEMP: temp!, XDG_CONFIG_HOME: join(home!, '.config'), XDG_CACHE_HOME: join(home!, '.cache') };
    const cli = join(process.cwd(), 'dist', 'cli', 'cli.cjs');
    const run = (args: string[]) => execFileSync(process.execPath, [cli, 'analyze', ...args], { cwd: work!, env, stdio: ['ignore', 'pipe', 'pipe'] });

    for (const format of ['json', 'md', 'csv', 'html', 'pdf']) run([zipPath, '--format', format, '--out', join(out!, `report.${format}`), '--objection', '--region', 'eu']);
    run([folder, '--format', 'json', '--out', join(out!, 'folder.json')]);
    expect(run([zipPath, '--format', 'json']).length).toBeGreaterThan(1000);

    expect(await filesUnder(out!)).toEqual(['folder.json', 'report.csv', 'report.html', 'report.json', 'report.md', 'report.pdf']);
    expect(await filesUnder(home!)).toEqual([]);
    expect(await filesUnder(temp!)).toEqual([]);
    expect(await filesUnder(work!)).toEqual([]);
    expect(await filesUnder(exports!)).toEqual(before);
  }, 120_000);
});
