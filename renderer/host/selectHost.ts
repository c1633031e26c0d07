// Picks the host once at startup: the Electron bridge when the preload exposed it, else a worker.

import type { AnalysisHost } from './analysisHost';
import { desktopBridge, electronHost } from './electronHost';
import { workerHost } from './workerHost';

export function selectHost(): AnalysisHost {
  const bridge = desktopBridge();
  return bridge ? electronHost(bridge) : workerHost();
}
