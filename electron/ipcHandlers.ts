// Runtime: Electron main. The answers to the UI's requests. Each one first checks who asks (our
// window's top frame on app://) and then what it asks, at run time: TypeScript types do not
// reach across the process boundary, and a compromised page could send anything.

import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { IPC, isCopyText, isStartAnalysis, type SaveReportResult, type StartAnalysis } from '../shared/contract/desktopApi';
import { openExternalIfAllowed } from './externalLinks';
import { UntrustedSenderError, isTrustedSender } from './ipcSender';

export interface IpcDeps {
  /** The main window's contents: the only sender answered. */
  trustedContents(): WebContents | null;
  showOpenDialog(): Promise<readonly string[] | null>;
  startAnalysis(start: StartAnalysis): void;
  cancelAnalysis(): void;
  saveReport(request: unknown): Promise<SaveReportResult>;
  /** The system clipboard (Electron's clipboard.writeText). */
  copyText(text: string): void;
  openExternal(url: string): Promise<void>;
}

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

export function ipcHandlers(deps: IpcDeps): Record<string, Handler> {
  const guarded =
    (channel: string, handle: (...args: unknown[]) => Promise<unknown>): Handler =>
    async (event, ...args) => {
      if (!isTrustedSender(event, deps.trustedContents())) throw new UntrustedSenderError(channel);
      return handle(...args);
    };
  return {
    [IPC.openDialog]: guarded(IPC.openDialog, () => deps.showOpenDialog()),
    [IPC.startAnalysis]: guarded(IPC.startAnalysis, async (start) => {
      if (!isStartAnalysis(start)) throw new TypeError('Refused analysis:start: the request is not a valid StartAnalysis.');
      deps.startAnalysis(start);
    }),
    [IPC.cancelAnalysis]: guarded(IPC.cancelAnalysis, async () => deps.cancelAnalysis()),
    [IPC.saveReport]: guarded(IPC.saveReport, (request) => deps.saveReport(request)),
    [IPC.copyText]: guarded(IPC.copyText, async (text) => {
      if (!isCopyText(text)) return false;
      deps.copyText(text);
      return true;
    }),
    [IPC.openExternal]: guarded(IPC.openExternal, (url) => openExternalIfAllowed(url, deps.openExternal)),
  };
}

export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, handlers: Record<string, Handler>): void {
  for (const [channel, handler] of Object.entries(handlers)) ipcMain.handle(channel, handler);
}
