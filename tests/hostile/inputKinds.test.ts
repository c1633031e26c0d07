// Only regular files and folders are inputs. A device (/dev/zero has size 0 and never ends), a
// named pipe (reading it can block for ever) and a socket are refused at once, in one sentence;
// inside a folder they are skipped with the reason, links are not followed, and a sub-folder the
// member may not read is reported while everything else is read.

import { spawnSync } from 'node:child_process';
import { chmod, mkdir, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { nodeFolderReader } from '../../node/platform/nodeFolderReader';
import { readInput } from '../../node/platform/readInputs';
import { InputError } from '../../shared/archive/inputError';
import { DEFAULT_LIMITS } from '../../shared/archive/types';
import { ExportUnreadableError } from '../../shared/scan/scanExport';
import { generateExport, zipExport, type GeneratedExport } from '../../shared/sample';
import { runCli } from '../support/runCli';
import { scan } from '../support/scanGenerated';
import { expectOthersIntact, inTempDir } from './hostileSupport';

const EXPORT_NAME = 'Complete_LinkedInDataExport_09-05-2026.zip';

async function refusal(path: string): Promise<InputError> {
  const error = await readInput(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

/** The command line's one line on stderr, exit 1, nothing on stdout. */
/** Named as given (at counts a name the member chose is a label, tested in countsOnly.test.ts). */
async function expectCliRefuses(path: string, says: RegExp): Promise<void> {
  const run = await runCli(['analyze', path, '--redact', 'full']);
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(says);
}

function mkfifo(path: string): void {
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
}

async function writeExport(root: string, exp: GeneratedExport): Promise<void> {
  for (const file of exp.files) {
    const full = join(root, ...file.path.split('/'));
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, file.bytes);
  }
}

describe('inputs that are not regular files or folders', () => {
  it('/dev/zero (a device of size 0 that never ends) is refused at once, in one sentence', async () => {
    const error = await refusal('/dev/zero');
    expect(error.code).toBe('not-a-file');
    expect(error.message).toBe('zero is a device, not a file: it has no end to read, so it was not read. Open the .zip file LinkedIn sent you, or the folder you unpacked it into.');
    await expectCliRefuses('/dev/zero', /^zero is a device, not a file/);
  });

  it('a named pipe (FIFO) named like an export is refused at once, never opened', async () => {
    await inTempDir(async (dir) => {
      const path = join(dir, EXPORT_NAME);
      mkfifo(path);
      const error = await refusal(path);
      expect(error.code).toBe('not-a-file');
      expect(error.message).toBe(`${EXPORT_NAME} is a named pipe (FIFO), not a file: reading it could wait forever, so it was not read. Open the .zip file LinkedIn sent you, or the folder you unpacked it into.`);
      await expectCliRefuses(path, /is a named pipe \(FIFO\), not a file/);
    });
  });

  it('a socket is refused at once', async () => {
    await inTempDir(async (dir) => {
      const path = join(dir, EXPORT_NAME);
      const server = createServer();
      await new Promise<void>((resolve) => server.listen(path, resolve));
      try {
        expect((await refusal(path)).message).toMatch(/^Complete_LinkedInDataExport_09-05-2026\.zip is a socket, not a file, so it was not read\./);
      } finally {
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    });
  });
});

describe('a zip that goes away', () => {
  it('removed after it was chosen: one sentence naming the file, no path of this computer in it', async () => {
    await inTempDir(async (dir) => {
      const exp = generateExport({ era: 2026 });
      const path = join(dir, exp.name);
      await writeFile(path, await zipExport(exp));
      const input = await readInput(path);
      await rm(path);
      const error = await scan([input]).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ExportUnreadableError);
      const [problem] = (error as ExportUnreadableError).errors;
      expect(problem!.message).toBe(`${exp.name} could not be read (it is no longer there, ENOENT). Check that the file is where you left it and that you may read it.`);
      expect(problem!.message).not.toContain(dir);
    });
  });
});

describe('a folder with links, pipes and special files in it', () => {
  it('reads every export file, skips the rest with the reason, and follows no link out of the folder', async () => {
    const exp = generateExport({ era: 2026 });
    await inTempDir(async (outside) => {
      await writeFile(join(outside, 'secret.csv'), 'Name\nInvented secret outside the export\n');
      await mkdir(join(outside, 'elsewhere'));
      await writeFile(join(outside, 'elsewhere', 'Skills.csv'), 'Name\nInvented skill outside\n');
      const root = join(outside, 'LinkedInDataExport');
      await writeExport(root, exp);
      await symlink(join(outside, 'secret.csv'), join(root, 'Secret link.csv'));
      await symlink(join(outside, 'elsewhere'), join(root, 'Linked folder'));
      mkfifo(join(root, 'Pipe.csv'));

      const result = await scan([{ kind: 'folder', name: 'LinkedInDataExport', reader: nodeFolderReader(root) }]);
      expectOthersIntact(result, exp, []);
      // The links and the pipe are listed, not read: nothing from outside the export, no row from them.
      const notRead = result.files.filter((f) => f.status === 'skipped');
      expect(notRead.map((f) => [f.path, f.rows, f.problems.map((p) => p.code)])).toEqual([
        ['Linked folder', 0, ['skipped-entry']],
        ['Pipe.csv', 0, ['skipped-entry']],
        ['Secret link.csv', 0, ['skipped-entry']],
      ]);
      expect(result.files.some((f) => f.path.startsWith('Linked folder/'))).toBe(false);
      expect(result.problems.filter((p) => p.code !== 'basic-only').map((p) => [p.code, p.message])).toEqual([
        ['links-not-followed', 'LinkedInDataExport: 2 symbolic links were not followed (a link can lead outside the export), so what they point to was not read.'],
        ['not-regular-files', 'LinkedInDataExport: 1 entry is not a regular file (a device, a named pipe or a socket) and was skipped.'],
      ]);
      const listing = await nodeFolderReader(root).list(DEFAULT_LIMITS.maxEntries);
      expect(listing.skipped).toEqual([
        { path: 'Linked folder', reason: 'symlink' },
        { path: 'Pipe.csv', reason: 'fifo' },
        { path: 'Secret link.csv', reason: 'symlink' },
      ]);
    });
  });

  it('a folder holding more files than the limit: the first ones read, and the input says so', async () => {
    const exp = generateExport({ era: 2026 });
    await inTempDir(async (root) => {
      await writeExport(root, exp);
      const result = await scan([{ kind: 'folder', name: 'LinkedInDataExport', reader: nodeFolderReader(root) }], { limits: { maxEntries: 10 } });
      expect(result.inputs[0]!.files).toBe(10);
      expect(result.problems.find((p) => p.code === 'too-many-entries')?.message).toBe(
        'LinkedInDataExport holds more than 10 files, more than this app reads from one folder (real exports hold fewer than 200); the first 10 were read.',
      );
    });
  });
});

/** The command line, bundled as `npm run build` does, run as a user who cannot read what root can. */
async function cliAsUnprivileged(dir: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const cli = join(dir, 'cli.cjs');
  await build({ entryPoints: ['node/cli/bin.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: cli, logLevel: 'error', external: ['playwright-core', 'jsdom', 'electron'] });
  const asRoot = process.getuid?.() === 0;
  // As root, permissions do not bind: the command runs as "nobody" instead.
  const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60_000, ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('a sub-folder the member may not read', () => {
  it('is reported, and every other file of the folder is read (the command line, exit 0)', async () => {
    const exp = generateExport({ era: 2026 });
    await inTempDir(async (dir) => {
      const root = join(dir, 'LinkedInDataExport');
      await writeExport(root, exp);
      for (const folder of [dir, root, ...(await readdir(root, { recursive: true })).map((p) => join(root, p))]) {
        if ((await stat(folder)).isDirectory()) await chmod(folder, 0o755);
      }
      const locked = exp.files.filter((f) => f.path.startsWith('Jobs/')).map((f) => f.path);
      expect(locked.length).toBeGreaterThan(0);
      await chmod(join(root, 'Jobs'), 0o000);
      try {
        const run = await cliAsUnprivileged(dir, ['analyze', root, '--format', 'json', '--redact', 'full']);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        const report = JSON.parse(run.stdout) as { files: { path: string; rows: number; status: string }[]; problems: { code: string; message: string }[] };
        for (const expected of exp.expected.files) {
          const file = report.files.find((f) => f.path === expected.path);
          if (locked.includes(expected.path)) expect(file, expected.path).toBeUndefined();
          else expect(file?.rows, expected.path).toBe(expected.rows);
        }
        expect(report.problems.find((p) => p.code === 'folder-unreadable')?.message).toBe(
          'LinkedInDataExport: 1 folder or file inside could not be opened (no permission to read it), so it was not read; everything else was. Check that you may read it.',
        );
      } finally {
        await chmod(join(root, 'Jobs'), 0o755);
      }
    });
  });
});
