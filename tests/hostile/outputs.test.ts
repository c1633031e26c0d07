// Where a report goes: never over one of the exports being read (same device and inode, through a
// link too), a clear sentence and exit 1 for a missing folder, a folder, a full disk and a closed
// standard output, the target checked before a PDF is printed, and every write atomic (a failure
// leaves the file it would have replaced as it was, and no temporary file).

import { spawn, spawnSync } from 'node:child_process';
import { link, mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateExport, zipExport } from '../../shared/sample';
import { runCli } from '../support/runCli';
import { BUILT_CLI, buildCli } from '../support/builtCli';
import { inTempDir } from './hostileSupport';

const CLI = BUILT_CLI;
const STACK_TRACE = /\n\s+at |Error:|node:internal/;
let exportZip: Uint8Array;
const exportName = generateExport({ era: 2026 }).name;

beforeAll(async () => {
  buildCli();
  exportZip = await zipExport(generateExport({ era: 2026 }));
}, 120_000);

/** The export in a folder of its own, and what that folder holds after `run`. */
async function withExport(run: (dir: string, zip: string) => Promise<void>): Promise<void> {
  await inTempDir(async (dir) => {
    const zip = join(dir, exportName);
    await writeFile(zip, exportZip);
    await run(dir, zip);
  });
}

function expectOneSentence(stderr: string, sentence: RegExp): void {
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr.trimEnd()).toMatch(sentence);
  expect(stderr).not.toMatch(STACK_TRACE);
}

describe('--out', () => {
  it('refuses one of the inputs, by path, through a symbolic link and through a hard link; the export is untouched', async () => {
    await withExport(async (dir, zip) => {
      await symlink(zip, join(dir, 'link.zip'));
      await link(zip, join(dir, 'hard.zip'));
      for (const out of [zip, join(dir, 'link.zip'), join(dir, 'hard.zip')]) {
        const run = await runCli(['analyze', zip, '--out', out]);
        expect(run.code).toBe(1);
        expectOneSentence(run.stderr, /^The report was not written: .* is one of the exports being read, and the report would replace it\. Choose another file\.$/);
      }
      expect(new Uint8Array(await readFile(zip))).toEqual(exportZip);
      expect((await readdir(dir)).sort()).toEqual([exportName, 'hard.zip', 'link.zip'].sort());
    });
  });

  it('a folder that does not exist, and a folder given as the file: one sentence each, exit 1, nothing written', async () => {
    await withExport(async (dir, zip) => {
      const missing = await runCli(['analyze', zip, '--out', join(dir, 'no-such-folder', 'report.md')]);
      expect(missing.code).toBe(1);
      expectOneSentence(missing.stderr, /^The report was not written: the folder .*no-such-folder does not exist\. Choose a folder that exists\.$/);
      await mkdir(join(dir, 'reports'));
      const folder = await runCli(['analyze', zip, '--out', join(dir, 'reports')]);
      expect(folder.code).toBe(1);
      expectOneSentence(folder.stderr, /^The report was not written: .*reports is a folder\. Give a file name, such as .*reports\/report\.$/);
      expect((await readdir(dir)).sort()).toEqual([exportName, 'reports']);
      expect(await readdir(join(dir, 'reports'))).toEqual([]);
    });
  });

  it('a full disk (/dev/full): one sentence, exit 1', async () => {
    await withExport(async (_dir, zip) => {
      const run = await runCli(['analyze', zip, '--out', '/dev/full']);
      expect(run.code).toBe(1);
      expectOneSentence(run.stderr, /^The report was not written: the disk is full \(ENOSPC\)/);
    });
  });

  it('writes atomically: the report replaces the old one whole, and no temporary file stays', async () => {
    await withExport(async (dir, zip) => {
      const out = join(dir, 'report.md');
      await writeFile(out, 'last week’s report');
      const run = await runCli(['analyze', zip, '--out', out]);
      expect(run.code, run.stderr).toBe(0);
      expect(await readFile(out, 'utf8')).toMatch(/^# LinkedIn AI-training exposure report/);
      expect((await readdir(dir)).sort()).toEqual([exportName, 'report.md'].sort());
    });
  });

  it('a PDF that cannot be made leaves the file it would have replaced as it was, and no temporary file', async () => {
    await withExport(async (dir, zip) => {
      const out = join(dir, 'report.pdf');
      await writeFile(out, 'last week’s PDF');
      const saved = { chrome: process.env.CHROME_PATH, electron: process.env.ELECTRON_OVERRIDE_DIST_PATH };
      process.env.CHROME_PATH = join(dir, 'no-such-browser');
      delete process.env.ELECTRON_OVERRIDE_DIST_PATH;
      try {
        const run = await runCli(['analyze', zip, '--format', 'pdf', '--out', out]);
        expect(run.code).toBe(1);
        expectOneSentence(run.stderr, /^No Chromium, Chrome, Edge or Electron was found/);
      } finally {
        if (saved.chrome === undefined) delete process.env.CHROME_PATH;
        else process.env.CHROME_PATH = saved.chrome;
        if (saved.electron !== undefined) process.env.ELECTRON_OVERRIDE_DIST_PATH = saved.electron;
      }
      expect(await readFile(out, 'utf8')).toBe('last week’s PDF');
      expect((await readdir(dir)).sort()).toEqual([exportName, 'report.pdf'].sort());
    });
  });

  it('the place of a PDF is checked before the export is read or anything printed', async () => {
    await withExport(async (dir, zip) => {
      const run = await runCli(['analyze', zip, '--format', 'pdf', '--out', join(dir, 'missing', 'report.pdf')]);
      expect(run.code).toBe(1);
      expectOneSentence(run.stderr, /^The report was not written: the folder .*missing does not exist/);
    });
  });
});

describe('standard output', () => {
  it('on a full disk: one sentence on stderr, exit 1 (the built command line, stdout on /dev/full)', async () => {
    await withExport(async (_dir, zip) => {
      const run = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" analyze "${zip}" > /dev/full`], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expectOneSentence(run.stderr, /^The report was not printed to the end: the disk behind standard output is full \(ENOSPC\)\.$/);
    });
  });

  it('closed before the report is written: one sentence on stderr, exit 1', async () => {
    await withExport(async (_dir, zip) => {
      const child = spawn(process.execPath, [CLI, 'analyze', zip, '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (chunk) => (stderr += String(chunk)));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code).toBe(1);
      expectOneSentence(stderr, /^The report was not printed to the end: standard output was closed \(EPIPE\)\. Save it with --out FILE instead\.$/);
    });
  });
});
