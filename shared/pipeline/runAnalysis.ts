// Runtime: any. The one way to run an analysis, from the inputs a member gave to the scan, their
// own items and the analysis for their settings. Every host (the command line, Electron's parse
// worker, the browser worker) calls this; a host keeps only what is its own: how bytes are read
// (its InputSources and platform), where the work runs, and how events cross to the interface.

import { buildAnalysis, type Analysis } from '../analysis/buildAnalysis';
import type { PolicySettings } from '../analysis/exposure';
import type { Crc32, Inflater, InputSource, ReadLimits } from '../archive/types';
import type { PackedItems } from '../items/packedItems';
import type { CategoryId } from '../policy/policyModel';
import type { CancelSignal } from '../platform/cancel';
import type { FileExecutor } from '../scan/fileTask';
import { scanExport, type PartialScan } from '../scan/scanExport';
import type { ExportScan, ScanProgress } from '../scan/scanTypes';
import type { StreamDecoderFactory } from '../text/decode';
import { throttleWithHeartbeat } from './progressThrottle';

/** What the host's platform offers the reader; every part has a portable default. */
export interface AnalysisPlatform {
  /** Native raw-deflate; default: DecompressionStream where present, else jszip's. */
  readonly inflate?: Inflater | null;
  /** Native CRC-32 (Node's zlib.crc32), checked on every zip entry; default: a table-driven one. */
  readonly crc32?: Crc32;
  /** The fastest text decoder; default: TextDecoder. */
  readonly decoder?: StreamDecoderFactory;
  /** Runs file tasks, possibly on other threads; default: this thread. */
  readonly executor?: FileExecutor;
}

/** Well under the 250 ms the interface needs to look alive, well above what is worth repainting. */
export const PROGRESS_INTERVAL_MS = 100;
/** While nothing moves (an input still loading), the last progress is repeated this often. */
export const HEARTBEAT_MS = 200;

export interface AnalysisOptions {
  readonly settings: PolicySettings;
  /** The last day counted for a member still opted in; default: the day of the analysis. */
  readonly asOf?: string;
  /** Keep the member's own items (the explorer; reports with excerpts). */
  readonly collectItems: boolean;
  readonly platform?: AnalysisPlatform;
  readonly signal?: CancelSignal;
  /** Progress, already throttled: at most one per interval, the latest never dropped. */
  readonly onProgress?: (progress: ScanProgress) => void;
  /** Default PROGRESS_INTERVAL_MS; tests stretch it to see the throttle at work. */
  readonly progressIntervalMs?: number;
  readonly limits?: Partial<ReadLimits>;
  readonly now?: Date;
  /**
   * Given, the files the verdict depends on are read first, and this is called once with the
   * analysis of what is read so far, before the rest (private messages, network, activity) is
   * read. Without it the largest files go first, which finishes soonest on several threads.
   */
  readonly onVerdictReady?: (partial: PartialAnalysis) => void;
  /**
   * Given, called with the final scan and analysis as soon as the files are read, before the
   * member's items are packed, so a host can show the results while the items follow.
   */
  readonly onAnalysis?: (result: Omit<AnalysisResult, 'items'>) => void;
}

/** The analysis of the files the verdict depends on: its figures for every category not pending are final. */
export interface PartialAnalysis {
  readonly scan: ExportScan;
  readonly analysis: Analysis;
  /** The categories some of whose files are still being read, in display order. */
  readonly pending: readonly CategoryId[];
}

export interface AnalysisResult {
  readonly scan: ExportScan;
  /** The member's own items; null unless collected. */
  readonly items: PackedItems | null;
  readonly analysis: Analysis;
}

function preparing(name: string): ScanProgress {
  return { input: name, file: '', filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0 };
}

/**
 * Reads the export and analyzes it. An input that cannot be loaded or opened is skipped and
 * listed with its reason in `scan.inputs`; when none can be read, this throws
 * ExportUnreadableError (describeFailure turns any failure into the sentences to show).
 */
export async function runAnalysis(sources: readonly InputSource[], options: AnalysisOptions): Promise<AnalysisResult> {
  const send = options.onProgress;
  const progress = send ? throttleWithHeartbeat(send, options.progressIntervalMs ?? PROGRESS_INTERVAL_MS, HEARTBEAT_MS) : null;
  try {
    const announced = sources.map((source): InputSource => ({
      ...source,
      load: () => {
        progress?.push(preparing(source.name));
        return source.load();
      },
    }));
    const platform = options.platform ?? {};
    const analyze = (scan: ExportScan) => buildAnalysis(scan, { ...options.settings, asOf: options.asOf ?? scan.scannedAt.slice(0, 10) });
    const onVerdictReady = options.onVerdictReady;
    const onAnalysis = options.onAnalysis;
    let early: Analysis | null = null;
    const { scan, items } = await scanExport(announced, {
      ...(platform.inflate !== undefined ? { inflate: platform.inflate } : {}),
      ...(platform.crc32 ? { crc32: platform.crc32 } : {}),
      decoder: platform.decoder,
      executor: platform.executor,
      collectItems: options.collectItems,
      signal: options.signal,
      limits: options.limits,
      now: options.now,
      ...(onVerdictReady ? { onVerdictFiles: ({ scan, pending }: PartialScan) => onVerdictReady({ scan, analysis: analyze(scan), pending }) } : {}),
      ...(onAnalysis
        ? {
            onScanned: (scan: ExportScan) => {
              progress?.flush();
              early = analyze(scan);
              onAnalysis({ scan, analysis: early });
            },
          }
        : {}),
      onProgress: progress
        ? (p) => {
            progress.push(p);
            // The last file read: said at once, not after the items are packed (a long step on a large export).
            if (p.filesTotal > 0 && p.filesDone === p.filesTotal) progress.flush();
          }
        : undefined,
    });
    progress?.flush();
    const analysis = early ?? analyze(scan);
    return { scan, items, analysis };
  } catch (error) {
    progress?.cancel();
    throw error;
  }
}
