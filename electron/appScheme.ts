// Runtime: Electron main. The app's own origin: the UI is served from app://app/ (never file://),
// and a printed report from its own scheme in its own session. Both are registered as standard
// and secure so they have a real origin, same-origin rules and a working CSP.

import type { CustomScheme } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** The scheme a report is printed from (only in the PDF window's private session). */
export const REPORT_SCHEME = 'lae-report';
export const REPORT_HOST = 'report';

/**
 * Registered once, before `ready`. Not `bypassCSP`, not `corsEnabled` (which would let other
 * origins read our responses), no service workers; `supportFetchAPI` so the UI may load its own
 * assets with fetch (module preloads, workers).
 */
export const PRIVILEGED_SCHEMES: CustomScheme[] = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  { scheme: REPORT_SCHEME, privileges: { standard: true, secure: true } },
];

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Is this URL the app's own UI? (`URL.origin` is "null" for custom schemes, so compare parts.) */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}
