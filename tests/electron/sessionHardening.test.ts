// The network block, the permission denials and the rest of hardenSession, against a recording
// stand-in for Electron's Session: each handler is called the way Electron would call it.
import { describe, expect, it, vi } from 'vitest';
import type { Session } from 'electron';
import { blockNetwork, isAllowedRequestUrl } from '../../electron/networkBlock';
import { denyAllPermissions } from '../../electron/permissions';
import { hardenSession } from '../../electron/hardenSession';

type Listener = (...args: unknown[]) => void;

function recordingSession() {
  const handlers: Record<string, Listener> = {};
  const events: Record<string, Listener[]> = {};
  const ses = {
    webRequest: { onBeforeRequest: (listener: Listener) => (handlers.onBeforeRequest = listener) },
    setPermissionRequestHandler: (h: Listener) => (handlers.permissionRequest = h),
    setPermissionCheckHandler: (h: Listener) => (handlers.permissionCheck = h),
    setDevicePermissionHandler: (h: Listener) => (handlers.devicePermission = h),
    setDisplayMediaRequestHandler: (h: Listener) => (handlers.displayMedia = h),
    setUSBProtectedClassesHandler: (h: Listener) => (handlers.usbClasses = h),
    setBluetoothPairingHandler: (h: Listener) => (handlers.bluetoothPairing = h),
    setSpellCheckerEnabled: vi.fn(),
    on: (name: string, listener: Listener) => (events[name] ??= []).push(listener),
  };
  return { ses, asSession: ses as unknown as Session, handlers, events };
}

function cancelled(handler: Listener, url: string): boolean {
  let answer: { cancel?: boolean } | undefined;
  handler({ url, method: 'GET', resourceType: 'xhr' }, (response: { cancel?: boolean }) => (answer = response));
  return answer!.cancel === true;
}

describe('network block', () => {
  const { asSession, handlers } = recordingSession();
  blockNetwork(asSession);

  it.each([
    'http://example.com/',
    'https://www.linkedin.com/',
    'ws://127.0.0.1:9000/',
    'wss://example.com/socket',
    'ftp://example.com/file',
    'file:///etc/passwd',
    'chrome-extension://abc/x.js',
    'not a url',
  ])('cancels %s', (url) => {
    expect(isAllowedRequestUrl(url)).toBe(false);
    expect(cancelled(handlers.onBeforeRequest!, url)).toBe(true);
  });

  it.each(['app://app/index.html', 'app://app/assets/index.js', 'lae-report://report/x.html', 'data:image/png;base64,AAAA', 'blob:app://app/1234'])('lets %s through', (url) => {
    expect(isAllowedRequestUrl(url)).toBe(true);
    expect(cancelled(handlers.onBeforeRequest!, url)).toBe(false);
  });
});

describe('permissions', () => {
  const { asSession, handlers, events } = recordingSession();
  denyAllPermissions(asSession);

  it.each(['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen', 'display-capture', 'unknown'])('refuses a %s request and check', (permission) => {
    const callback = vi.fn();
    handlers.permissionRequest!({}, permission, callback, {});
    expect(callback).toHaveBeenCalledWith(false);
    expect(handlers.permissionCheck!(null, permission, 'app://app', {})).toBe(false);
  });

  it('refuses devices, screen capture, USB and Bluetooth pairing', () => {
    expect(handlers.devicePermission!({ deviceType: 'usb', origin: 'app://app' })).toBe(false);
    const media = vi.fn();
    handlers.displayMedia!({}, media);
    expect(media).toHaveBeenCalledWith(null);
    expect(handlers.usbClasses!({ protectedClasses: [] })).toEqual(expect.arrayContaining(['hid', 'mass-storage', 'video', 'audio']));
    const pairing = vi.fn();
    handlers.bluetoothPairing!({}, pairing);
    expect(pairing).toHaveBeenCalledWith({ confirmed: false });
  });

  it.each(['select-hid-device', 'select-usb-device', 'select-serial-port'])('cancels the %s picker without choosing', (name) => {
    const event = { preventDefault: vi.fn() };
    const callback = vi.fn();
    const listener = events[name]![0]!;
    if (name === 'select-serial-port') listener(event, [{ portId: '1' }], {}, callback);
    else listener(event, { deviceList: [{ deviceId: '1' }] }, callback);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(callback).toHaveBeenCalledTimes(1);
    expect(callback.mock.calls[0]![0] ?? '').toBe('');
  });
});

describe('hardenSession', () => {
  it('blocks the network, denies permissions, turns the spellchecker off and refuses downloads, once per session', () => {
    const { ses, asSession, handlers, events } = recordingSession();
    hardenSession(asSession);
    hardenSession(asSession);
    expect(cancelled(handlers.onBeforeRequest!, 'https://example.com/')).toBe(true);
    expect(handlers.permissionCheck!(null, 'media', 'app://app', {})).toBe(false);
    expect(ses.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    expect(events['will-download']).toHaveLength(1);
    const download = { preventDefault: vi.fn() };
    events['will-download']![0]!(download, {}, {});
    expect(download.preventDefault).toHaveBeenCalled();
  });
});
