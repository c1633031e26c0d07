// Runtime: Electron main. Exports the member opens from outside the window (command line, a
// second launch, macOS "Open With", File > Open, File > Open sample data) wait here until the UI
// can take them; the UI starts the analysis, so it shows its progress like any other.

import { isAbsolute, resolve } from 'node:path';
import type { AnalysisRequest } from '../shared/contract/desktopApi';

/** Paths on a command line: everything after the app itself that is not a switch. */
export function pathsFromArgv(argv: readonly string[], workingDirectory: string, defaultApp: boolean): string[] {
  // `electron . file.zip` (development) has the app path before the files; a packaged app not.
  const args = argv.slice(defaultApp ? 2 : 1);
  return args.filter((arg) => arg.length > 0 && !arg.startsWith('-') && !arg.includes('\0')).map((arg) => (isAbsolute(arg) ? arg : resolve(workingDirectory, arg)));
}

/**
 * What waits for the UI: the latest request, with paths opened one after another (a second
 * launch, macOS handing files over one by one) merged into one request, so the member's Basic
 * and Complete archives are read together.
 */
export function mergeWaiting(waiting: AnalysisRequest | null, next: AnalysisRequest): AnalysisRequest {
  if (waiting?.kind === 'paths' && next.kind === 'paths') return { kind: 'paths', paths: [...waiting.paths, ...next.paths] };
  return next;
}

export class OpenRequestQueue {
  private waiting: AnalysisRequest | null = null;
  private deliver: ((request: AnalysisRequest) => void) | null = null;

  /** Sends now if the UI is ready, else keeps the request for when it is. */
  push(request: AnalysisRequest): void {
    if (request.kind === 'paths' && request.paths.length === 0) return;
    if (this.deliver) this.deliver(request);
    else this.waiting = mergeWaiting(this.waiting, request);
  }

  /** The UI has loaded: send what waited, and from now on send at once. */
  ready(deliver: (request: AnalysisRequest) => void): void {
    this.deliver = deliver;
    const waiting = this.waiting;
    this.waiting = null;
    if (waiting) deliver(waiting);
  }

  /** The UI is (re)loading: hold requests again. */
  notReady(): void {
    this.deliver = null;
  }
}
