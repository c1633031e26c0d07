// The browser's reader: runs the shared analysis pipeline off the page's main thread and posts
// its events back (progress, the verdict once its files are read, the results as soon as all are,
// then the member's items; or why it failed). What is this host's own: reading File objects (the
// largest files in nested workers), and sending the items after the results, their text in pieces.

import type { InputSource } from '../../shared/archive/types';
import { failureEvent } from '../../shared/contract/failureEvent';
import { packItems, textChunks, transferList } from '../../shared/items/packedItems';
import { describeFailure } from '../../shared/pipeline/failures';
import { runAnalysis } from '../../shared/pipeline/runAnalysis';
import { sampleSource } from '../../shared/sample';
import { webInflater } from '../../shared/archive/inflate';
import { blobFile } from '../../shared/archive/randomAccess';
import { fileFolderReader } from './fileFolderReader';
import { nestedWorkerExecutor } from './nestedWorkers';
import type { StartMessage, WorkerEvent, WorkerSource } from './workerProtocol';

/** The worker's global scope, typed narrowly (the project compiles against the DOM library). */
const scope = self as unknown as {
  postMessage(message: WorkerEvent, transfer?: Transferable[]): void;
  onmessage: ((message: MessageEvent<StartMessage>) => void) | null;
};

function post(event: WorkerEvent, transfer: Transferable[] = []): void {
  scope.postMessage(event, transfer);
}

function sourcesOf(source: WorkerSource): InputSource[] {
  if (source.kind === 'sample') return [sampleSource()];
  return [
    // Files given whole, zips or CSVs (the analysis tells which by the name), read by ranges
    // where they lie (File.slice), never copied whole into the worker's memory; a nested
    // worker given the File reads its own entries the same way.
    ...source.files.map((file) => ({ name: file.name, load: async () => ({ kind: 'zip' as const, name: file.name, file: blobFile(file) }) })),
    ...source.folders.map((folder) => ({ name: folder.name, load: async () => ({ kind: 'folder' as const, name: folder.name, reader: fileFolderReader(folder) }) })),
  ];
}

async function run({ source, settings }: StartMessage): Promise<void> {
  try {
    const { items } = await runAnalysis(sourcesOf(source), {
      settings,
      collectItems: true,
      // The member's files on two threads or more (where this browser nests workers); the
      // sample, in memory and small, on this one.
      platform: { inflate: webInflater(), ...(source.kind === 'files' && typeof Worker !== 'undefined' ? { executor: nestedWorkerExecutor() } : {}) },
      onProgress: (progress) => post({ type: 'progress', progress }),
      onVerdictReady: (partial) => post({ type: 'verdict-ready', partial }),
      // The results before the items are packed and sent: the page draws them meanwhile.
      onAnalysis: (result) => post({ type: 'results', ...result }),
    });
    const packed = items ?? packItems([]);
    // The typed arrays moved, not copied; then the text in pieces (one large message would block
    // the page while it is unpacked). (As UTF-8 in a moved buffer it took longer: in Chromium,
    // for 56 M characters, TextEncoder 1.36 s and TextDecoder 0.74 s against 0.74 s for a
    // structured clone of the string.)
    post({ type: 'items', items: { ...packed, text: '' } }, transferList(packed));
    for (const chunk of textChunks(packed.text)) post({ type: 'items-text', chunk });
    post({ type: 'items-done' });
  } catch (error) {
    post(failureEvent(describeFailure(error)));
  }
}

scope.onmessage = (message) => {
  if (message.data.type === 'start') void run(message.data);
};
