// Bench measure (Node, its own process: dist/bench/webRead.cjs <zip>): the web build's full
// read, in Debian's Chromium (playwright-core) on the built app (dist/renderer) served by the
// project's own static server, as the end-to-end tests drive it: from the export dropped on the
// page (the file chosen) to the results' headline shown, to the verdict on the reading screen,
// and to the member's items arrived after the results (Export report… offered). Prints one JSON
// line (seconds, in the page's clock).

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { readExports, startSession } from '../../tests/support/e2eBrowser';

export interface WebReadTiming {
  /** File chosen (dropped) to results shown. */
  readonly seconds: number;
  /** File chosen to the verdict on the reading screen; null when it never showed before the results. */
  readonly verdictSeconds: number | null;
  /** File chosen to the items arrived (they cross after the results are shown); polled every 20 ms. */
  readonly itemsSeconds: number;
}

async function main(zip: string): Promise<void> {
  const session = await startSession();
  try {
    const exp = { name: basename(zip), path: zip, bytes: new Uint8Array(await readFile(zip)) };
    session.serve(exp);
    const { app, dropped } = await readExports(session, [exp], {}, 600_000);
    await app.page.waitForFunction(() => document.querySelector('[data-testid="export-report"]:not([disabled])') !== null, undefined, { timeout: 600_000, polling: 20 });
    const marks = await app.page.evaluate(() => {
      const w = window as unknown as { __shown: number; __verdictShown?: number };
      return { shown: w.__shown, verdict: w.__verdictShown ?? null, items: performance.now() };
    });
    if (app.errors.length > 0) throw new Error(`the page reported errors: ${app.errors.join(' ')}`);
    const timing: WebReadTiming = {
      seconds: (marks.shown - dropped) / 1000,
      verdictSeconds: marks.verdict === null ? null : (marks.verdict - dropped) / 1000,
      itemsSeconds: (marks.items - dropped) / 1000,
    };
    await app.context.close();
    process.stdout.write(`${JSON.stringify(timing)}\n`);
  } finally {
    await session.close();
  }
}

if (require.main === module) {
  main(process.argv[2]!).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
