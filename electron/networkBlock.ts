// Runtime: Electron main. The app is offline by construction: every request a session makes
// that is not to the app's own schemes (or inline data) is cancelled before it starts. Deny by
// default, so http, https, ws, wss, ftp and file are all refused, and so is any scheme we forget.

import type { Session } from 'electron';
import { APP_SCHEME, REPORT_SCHEME } from './appScheme';

const ALLOWED_PROTOCOLS = new Set([`${APP_SCHEME}:`, `${REPORT_SCHEME}:`, 'data:', 'blob:', 'devtools:']);

export function isAllowedRequestUrl(url: string): boolean {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return false;
  }
  return ALLOWED_PROTOCOLS.has(protocol);
}

/** Cancels every request of this session that leaves the app. */
export function blockNetwork(ses: Session): void {
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
}
