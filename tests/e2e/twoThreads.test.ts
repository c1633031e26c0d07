// The web build reads a large export on two threads in real Chromium: the private messages (most
// of the bytes) in a worker nested in the analysis worker, which reads the member's File by
// ranges itself, the rest in the analysis worker. The figures are those of a one-thread read:
// the command line run in-process from its sources reads every file on one thread, and its JSON
// report is the page's, but for the moment each was made.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ReportJson } from '../../shared/report/reportJson';
import { runCli } from '../support/runCli';
import { inboxExport, type E2eExport } from '../support/e2eExports';
import { downloadOf } from '../support/e2eDownloads';
import { readExports, startSession, type E2eSession } from '../support/e2eBrowser';

let session: E2eSession;
let inbox: E2eExport;

beforeAll(async () => {
  session = await startSession();
  // About 40 MB of messages: past the size a file is handed to another thread at (4 MiB).
  inbox = await inboxExport(100_000);
  session.serve(inbox);
});

afterAll(async () => {
  await session?.close();
});

/** The report without the moment it was made (the page's clock, the command line's given one). */
function figures(report: ReportJson): Omit<ReportJson, 'analyzedAt'> {
  const { analyzedAt: _, ...rest } = report;
  return rest;
}

describe('two threads in the web build', () => {
  test('the messages are read in a nested worker, to the figures of a one-thread read', async () => {
    const { app } = await readExports(session, [inbox], {}, 300_000);
    const { page } = app;
    expect(app.workers.filter((w) => /fileReadWorker/.test(w.url))).toHaveLength(1);

    await page.getByTestId('export-report').click();
    const dialog = page.getByRole('dialog', { name: 'Export report' });
    await dialog.getByTestId('format-json').check();
    const fromPage = JSON.parse((await downloadOf(page, () => dialog.getByTestId('export-save').click())).content) as ReportJson;

    const now = new Date();
    const run = await runCli(['analyze', inbox.path, '--format', 'json', '--as-of', fromPage.policy.asOf], now);
    expect(run.code).toBe(0);
    const oneThread = JSON.parse(run.stdout) as ReportJson;
    expect(figures(fromPage)).toEqual(figures(oneThread));
    expect(fromPage.categories.length).toBeGreaterThan(0);
    expect(app.errors).toEqual([]);
    expect(app.foreignRequests).toEqual([]);
    await app.context.close();
  });
});
