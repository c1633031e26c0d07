// Names long enough to make a backtracking pattern take hours, through the built command line at
// "excerpts" (where names are scrubbed of contact details), with the header limit raised so the
// megabyte column reaches the scrubber: the run ends well inside the test's 30 s, under 300 MB,
// names scrubbed and every file read.

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runMeasured } from '../support/builtCli';
import { inTempDir } from './hostileSupport';
import { longNamesCase } from './longNamesCorpus';

beforeAll(buildCli, 120_000);

describe('long names', () => {
  it('a 100,000-letter column, a megabyte column and a 65,535-character entry name: scrubbed in linear time, every file read', async () => {
    const hostile = await longNamesCase();
    await inTempDir(async (dir) => {
      const zip = join(dir, hostile.exp.name);
      const out = join(dir, 'report.json');
      await writeFile(zip, hostile.zip);
      const run = runMeasured(['analyze', zip, '--format', 'json', '--redact', 'excerpts', '--limit', 'header-chars=2000000', '--out', out]);
      expect(run.status, run.stderrLines.join('\n')).toBe(0);
      expect(run.stderrLines).toEqual([expect.stringMatching(/^Wrote /)]);
      console.info(`long names: peak ${Math.round(run.peakMb)} MB`);
      expect(run.peakMb).toBeLessThan(300);
      const report = JSON.parse(await readFile(out, 'utf8')) as { files: { path: string; rows: number; unknownColumns?: string[] }[] };
      const skills = report.files.find((f) => f.path === 'Skills.csv')!;
      expect(skills.unknownColumns).toEqual(['a'.repeat(100_000), `${'b.'.repeat(500_000)} [e-mail]`]);
      expect(report.files.find((f) => f.path === hostile.longEntry)?.rows).toBe(1);
      for (const expected of hostile.exp.expected.files) {
        if (expected.catalogId !== null && !expected.path.startsWith('Articles/')) expect(report.files.find((f) => f.path === expected.path)?.rows, expected.path).toBe(expected.rows);
      }
    });
  }, 30_000);
});
