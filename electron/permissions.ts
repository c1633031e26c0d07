// Runtime: Electron main. The UI needs no browser permission at all (no camera, microphone,
// notifications, location, clipboard reads, devices, screen capture): every request and every
// check is refused, and device pickers never pick anything.

import type { Session } from 'electron';

/** Every USB class is protected, so no page can claim any USB device. */
const ALL_USB_CLASSES = ['audio', 'audio-video', 'hid', 'mass-storage', 'smart-card', 'video', 'wireless'];

export function denyAllPermissions(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  ses.setUSBProtectedClassesHandler(() => ALL_USB_CLASSES);
  ses.setBluetoothPairingHandler((_details, callback) => callback({ confirmed: false }));
  // Device pickers: cancelled without asking.
  ses.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  ses.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  ses.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
}
