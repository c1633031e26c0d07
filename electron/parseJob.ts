// Runtime: Node (the parse worker; tests run it directly). One analysis from request to result:
// reads the member's files from disk itself, scans them with Node's native inflate, and posts
// progress (throttled) and then exactly one final event. Only the ExportScan leaves, and the
// member's items packed beside it (unpacking them as arrays froze the window for 100-300 ms).

import type { ExportInput } from '../shared/archive/types';
import type { AnalysisEvent, AnalysisRequest } from '../shared/contract/desktopApi';
import { EMPTY_ITEM_INDEX, packItems } from '../shared/items/packedItems';
import { sampleInput } from '../shared/sample';
import type { CancelSignal } from '../shared/platform/cancel';
import { scanExport } from '../shared/scan/scanExport';
import type { ScanProgress } from '../shared/scan/scanTypes';
import { nodeCrc32, nodeInflater } from '../node/platform/nodeInflater';
import { nodeTextDecoder } from '../node/platform/nodeTextDecoder';
import { bundledModule } from '../node/platform/bundledModule';
import { threadedExecutor } from '../node/platform/threadedExecutor';
import { readInput } from '../node/platform/readInputs';
import { InputsUnreadableError, UNEXPECTED_FAILURE, failureEvent } from './analysisFailure';
import { throttleLatest } from './progressThrottle';

/** Well under the 250 ms the UI needs to look alive, well above what is worth repainting. */
export const PROGRESS_INTERVAL_MS = 100;
/** While the files are being loaded (no bytes scanned yet), the last progress is repeated this often. */
export const HEARTBEAT_MS = 200;

export interface ParseJobOptions {
  readonly signal?: CancelSignal;
  readonly progressIntervalMs?: number;
}

async function loadInputs(request: AnalysisRequest): Promise<ExportInput[]> {
  if (request.kind === 'sample') {
    return [await sampleInput()];
  }
  const results = await Promise.allSettled(request.paths.map((path) => readInput(path)));
  const messages = results.flatMap((r) => (r.status === 'rejected' ? [r.reason instanceof Error ? r.reason.message : String(r.reason)] : []));
  if (messages.length > 0) throw new InputsUnreadableError(messages);
  return results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
}

/** Before anything is known: the UI shows that reading has started. */
function startingProgress(request: AnalysisRequest): ScanProgress {
  const first = request.kind === 'paths' ? (request.paths[0] ?? '') : '';
  return { input: first.slice(Math.max(first.lastIndexOf('/'), first.lastIndexOf('\\')) + 1), file: '', filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0 };
}

export async function runParseJob(request: AnalysisRequest, post: (event: AnalysisEvent) => void, options: ParseJobOptions = {}): Promise<void> {
  let latest = startingProgress(request);
  let lastPostedAt = Date.now();
  const postProgress = (value: ScanProgress) => {
    latest = value;
    lastPostedAt = Date.now();
    post({ type: 'progress', progress: value });
  };
  const progress = throttleLatest(postProgress, options.progressIntervalMs ?? PROGRESS_INTERVAL_MS);
  // Reading a large zip from disk is one long wait with no bytes scanned: say we are still here.
  const heartbeat = setInterval(() => {
    if (Date.now() - lastPostedAt >= HEARTBEAT_MS) postProgress(latest);
  }, HEARTBEAT_MS / 4);
  progress.push(latest);
  try {
    const inputs = await loadInputs(request);
    // Built beside the worker (dist/electron/fileWorker.cjs); run from sources in tests, files stay on this thread.
    const fileWorker = bundledModule('fileWorker.cjs');
    const scan = await scanExport(inputs, {
      inflate: nodeInflater,
      crc32: nodeCrc32,
      decoder: nodeTextDecoder,
      ...(fileWorker ? { executor: threadedExecutor(fileWorker) } : {}),
      collectItems: true,
      signal: options.signal,
      onProgress: (p) => progress.push(p),
    });
    progress.flush();
    const { packed } = packItems(scan.items ?? EMPTY_ITEM_INDEX);
    post({ type: 'done', scan: { ...scan, items: null }, items: packed });
  } catch (error) {
    progress.cancel();
    const event = failureEvent(error);
    // The detail stays on this computer, in the terminal that started the app, for bug reports.
    if (event.type === 'failed' && event.messages[0] === UNEXPECTED_FAILURE) console.error('Analysis failed:', error);
    post(event);
  } finally {
    clearInterval(heartbeat);
  }
}
