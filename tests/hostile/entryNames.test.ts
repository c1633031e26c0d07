// Entry names that climb out of a folder, absolute and drive paths, backslashes, and a name
// stored twice. The app never extracts: nothing reaches the disk, names are shown normalized
// (no leading `/`, no drive, `/` separators), and the repeat is reported.

import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESCAPE_CANARY, hostileNamesCase } from './corpus';
import { runCli } from '../support/runCli';
import { scan } from '../support/scanGenerated';
import { inTempDir, zipInputOf } from './hostileSupport';

/** Every place an extracting reader could have written one of the escaping names. */
function landingSpots(names: readonly string[], folders: readonly string[]): string[] {
  return names.flatMap((name) => {
    const slashed = name.replace(/\\/g, '/');
    return [slashed, slashed.replace(/^[A-Za-z]:/, '')].flatMap((path) => folders.map((folder) => resolve(folder, path)));
  });
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

describe('hostile entry names', () => {
  it('are read and shown normalized: no leading slash, no drive, no backslash', async () => {
    const hostile = await hostileNamesCase();
    const result = await scan([zipInputOf(hostile)]);
    const paths = result.files.map((f) => f.path);
    for (const path of paths) {
      expect(path).not.toMatch(/^\/|^[A-Za-z]:|\\/);
    }
    expect(paths).toEqual(
      expect.arrayContaining([
        `../../${ESCAPE_CANARY}-parent.csv`,
        `../../../../../../../../tmp/${ESCAPE_CANARY}-deep.csv`,
        'etc/passwd',
        `tmp/${ESCAPE_CANARY}-absolute.csv`,
        `Windows/${ESCAPE_CANARY}-drive.csv`,
        `../../${ESCAPE_CANARY}-backslash.csv`,
      ]),
    );
    // Unknown names are listed, not read; `..` is kept as text, never followed.
    for (const name of hostile.escapingNames) {
      const file = result.files.find((f) => f.path.endsWith(name.replace(/\\/g, '/').replace(/^([A-Za-z]:)?\//, '')));
      expect(file?.status, name).toBe('unknown');
    }
  });

  it('a real file stored with backslashes is read under its / path, with every record', async () => {
    const hostile = await hostileNamesCase();
    const result = await scan([zipInputOf(hostile)]);
    const savedJobs = result.files.find((f) => f.path === hostile.backslashPath);
    const expected = hostile.base.expected.files.find((f) => f.path === hostile.backslashPath)!;
    expect(savedJobs).toMatchObject({ status: 'parsed', rows: expected.rows, name: 'Saved Jobs.csv', catalogId: expected.catalogId });
  });

  it('a name stored twice is read once and reported, the other copy listed as not read', async () => {
    const hostile = await hostileNamesCase();
    const result = await scan([zipInputOf(hostile)]);
    expect(result.inputs[0]!.repeatedNames).toBe(1);
    const repeated = result.problems.find((p) => p.code === 'repeated-names');
    expect(repeated?.message).toBe(`${hostile.name} lists 1 file name more than once; each name was read once.`);
    const copies = result.files.filter((f) => f.path === hostile.repeatedPath);
    const read = copies.filter((f) => f.status !== 'skipped');
    expect(read).toHaveLength(1);
    expect(hostile.repeatedRows).toContain(read[0]!.rows);
    const notRead = copies.filter((f) => f.status === 'skipped');
    expect(notRead.map((f) => [f.rows, f.problems.map((p) => p.message)])).toEqual([
      [0, ['The zip stores another entry under this name; the last one was read, as unzip would extract it, and this one not.']],
    ]);
  });

  it('nothing is written anywhere: not beside the zip, not in the working folder, not at the absolute paths', async () => {
    const hostile = await hostileNamesCase();
    const passwdBefore = await stat('/etc/passwd').catch(() => null);
    const cwdBefore = await readdir(process.cwd());
    await inTempDir(async (dir) => {
      const zipPath = join(dir, 'nested', 'deeper', hostile.name);
      await mkdir(join(dir, 'nested', 'deeper'), { recursive: true });
      await writeFile(zipPath, hostile.bytes);
      const spots = landingSpots(hostile.escapingNames, [join(dir, 'nested', 'deeper'), process.cwd(), '/']);
      for (const spot of spots.filter((s) => s.includes(ESCAPE_CANARY))) expect(await exists(spot), spot).toBe(false);

      await scan([zipInputOf(hostile)]);
      const json = await runCli(['analyze', zipPath, '--format', 'json', '--redact', 'full']);
      const markdown = await runCli(['analyze', zipPath]);
      expect(json.code).toBe(0);
      expect(markdown.code).toBe(0);

      expect(await readdir(dir, { recursive: true })).toEqual(expect.arrayContaining(['nested', join('nested', 'deeper'), join('nested', 'deeper', hostile.name)]));
      expect(await readdir(dir, { recursive: true })).toHaveLength(3);
      for (const spot of spots.filter((s) => s.includes(ESCAPE_CANARY))) expect(await exists(spot), spot).toBe(false);
    });
    expect((await readdir(process.cwd())).filter((name) => !cwdBefore.includes(name) && name.includes(ESCAPE_CANARY))).toEqual([]);
    const passwdAfter = await stat('/etc/passwd').catch(() => null);
    expect(passwdAfter?.mtimeMs).toBe(passwdBefore?.mtimeMs);
    expect(passwdAfter?.size).toBe(passwdBefore?.size);
  });

  it('the command line shows the normalized names and reports the repeat', async () => {
    const hostile = await hostileNamesCase();
    await inTempDir(async (dir) => {
      const zipPath = join(dir, hostile.name);
      await writeFile(zipPath, hostile.bytes);
      const run = await runCli(['analyze', zipPath, '--format', 'json', '--redact', 'full']);
      const report = JSON.parse(run.stdout) as { files: { path: string }[]; problems: { code: string }[] };
      const paths = report.files.map((f) => f.path);
      expect(paths).toContain('etc/passwd');
      expect(paths).toContain(`Windows/${ESCAPE_CANARY}-drive.csv`);
      expect(paths.some((p) => p.startsWith('/') || p.includes('\\') || /^[A-Za-z]:/.test(p))).toBe(false);
      expect(report.problems.map((p) => p.code)).toContain('repeated-names');

      const markdown = (await runCli(['analyze', zipPath])).stdout;
      expect(markdown).toContain('lists 1 file name more than once');
      expect(markdown).not.toContain('/etc/passwd');
      expect(markdown).not.toMatch(/C:\\\\?Windows/);
    });
  });
});
