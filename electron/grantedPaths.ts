// Runtime: Electron main. The paths the member gave this app, and only those, may be analyzed: what
// they chose in the app's own open dialog, dropped on the window (the preload hands over the path
// of a real dropped File: a page script cannot make a File with a path), named on the command
// line, opened with the app (macOS `open-file`) or on a second launch. A renderer that asks for
// any other path, a compromised page included, is refused.

import { resolve } from 'node:path';
import type { AnalysisRequest } from '../shared/contract/desktopApi';

export class GrantedPaths {
  private readonly granted = new Set<string>();

  grant(paths: readonly string[]): void {
    for (const path of paths) this.granted.add(resolve(path));
  }

  /** The sample always; paths only when every one was given by the member. */
  allows(request: AnalysisRequest): boolean {
    return request.kind === 'sample' || request.paths.every((path) => this.granted.has(resolve(path)));
  }
}
