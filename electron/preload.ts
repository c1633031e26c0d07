// Runtime: Electron preload (sandboxed: it may require only 'electron'; everything else is
// bundled in). Gives the page named functions and nothing else: never ipcRenderer, never an
// IPC event object, never a way to pick a channel.

import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { BRIDGE_NAME, IPC, type AnalysisEvent, type DesktopApi, type DroppedFile, type Unsubscribe } from '../shared/contract/desktopApi';

/** Listens on one fixed channel; the page's callback sees only the payload. */
function subscribe<T>(channel: string, listener: (payload: T) => void): Unsubscribe {
  const relay = (_event: IpcRendererEvent, payload: T) => listener(payload);
  ipcRenderer.on(channel, relay);
  return () => {
    ipcRenderer.removeListener(channel, relay);
  };
}

/**
 * Exports opened before the page subscribed (a path on the command line arrives as soon as the
 * page loads, possibly before React has mounted) wait here for the first listener.
 */
const earlyOpenRequests: (readonly string[])[] = [];
let openListeners = 0;
ipcRenderer.on(IPC.openRequest, (_event, paths: readonly string[]) => {
  if (openListeners === 0) earlyOpenRequests.push(paths);
});

function onOpenRequest(listener: (paths: readonly string[]) => void): Unsubscribe {
  const unsubscribe = subscribe(IPC.openRequest, listener);
  openListeners++;
  for (const paths of earlyOpenRequests.splice(0)) listener(paths);
  let subscribed = true;
  return () => {
    if (!subscribed) return;
    subscribed = false;
    openListeners--;
    unsubscribe();
  };
}

const api = {
  pathForFile(file: DroppedFile): string {
    try {
      return webUtils.getPathForFile(file as File);
    } catch {
      return '';
    }
  },
  openExportDialog: () => ipcRenderer.invoke(IPC.openDialog),
  startAnalysis: (request) => ipcRenderer.invoke(IPC.startAnalysis, request),
  cancelAnalysis: () => ipcRenderer.invoke(IPC.cancelAnalysis),
  onAnalysisEvent: (listener: (event: AnalysisEvent) => void) => subscribe(IPC.analysisEvent, listener),
  onOpenRequest,
  saveReport: (request) => ipcRenderer.invoke(IPC.saveReport, request),
  openLinkedIn(url: string): Promise<boolean> {
    // Only on a click: a script cannot open the browser by itself.
    if (!navigator.userActivation.isActive) return Promise.resolve(false);
    return ipcRenderer.invoke(IPC.openExternal, url);
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld(BRIDGE_NAME, api);
