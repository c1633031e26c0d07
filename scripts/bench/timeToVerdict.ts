// Bench measure (Node, its own process: dist/bench/timeToVerdict.cjs <zip>): time to verdict in
// the app's worker path, the desktop app's parse job (electron/parseJob.ts, which the utility
// process runs) with its file worker thread beside it, from process start to the verdict.
//
// THE HOOK: the pipeline does not yet post a "verdict ready" event (issue 14: the verdict's files
// read first, the rest after). Until it does, `isVerdictReady` recognizes nothing and this
// reports the time to the final `done` event, the full analysis, labelled as such. When the
// event exists, make `isVerdictReady` return true for it: the benchmark then reports the real
// time to verdict and checks its target, with no other change.

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

/** True for the event that says the verdict can be shown. None exists yet (see above). */
export function isVerdictReady(_event: AnalysisEvent): boolean {
  return false;
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
