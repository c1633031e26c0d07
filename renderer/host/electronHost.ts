// The host inside Electron: the preload bridge (DesktopApi) reads the export in another process;
// dropped files become paths through pathForFile; reports are saved and copied by the main process.

import { BRIDGE_NAME, isFinalEvent, type AnalysisEvent, type DesktopApi, type SaveReportRequest, type SaveReportResult } from '../../shared/contract/desktopApi';
import type { PolicySettings } from '../../shared/analysis/exposure';
import type { AnalysisHost, AnalysisRun, DroppedItem, ExportSelection, HostEvent } from './analysisHost';
import { packedItemStore } from './itemStore';

function hostEvent(event: AnalysisEvent): HostEvent {
  return event.type === 'done' ? { type: 'done', result: { scan: event.scan, items: packedItemStore(event.items), analysis: event.analysis } } : event;
}

export function desktopBridge(): DesktopApi | null {
  const bridge = (window as unknown as Record<string, unknown>)[BRIDGE_NAME];
  return bridge && typeof bridge === 'object' ? (bridge as DesktopApi) : null;
}

function pathsSelection(api: DesktopApi, files: readonly File[]): ExportSelection | null {
  const paths = files.map((file) => api.pathForFile(file)).filter((path) => path.length > 0);
  return paths.length > 0 ? { kind: 'paths', paths } : null;
}

export function electronHost(api: DesktopApi): AnalysisHost {
  return {
    kind: 'electron',
    async openDialog() {
      const paths = await api.openExportDialog();
      return paths && paths.length > 0 ? { kind: 'paths', paths } : null;
    },
    async selectionFromDrop(items: readonly DroppedItem[]) {
      return pathsSelection(api, items.flatMap((item) => (item.file ? [item.file] : [])));
    },
    selectionFromPicked(files: readonly File[]) {
      return pathsSelection(api, files);
    },
    start(selection: ExportSelection, onEvent: (event: HostEvent) => void, settings: PolicySettings): AnalysisRun {
      let active = true;
      const unsubscribe = api.onAnalysisEvent((event) => {
        if (!active) return;
        if (isFinalEvent(event)) stop();
        onEvent(hostEvent(event));
      });
      function stop() {
        active = false;
        unsubscribe();
      }
      if (selection.kind === 'files') {
        stop();
        queueMicrotask(() => onEvent({ type: 'failed', messages: ['These files have no path on disk. Drop them again, or use Open.'] }));
        return { cancel: () => undefined };
      }
      const request = selection.kind === 'sample' ? ({ kind: 'sample' } as const) : ({ kind: 'paths', paths: selection.paths } as const);
      api.startAnalysis({ request, settings }).catch((error: unknown) => {
        if (!active) return;
        stop();
        onEvent({ type: 'failed', messages: [`The analysis could not start (${error instanceof Error ? error.message : String(error)}).`] });
      });
      return {
        cancel() {
          if (!active) return;
          stop();
          void api.cancelAnalysis();
        },
      };
    },
    onOpenRequest(listener) {
      return api.onOpenRequest((request) => {
        if (request.kind === 'sample') listener({ kind: 'sample' });
        else if (request.paths.length > 0) listener({ kind: 'paths', paths: request.paths });
      });
    },
    openLinkedIn(url: string) {
      return api.openLinkedIn(url);
    },
    canPrintPdf: true,
    async saveReport(request: SaveReportRequest): Promise<SaveReportResult> {
      try {
        return await api.saveReport(request);
      } catch {
        // Electron's wording ("Error invoking remote method…") says nothing to a member.
        return { saved: false, reason: 'failed', message: 'The report could not be saved: the app did not answer. Please try again.' };
      }
    },
    copyText(text: string) {
      return api.copyText(text).catch(() => false);
    },
  };
}
