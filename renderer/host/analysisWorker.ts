// The browser's reader: runs scanExport off the page's main thread and posts the shared
// contract's events back (progress at most every PROGRESS_INTERVAL_MS, then done or failed).

import { buildAnalysis } from '../../shared/analysis/buildAnalysis';
import { webInflater } from '../../shared/archive/inflate';
import type { ExportInput } from '../../shared/archive/types';
import { sampleInput } from '../../shared/sample';
import { ExportUnreadableError, scanExport } from '../../shared/scan/scanExport';
import type { ScanProgress } from '../../shared/scan/scanTypes';
import { fileFolderReader, fileRandomAccess } from './fileFolderReader';
import { EMPTY_ITEM_INDEX, packItems, textChunks } from '../../shared/items/packedItems';
import { progressThrottle } from './progressThrottle';
import type { RunSettings } from './analysisHost';
import { PROGRESS_INTERVAL_MS, type StartMessage, type WorkerEvent, type WorkerSource } from './workerProtocol';

/** The worker's global scope, typed narrowly (the project compiles against the DOM library). */
const scope = self as unknown as {
  postMessage(message: WorkerEvent, transfer?: Transferable[]): void;
  onmessage: ((message: MessageEvent<StartMessage>) => void) | null;
};

function post(event: WorkerEvent, transfer: Transferable[] = []): void {
  scope.postMessage(event, transfer);
}

function preparing(name: string): ScanProgress {
  return { input: name, file: '', filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0 };
}

async function inputsOf(source: WorkerSource, progress: (p: ScanProgress) => void): Promise<ExportInput[]> {
  if (source.kind === 'sample') {
    progress(preparing('Sample export'));
    return [await sampleInput()];
  }
  const inputs: ExportInput[] = [];
  for (const zip of source.zips) {
    progress(preparing(zip.name));
    // Read by ranges where it lies (File.slice), never copied whole into the worker's memory.
    inputs.push({ kind: 'zip', name: zip.name, file: fileRandomAccess(zip) });
  }
  for (const folder of source.folders) inputs.push({ kind: 'folder', name: folder.name, reader: fileFolderReader(folder) });
  return inputs;
}

async function run(source: WorkerSource, settings: RunSettings | null): Promise<void> {
  const throttle = progressThrottle((progress) => post({ type: 'progress', progress }), PROGRESS_INTERVAL_MS);
  try {
    const inputs = await inputsOf(source, throttle.push);
    const scan = await scanExport(inputs, { inflate: webInflater(), collectItems: true, onProgress: throttle.push });
    throttle.flush();
    const { packed, transfer } = packItems(scan.items ?? EMPTY_ITEM_INDEX);
    for (const chunk of textChunks(packed.text)) post({ type: 'items-text', chunk });
    // The first analysis is worked out here too, so the page only draws it.
    const analysis = settings ? buildAnalysis(scan, { ...settings, asOf: scan.scannedAt.slice(0, 10) }) : null;
    post({ type: 'done', scan: { ...scan, items: null }, items: { ...packed, text: '' }, analysis }, transfer);
  } catch (error) {
    throttle.flush();
    if (error instanceof ExportUnreadableError) {
      post({ type: 'failed', messages: error.errors.map((e) => e.message) });
    } else {
      const detail = error instanceof Error ? error.message : String(error);
      post({ type: 'failed', messages: [`Reading stopped with an unexpected error (${detail.slice(0, 200)}). Please report it, without your export.`] });
    }
  }
}

scope.onmessage = (message) => {
  if (message.data.type === 'start') void run(message.data.source, message.data.settings);
};
