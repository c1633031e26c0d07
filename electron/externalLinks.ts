// Runtime: Electron main. The only way out of the app: LinkedIn's own settings pages, opened in
// the member's browser, never in ours.

import { isAllowedExternalUrl } from '../shared/contract/desktopApi';

export async function openExternalIfAllowed(url: unknown, openExternal: (url: string) => Promise<void>): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false;
  // Re-serialized, so what the browser gets is exactly what was checked.
  await openExternal(new URL(url).toString());
  return true;
}
