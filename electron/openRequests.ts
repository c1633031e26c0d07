// Runtime: Electron main. Exports the member opens from outside the window (command line, a
// second launch, macOS "Open With", File > Open) wait here until the UI can take them.

import { isAbsolute, resolve } from 'node:path';

/** Paths on a command line: everything after the app itself that is not a switch. */
export function pathsFromArgv(argv: readonly string[], workingDirectory: string, defaultApp: boolean): string[] {
  // `electron . file.zip` (development) has the app path before the files; a packaged app not.
  const args = argv.slice(defaultApp ? 2 : 1);
  return args.filter((arg) => arg.length > 0 && !arg.startsWith('-') && !arg.includes('\0')).map((arg) => (isAbsolute(arg) ? arg : resolve(workingDirectory, arg)));
}

export class OpenRequestQueue {
  private pending: string[] = [];
  private deliver: ((paths: readonly string[]) => void) | null = null;

  /** Sends now if the UI is ready, else keeps the paths for when it is. */
  push(paths: readonly string[]): void {
    if (paths.length === 0) return;
    if (this.deliver) this.deliver(paths);
    else this.pending.push(...paths);
  }

  /** The UI has loaded: send what waited, and from now on send at once. */
  ready(deliver: (paths: readonly string[]) => void): void {
    this.deliver = deliver;
    const waiting = this.pending;
    this.pending = [];
    if (waiting.length > 0) deliver(waiting);
  }

  /** The UI is (re)loading: hold paths again. */
  notReady(): void {
    this.deliver = null;
  }
}
