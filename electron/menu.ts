// Runtime: Electron main. The application menu, as a pure template so a test can check that
// development-only items (reload, developer tools) never reach a packaged build.

import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  open(): void;
  openFolder(): void;
  openSample(): void;
  about(): void;
  privacy(): void;
}

export interface MenuSettings {
  readonly isMac: boolean;
  readonly isPackaged: boolean;
  readonly productName: string;
}

export const PRIVACY_ITEM_LABEL = 'Privacy: nothing leaves your computer';

export function menuTemplate(settings: MenuSettings, actions: MenuActions): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => actions.open() },
      // macOS's Open dialog takes folders too; elsewhere a dialog picks files or folders, not both.
      ...(settings.isMac ? [] : [{ label: 'Open folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.openFolder() }]),
      { label: 'Open sample data', click: () => actions.openSample() },
      { type: 'separator' },
      settings.isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [{ role: 'undo' }, { role: 'redo' }, { type: 'separator' }, { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }],
  };
  const development: MenuItemConstructorOptions[] = settings.isPackaged ? [] : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [...development, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
  };
  const help: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [
      { label: `About ${settings.productName}`, click: () => actions.about() },
      { label: PRIVACY_ITEM_LABEL, click: () => actions.privacy() },
    ],
  };
  // macOS puts Quit, Hide and About in the menu named after the app.
  const appMenu: MenuItemConstructorOptions[] = settings.isMac ? [{ role: 'appMenu' }] : [];
  return [...appMenu, file, edit, view, help];
}

export function aboutText(productName: string, version: string): { message: string; detail: string } {
  return {
    message: `${productName} ${version}`,
    detail: 'Shows, on your own computer, how much of your LinkedIn data export could have gone into training LinkedIn\u2019s generative AI.\n\nIt reads your export locally and never connects to the internet.',
  };
}

export const PRIVACY_TEXT = {
  message: 'Nothing leaves your computer',
  detail:
    'Your export is read on this computer, in memory. The app makes no network connections (it blocks them), sends no telemetry or crash reports, keeps no copies of your data and writes nothing except the reports you choose to save, where you choose to save them.\n\nThe only links it opens are LinkedIn\u2019s own settings pages, in your browser, when you click them.',
};
