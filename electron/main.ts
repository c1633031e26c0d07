// Runtime: Electron main, the app's entry. Wiring only: the window, its security, the IPC
// answers, the menu and where opened exports come from. The work happens in the parse worker
// (a utility process) and in the UI.

import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { BrowserWindow, Menu, app, clipboard, dialog, ipcMain, protocol, session, shell, utilityProcess, type Session } from 'electron';
import { IPC, type AnalysisEvent } from '../shared/contract/desktopApi';
import { AnalysisRunner } from './analysisRunner';
import { APP_ENTRY_URL, PRIVILEGED_SCHEMES } from './appScheme';
import { registerAppProtocol } from './appProtocol';
import { hardenSession } from './hardenSession';
import { ipcHandlers, registerIpcHandlers } from './ipcHandlers';
import { PRIVACY_TEXT, aboutText, menuTemplate } from './menu';
import { guardWebContents } from './navigationGuard';
import { chosenPaths, openDialogOptions, type OpenTarget } from './openDialog';
import { OpenRequestQueue, pathsFromArgv } from './openRequests';
import { renderPdf } from './renderPdf';
import { saveReport } from './saveReport';
import { windowOptions } from './windowOptions';

const PRODUCT_NAME = 'LinkedIn AI Exposure';
/** The UI's session lives in memory only: no cache, storage or cookies reach the disk. */
const UI_PARTITION = 'ui';

// Before `ready`: the schemes' privileges, and the sandbox for every renderer.
protocol.registerSchemesAsPrivileged(PRIVILEGED_SCHEMES);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
const openRequests = new OpenRequestQueue();

function liveWindow(): BrowserWindow | null {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
}

function sendToWindow(channel: string, payload: unknown): void {
  liveWindow()?.webContents.send(channel, payload);
}

const analysis = new AnalysisRunner(
  () => utilityProcess.fork(join(__dirname, 'parseWorker.cjs'), [], { serviceName: 'Export reader', stdio: 'inherit' }),
  (event: AnalysisEvent) => sendToWindow(IPC.analysisEvent, event),
);

async function askForExport(target: OpenTarget): Promise<string[] | null> {
  const options = openDialogOptions(process.platform, target);
  const window = liveWindow();
  return chosenPaths(window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options));
}

function showMessage(text: { message: string; detail: string }): void {
  const window = liveWindow();
  const options = { type: 'info' as const, title: PRODUCT_NAME, message: text.message, detail: text.detail, buttons: ['OK'] };
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

function createMainWindow(uiSession: Session): BrowserWindow {
  const window = new BrowserWindow(
    windowOptions({ preload: join(__dirname, 'preload.cjs'), session: uiSession, devTools: !app.isPackaged, title: PRODUCT_NAME }),
  );
  window.once('ready-to-show', () => window.show());
  window.webContents.on('did-start-loading', () => openRequests.notReady());
  window.webContents.on('did-finish-load', () => openRequests.ready((request) => window.webContents.send(IPC.openRequest, request)));
  window.on('closed', () => {
    analysis.stop();
    openRequests.notReady();
    mainWindow = null;
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

function focusWindow(): void {
  const window = liveWindow();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

function whenReady(): void {
  hardenSession(session.defaultSession);
  const uiSession = session.fromPartition(UI_PARTITION, { cache: false });
  hardenSession(uiSession);
  registerAppProtocol(uiSession, join(__dirname, '..', 'renderer'));

  registerIpcHandlers(
    ipcMain,
    ipcHandlers({
      trustedContents: () => liveWindow()?.webContents ?? null,
      showOpenDialog: () => askForExport('zip-or-folder'),
      startAnalysis: (start) => analysis.start(start),
      cancelAnalysis: () => analysis.cancel(),
      saveReport: (request) =>
        saveReport(request, {
          showSaveDialog: (options) => {
            const window = liveWindow();
            return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
          },
          writeFile: (path, data) => writeFile(path, data),
          renderPdf,
          defaultDirectory: app.getPath('documents'),
        }),
      copyText: (text) => clipboard.writeText(text),
      openExternal: (url) => shell.openExternal(url),
    }),
  );

  const openFrom = (target: OpenTarget) => () => void askForExport(target).then((paths) => paths && openRequests.push({ kind: 'paths', paths }));
  const actions = {
    open: openFrom('zip-or-folder'),
    openFolder: openFrom('folder'),
    // Through the UI, like any export: it starts the analysis and shows its progress.
    openSample: () => openRequests.push({ kind: 'sample' }),
    about: () => showMessage(aboutText(PRODUCT_NAME, app.getVersion())),
    privacy: () => showMessage(PRIVACY_TEXT),
  };
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ isMac: process.platform === 'darwin', isPackaged: app.isPackaged, productName: PRODUCT_NAME }, actions)));

  mainWindow = createMainWindow(uiSession);
  app.on('activate', () => {
    if (!liveWindow()) mainWindow = createMainWindow(uiSession);
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another window is open: it received our paths through 'second-instance'.
  app.quit();
} else {
  // `npm start -- ../export.zip` runs in the project folder; npm says where the member typed it.
  const launchDirectory = process.defaultApp && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
  openRequests.push({ kind: 'paths', paths: pathsFromArgv(process.argv, launchDirectory, process.defaultApp === true) });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openRequests.push({ kind: 'paths', paths: [path] });
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    openRequests.push({ kind: 'paths', paths: pathsFromArgv(argv, workingDirectory, process.defaultApp === true) });
    focusWindow();
  });
  app.on('session-created', hardenSession);
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => analysis.stop());
  void app.whenReady().then(whenReady);
}
