// The Node builds are written as ASCII (scripts/asciiOutput.mjs): Node reads a file that is not
// through its slow UTF-8 path, at every start. What is left to escape means the same afterwards.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types.
import { asciiOnly } from '../../scripts/asciiOutput.mjs';
import { buildCli } from '../support/builtCli';

const NOT_ASCII = /[^\x00-\x7f]/;

describe('the Node builds are ASCII', () => {
  it('every file of the built command line is ASCII', async () => {
    buildCli();
    const dir = join(process.cwd(), 'dist', 'cli');
    const bundles = (await readdir(dir)).filter((name) => name.endsWith('.cjs'));
    expect(bundles).toContain('cliMain.cjs');
    for (const name of bundles) expect(NOT_ASCII.test(await readFile(join(dir, name), 'latin1')), name).toBe(false);
  }, 120_000);

  it('an escaped character means the same in a comment, a string, a template, a regular expression and a name', () => {
    const source = `// a comment… with → arrows
const naïve = 'café…';
const emoji = \`\${naïve} 😀\`;
[naïve, emoji, /[…→]/u.test('→'), /é/.test('é')];`;
    const escaped = asciiOnly(source) as string;
    expect(NOT_ASCII.test(escaped)).toBe(false);
    expect(runInNewContext(escaped)).toEqual(runInNewContext(source));
    expect(runInNewContext(escaped)).toEqual(['café…', 'café… 😀', true, true]);
  });
});
