// Runtime: Electron preload (sandboxed: it may require only 'electron'; everything else is
// bundled in). Gives the page named functions and nothing else: never ipcRenderer, never an
// IPC event object, never a way to pick a channel.

import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { BRIDGE_NAME, IPC, type AnalysisEvent, type AnalysisRequest, type DesktopApi, type DroppedFile, type Unsubscribe } from '../shared/contract/desktopApi';

/** Listens on one fixed channel; the page's callback sees only the payload. */
function subscribe<T>(channel: string, listener: (payload: T) => void): Unsubscribe {
  const relay = (_event: IpcRendererEvent, payload: T) => listener(payload);
  ipcRenderer.on(channel, relay);
  return () => {
    ipcRenderer.removeListener(channel, relay);
  };
}

/**
 * Exports (or the sample) opened from outside the page. One relay, set up before the page runs:
 * what arrives while nobody listens (a path on the command line, before React has mounted) waits
 * for the next listener, and is handed over a moment after it subscribes, so a listener that
 * unsubscribes at once (React's development double effects) does not swallow it.
 */
const openListeners = new Set<(request: AnalysisRequest) => void>();
const waitingOpenRequests: AnalysisRequest[] = [];

function deliverWaitingOpenRequests(): void {
  if (openListeners.size === 0) return;
  for (const request of waitingOpenRequests.splice(0)) for (const listener of openListeners) listener(request);
}

ipcRenderer.on(IPC.openRequest, (_event, request: AnalysisRequest) => {
  waitingOpenRequests.push(request);
  deliverWaitingOpenRequests();
});

function onOpenRequest(listener: (request: AnalysisRequest) => void): Unsubscribe {
  // A wrapper per subscription, so subscribing the same function twice is two subscriptions.
  const subscription = (request: AnalysisRequest) => listener(request);
  openListeners.add(subscription);
  queueMicrotask(deliverWaitingOpenRequests);
  return () => {
    openListeners.delete(subscription);
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
  startAnalysis: (start) => ipcRenderer.invoke(IPC.startAnalysis, start),
  cancelAnalysis: () => ipcRenderer.invoke(IPC.cancelAnalysis),
  onAnalysisEvent: (listener: (event: AnalysisEvent) => void) => subscribe(IPC.analysisEvent, listener),
  onOpenRequest,
  saveReport: (request) => ipcRenderer.invoke(IPC.saveReport, request),
  copyText(text: string): Promise<boolean> {
    // Only on a click, as a browser would: a script cannot fill the clipboard by itself.
    if (!navigator.userActivation.isActive) return Promise.resolve(false);
    return ipcRenderer.invoke(IPC.copyText, text);
  },
  openLinkedIn(url: string): Promise<boolean> {
    // Only on a click: a script cannot open the browser by itself.
    if (!navigator.userActivation.isActive) return Promise.resolve(false);
    return ipcRenderer.invoke(IPC.openExternal, url);
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld(BRIDGE_NAME, api);
