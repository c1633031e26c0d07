// Runtime: Electron main. No page of ours may go anywhere else: no new windows, no navigation or
// redirect away from the app's origin, no <webview>. Applied to every webContents created.

import type { WebContents } from 'electron';
import { isAppUrl } from './appScheme';

/** Each handler alone, so tests can call exactly what Electron would. */
export const navigationHandlers = {
  windowOpen: () => ({ action: 'deny' as const }),
  willNavigate: (event: { preventDefault(): void; url: string }) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  },
  willRedirect: (event: { preventDefault(): void; url: string }) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  },
  willAttachWebview: (event: { preventDefault(): void }) => event.preventDefault(),
  selectBluetoothDevice: (event: { preventDefault(): void }, _devices: unknown, callback: (deviceId: string) => void) => {
    event.preventDefault();
    callback('');
  },
};

export function guardWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(navigationHandlers.windowOpen);
  contents.on('will-navigate', navigationHandlers.willNavigate);
  contents.on('will-frame-navigate', navigationHandlers.willNavigate);
  contents.on('will-redirect', navigationHandlers.willRedirect);
  contents.on('will-attach-webview', navigationHandlers.willAttachWebview);
  contents.on('select-bluetooth-device', navigationHandlers.selectBluetoothDevice);
}
