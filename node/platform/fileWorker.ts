// Runtime: Node worker thread. Reads the files the threaded executor hands it, one at a time,
// with the same shared code as the main thread, and posts back each file's plain-data outcome.

import { transferredZip } from '../../shared/archive/randomAccess';
import type { FileSource } from '../../shared/archive/types';
import { readZipEntry } from '../../shared/archive/zipEntryReader';
import type { FileOutcome } from '../../shared/scan/fileTask';
import { readTransferredTask, type TransferredFileTask } from '../../shared/scan/transferredTask';
import { openRegularFile, regularFileChunks } from './nodeFiles';
import { nodeCrc32, nodeInflater } from './nodeInflater';
import { nodeTextDecoder } from './nodeTextDecoder';
import { serveTasks } from './threadPool';

/** The same reading as on the main thread: the zip opened here by its path (or the slot's bytes). */
function contentOf(source: FileSource): AsyncIterable<Uint8Array> {
  if (source.kind === 'local-path') return regularFileChunks(source.path);
  const { zip } = source;
  const open = 'path' in zip ? () => openRegularFile(zip.path) : transferredZip(zip).open;
  return readZipEntry(open, source.entry, { inflate: nodeInflater, crc32: nodeCrc32 }, source.budgetBytes);
}

serveTasks<TransferredFileTask, FileOutcome, number>((task, progress) => readTransferredTask(task, () => contentOf(task.source), nodeTextDecoder, progress));
