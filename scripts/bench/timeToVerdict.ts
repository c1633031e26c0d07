// Bench measure (Node, its own process: dist/bench/timeToVerdict.cjs <zip>): time to verdict in
// the app's worker path, the desktop app's parse job (electron/parseJob.ts, which the utility
// process runs) with its file worker thread beside it, from process start to the verdict.
//
// The parse job asks the pipeline for the verdict: the files it depends on are read first, and
// `verdict-ready` is posted as soon as they are (issue 14), the rest after. `isVerdictReady`
// recognizes that event; a run that never posts it is reported as the time to the final `done`
// event, the full analysis, labelled as such.

import type { AnalysisEvent } from '../../shared/contract/desktopApi';
import { runParseJob } from '../../electron/parseJob';

export type VerdictSource = 'verdict-event' | 'full-analysis';

export interface VerdictTiming {
  /** Seconds from this process's start (Node's time origin) to the event. */
  readonly seconds: number;
  readonly source: VerdictSource;
  /** Seconds to the final `done` event. */
  readonly doneSeconds: number;
}

/** True for the event that says the verdict can be shown. */
export function isVerdictReady(event: AnalysisEvent): boolean {
  return event.type === 'verdict-ready';
}

async function main(zip: string): Promise<void> {
  let verdictAt: number | null = null;
  let doneAt: number | null = null;
  let failure: string | null = null;
  await runParseJob({ request: { kind: 'paths', paths: [zip] }, settings: { region: 'eu', optedOut: null, adultFrom: null } }, (event) => {
    if (verdictAt === null && isVerdictReady(event)) verdictAt = performance.now();
    if (event.type === 'done') doneAt = performance.now();
    if (event.type === 'failed') failure = event.messages.join(' ');
  });
  if (doneAt === null) throw new Error(`the parse job did not finish: ${failure ?? 'no done event'}`);
  const timing: VerdictTiming = {
    seconds: (verdictAt ?? doneAt) / 1000,
    source: verdictAt === null ? 'full-analysis' : 'verdict-event',
    doneSeconds: doneAt / 1000,
  };
  process.stdout.write(`${JSON.stringify(timing)}\n`);
}

if (require.main === module) {
  main(process.argv[2]!).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
