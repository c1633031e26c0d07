// `npm start` without Electron's binary: the start script, run for real in a child process, says
// so in one sentence, points to `npm run web`, exits 1, prints no stack trace and builds nothing.
// Its download attempt goes to a closed port on this machine (ELECTRON_MIRROR), so the test never
// fetches Electron where a network is available.

import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module script without type declarations
import { electronBinary } from '../../scripts/startDesktop.mjs';

interface Binary {
  readonly present: boolean;
  readonly path: string | null;
  readonly override: string | null;
}
const locate = electronBinary as (env: Record<string, string | undefined>, electronDir?: string) => Binary;

const SCRIPT = join(process.cwd(), 'scripts', 'startDesktop.mjs');
const BUILT = join(process.cwd(), 'dist', 'electron', 'main.cjs');
const installed = locate({}).present;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lae-start-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A port on this machine where nothing listens. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function start(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const base = { ...process.env };
  delete base.ELECTRON_OVERRIDE_DIST_PATH;
  return new Promise((resolve) => {
    execFile(process.execPath, [SCRIPT, 'export.zip'], { env: { ...base, ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

async function builtAt(): Promise<number | null> {
  return (await stat(BUILT).catch(() => null))?.mtimeMs ?? null;
}

function expectOneSentence(stderr: string): void {
  const lines = stderr.trim().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^The desktop app cannot start: [^.]*\.$/);
  expect(lines[0]).toContain('`npm run web` opens the same interface in your browser');
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/TypeError|Electron failed to install/);
}

describe('npm start without Electron', () => {
  it.skipIf(installed)('where the binary is missing and cannot be downloaded: one sentence, exit 1, nothing built', async () => {
    const before = await builtAt();
    const run = await start({ ELECTRON_MIRROR: `http://127.0.0.1:${await closedPort()}/`, electron_config_cache: join(dir, 'cache') });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expectOneSentence(run.stderr);
    expect(run.stderr).toContain("Electron's binary is not installed and could not be downloaded (fetch failed: are you offline?)");
    expect(await builtAt()).toBe(before);
  });

  it('where ELECTRON_OVERRIDE_DIST_PATH holds no binary: one sentence naming it, exit 1', async () => {
    const empty = join(dir, 'empty');
    await mkdir(empty, { recursive: true });
    const before = await builtAt();
    const run = await start({ ELECTRON_OVERRIDE_DIST_PATH: empty });
    expect(run.code).toBe(1);
    expectOneSentence(run.stderr);
    expect(run.stderr).toContain(`ELECTRON_OVERRIDE_DIST_PATH (${empty}) holds no Electron binary`);
    expect(await builtAt()).toBe(before);
  });
});

describe("finding Electron's binary, as Electron's own launcher does", () => {
  it('in ELECTRON_OVERRIDE_DIST_PATH', async () => {
    const override = join(dir, 'override');
    await mkdir(override, { recursive: true });
    expect(locate({ ELECTRON_OVERRIDE_DIST_PATH: override }).present).toBe(false);
    await writeFile(join(override, 'electron'), '#!/bin/sh\n');
    await chmod(join(override, 'electron'), 0o755);
    expect(locate({ ELECTRON_OVERRIDE_DIST_PATH: override })).toMatchObject({ present: true, path: join(override, 'electron'), override });
  });

  it("in the electron package's dist folder, named by its path.txt", async () => {
    const pkg = join(dir, 'electron-package');
    await mkdir(join(pkg, 'dist'), { recursive: true });
    expect(locate({}, pkg)).toMatchObject({ present: false, path: null });
    await writeFile(join(pkg, 'path.txt'), 'electron');
    expect(locate({}, pkg)).toMatchObject({ present: false, path: join(pkg, 'dist', 'electron') });
    await writeFile(join(pkg, 'dist', 'electron'), '#!/bin/sh\n');
    expect(locate({}, pkg)).toMatchObject({ present: true, path: join(pkg, 'dist', 'electron') });
  });
});
