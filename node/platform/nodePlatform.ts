// Runtime: Node. What Node offers the shared reader: zlib's inflate and CRC-32, its fast text decoder, and
// worker threads for large files (when the worker script is built beside this bundle; run from
// sources, as in tests, every file stays on this thread).

import type { AnalysisPlatform } from '../../shared/pipeline/runAnalysis';
import { bundledModule } from './bundledModule';
import { nodeCrc32, nodeInflater } from './nodeInflater';
import { nodeTextDecoder } from './nodeTextDecoder';
import { threadedExecutor } from './threadedExecutor';

/** `fileThreads: false`: every file on this thread (a batch already spreads its exports over the cores). */
export function nodePlatform({ fileThreads = true } = {}): AnalysisPlatform {
  const workerScript = fileThreads ? bundledModule('fileWorker.cjs') : null;
  return { inflate: nodeInflater, crc32: nodeCrc32, decoder: nodeTextDecoder, ...(workerScript ? { executor: threadedExecutor(workerScript) } : {}) };
}
