// Runtime: Electron main. Whom the IPC handlers answer: only the top frame of our own window,
// showing our own origin. Not an iframe, not another window, not a page that navigated away.

import type { WebContents, WebFrameMain } from 'electron';
import { isAppUrl } from './appScheme';

/** The parts of an IPC event the check reads (IpcMainEvent and IpcMainInvokeEvent both fit). */
export interface IpcSenderInfo {
  readonly sender: WebContents;
  readonly senderFrame: WebFrameMain | null;
}

export function isTrustedSender(event: IpcSenderInfo, expected: WebContents | null): boolean {
  if (expected === null || expected.isDestroyed() || event.sender !== expected) return false;
  try {
    const frame = event.senderFrame;
    if (frame === null || frame.detached || frame.parent !== null) return false;
    const top = expected.mainFrame;
    const sameFrame = frame === top || (frame.processId === top.processId && frame.frameToken === top.frameToken);
    return sameFrame && isAppUrl(frame.url);
  } catch {
    // A frame that is gone (navigated, closed) cannot be read: it is not trusted.
    return false;
  }
}

export class UntrustedSenderError extends Error {
  constructor(channel: string) {
    super(`Refused ${channel}: the request did not come from the app's own window.`);
    this.name = 'UntrustedSenderError';
  }
}
