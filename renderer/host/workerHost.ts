// The host in a plain browser: a Web Worker reads the export, so the page's main thread stays
// free while it runs. One worker per run, ended once the items' text has crossed (after the
// results are shown); Cancel terminates it, which stops the work at once.
// The next run's worker is started ahead, while the page is idle, so a drop is answered with
// progress at once instead of after the worker's script has loaded.

import { isAllowedExternalUrl } from '../../shared/contract/desktopApi';
import type { PolicySettings } from '../../shared/analysis/exposure';
import type { PackedItems } from '../../shared/items/packedItems';
import type { AnalysisHost, AnalysisRun, ExportSelection, HostEvent } from './analysisHost';
import { downloadReport } from './browserDownload';
import { folderOfPicked, selectionOfDrop } from './droppedEntries';
import { packedItemStore } from './itemStore';
import type { StartMessage, WorkerEvent } from './workerProtocol';

function newWorker(): Worker {
  return new Worker(new URL('./analysisWorker.ts', import.meta.url), { type: 'module', name: 'analysis' });
}

let spare: Worker | null = null;

function takeWorker(): Worker {
  const worker = spare ?? newWorker();
  spare = null;
  return worker;
}

/** Starts the next run's worker once this one is done with. */
function prepareSpare(): void {
  setTimeout(() => {
    spare ??= newWorker();
  }, 0);
}

function startWorker(selection: ExportSelection, onEvent: (event: HostEvent) => void, settings: PolicySettings): AnalysisRun {
  if (selection.kind === 'paths') {
    queueMicrotask(() => onEvent({ type: 'failed', messages: ['A web page cannot open files by path. Drop the export here, or use Open.'] }));
    return { cancel: () => undefined };
  }
  const worker = takeWorker();
  let active = true;
  const stop = () => {
    active = false;
    worker.terminate();
    prepareSpare();
  };
  // The results are shown as soon as they come; the items follow, and the worker ends after them.
  let items: PackedItems | null = null;
  // Concatenated with +, the pieces stay a rope until first read: no 30 MB copy in one task.
  let text = '';
  worker.onmessage = (message: MessageEvent<WorkerEvent>) => {
    if (!active) return;
    const event = message.data;
    switch (event.type) {
      case 'progress':
      case 'verdict-ready':
        onEvent(event);
        break;
      case 'results':
        onEvent({ type: 'done', result: { scan: event.scan, items: null, analysis: event.analysis } });
        break;
      case 'items':
        items = event.items;
        break;
      case 'items-text':
        text += event.chunk;
        break;
      case 'items-done':
        stop();
        onEvent({ type: 'items', items: packedItemStore({ ...items!, text }) });
        break;
      default:
        stop();
        onEvent(event);
    }
  };
  worker.onerror = (error: ErrorEvent) => {
    if (!active) return;
    stop();
    onEvent({ type: 'failed', messages: [`The reader stopped unexpectedly (${error.message || 'no details'}). Please try again.`] });
  };
  const start: StartMessage = { type: 'start', source: selection, settings };
  worker.postMessage(start);
  return {
    cancel() {
      if (active) stop();
    },
  };
}

export function workerHost(): AnalysisHost {
  prepareSpare();
  return {
    kind: 'browser',
    openDialog: null,
    selectionFromDrop: selectionOfDrop,
    selectionFromPicked(files, as) {
      if (files.length === 0) return null;
      return as === 'folder' ? { kind: 'files', files: [], folders: [folderOfPicked(files)] } : { kind: 'files', files: [...files], folders: [] };
    },
    start: startWorker,
    onOpenRequest: () => () => undefined,
    async openLinkedIn(url: string) {
      if (!isAllowedExternalUrl(url)) return false;
      // A real link, clicked: a new tab that gets neither this page's window nor its address.
      const link = document.createElement('a');
      link.href = url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      link.click();
      return true;
    },
    canPrintPdf: false,
    async saveReport(request) {
      return downloadReport(request);
    },
    async copyText(text: string) {
      // Runs on the member's click, which the browser requires for writing to the clipboard.
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
  };
}
