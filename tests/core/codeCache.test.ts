// The command line starts through V8's code cache made at build time (scripts/codeCache.mjs): the
// loader runs its module as Node would (its require, __dirname, arguments, exit status), V8
// accepts the cache, and a missing or damaged cache only means compiling from the source.

import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { wrap } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types.
import { cachedLoader, writeCodeCache } from '../../scripts/codeCache.mjs';

const MAIN = `const { basename } = require('node:path');
const helper = require('./helper.cjs');
process.stdout.write(JSON.stringify({ args: process.argv.slice(2), dir: basename(__dirname), helper: helper.name }));
process.exitCode = Number(process.argv[2] ?? 0);
`;

async function withBuilt<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'lae-cache-'));
  try {
    await writeFile(join(dir, 'main.cjs'), MAIN);
    await writeFile(join(dir, 'helper.cjs'), "module.exports = { name: 'helper beside main' };");
    await writeCodeCache(join(dir, 'main.cjs'));
    await writeFile(join(dir, 'cli.cjs'), cachedLoader('main.cjs'));
    return await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function runCli(dir: string, args: string[]) {
  const run = spawnSync(process.execPath, [join(dir, 'cli.cjs'), ...args], { encoding: 'utf8', timeout: 30_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('the code cache made at build time', () => {
  it('V8 accepts the cache for the source it was made from', async () => {
    await withBuilt(async (dir) => {
      const file = join(dir, 'main.cjs');
      const script = new Script(wrap(await readFile(file, 'utf8')), { filename: file, cachedData: await readFile(`${file}.cache`) });
      expect(script.cachedDataRejected).toBe(false);
    });
  });

  it('the loader runs the module as Node would: its arguments, its requires beside it, its exit status, nothing on stderr', async () => {
    await withBuilt(async (dir) => {
      const run = runCli(dir, ['3', 'more']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(3);
      expect(JSON.parse(run.stdout)).toMatchObject({ args: ['3', 'more'], helper: 'helper beside main' });
      expect(JSON.parse(run.stdout).dir).toBe(dir.split(/[\\/]/).pop());
    });
  });

  it('a damaged or missing cache: the same run, compiled from the source', async () => {
    await withBuilt(async (dir) => {
      const expected = runCli(dir, ['0']);
      await writeFile(join(dir, 'main.cjs.cache'), Buffer.from('not a code cache'));
      expect(runCli(dir, ['0'])).toEqual(expected);
      await rm(join(dir, 'main.cjs.cache'));
      expect(runCli(dir, ['0'])).toEqual(expected);
    });
  });
});
