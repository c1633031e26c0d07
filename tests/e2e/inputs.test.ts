// The other ways in: a Basic and a Complete zip dropped together, and an unpacked folder chosen
// with the folder button; the figures equal the command line's for the same files.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ReportJson } from '../../shared/report/reportJson';
import { generateExport, zipExport } from '../../shared/sample';
import { runCli } from '../support/runCli';
import { E2E_OUTPUT, type E2eExport } from '../support/e2eExports';
import { dropExports, openApp, startSession, type E2eSession } from '../support/e2eBrowser';

let session: E2eSession;

async function cliHeadline(paths: string[]): Promise<string> {
  const run = await runCli(['analyze', ...paths, '--format', 'json', '--as-of', new Date().toISOString().slice(0, 10)]);
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as ReportJson).verdict.headline.text;
}

async function zipOf(archive: 'basic' | 'complete'): Promise<E2eExport> {
  const exp = generateExport({ era: 2024, archive, seed: 77 });
  const bytes = await zipExport(exp);
  const path = join(E2E_OUTPUT, exp.name);
  await mkdir(E2E_OUTPUT, { recursive: true });
  await writeFile(path, bytes);
  return { name: exp.name, path, bytes };
}

beforeAll(async () => {
  session = await startSession();
});

afterAll(async () => {
  await session?.close();
});

describe('inputs', () => {
  test('Basic and Complete zips dropped together count each item once', async () => {
    const basic = await zipOf('basic');
    const complete = await zipOf('complete');
    session.serve(basic);
    session.serve(complete);
    const app = await openApp(session);
    await dropExports(app.page, [basic, complete]);
    await app.page.getByTestId('headline').waitFor({ timeout: 60_000 });
    expect(await app.page.getByTestId('headline-text').textContent()).toBe(await cliHeadline([basic.path, complete.path]));
    await app.page.getByRole('tab', { name: 'What was read' }).click();
    const inputs = await app.page.getByTestId('inputs').textContent();
    expect(inputs).toContain(basic.name);
    expect(inputs).toContain(complete.name);
    expect(inputs).toMatch(/skipped: another part of the export has them/);
    expect(app.foreignRequests).toEqual([]);
    await app.context.close();
  });

  test('an unpacked folder chosen with "Open a folder…" reads like its zip', async () => {
    const exp = generateExport({ era: 2026, archive: 'complete', seed: 91 });
    const folder = join(E2E_OUTPUT, 'unpacked', 'LinkedInDataExport');
    await rm(folder, { recursive: true, force: true });
    for (const file of exp.files) {
      const full = join(folder, ...file.path.split('/'));
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, file.bytes);
    }
    const app = await openApp(session);
    await app.page.getByTestId('folder-input').setInputFiles(folder);
    await app.page.getByTestId('headline').waitFor({ timeout: 60_000 });
    expect(await app.page.getByTestId('headline-text').textContent()).toBe(await cliHeadline([folder]));
    await app.page.getByRole('tab', { name: 'What was read' }).click();
    expect(await app.page.getByTestId('inputs').textContent()).toContain('LinkedInDataExport — folder');
    expect(app.foreignRequests).toEqual([]);
    expect(app.errors).toEqual([]);
    await app.context.close();
  });
});
