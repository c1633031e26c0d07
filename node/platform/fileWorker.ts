// Runtime: Node worker thread. Reads the files the threaded executor hands it, one at a time,
// with the same shared code as the main thread, and posts back each file's plain-data outcome.

import { memoryFile } from '../../shared/archive/randomAccess';
import type { ArchiveFile, FileSource } from '../../shared/archive/types';
import { readZipEntry } from '../../shared/archive/zipEntryReader';
import { matchFile } from '../../shared/catalog/matchFile';
import { readFileTask, type FileOutcome } from '../../shared/scan/fileTask';
import type { FileWorkerTask } from './fileWorkerProtocol';
import { openRegularFile, regularFileChunks } from './nodeFiles';
import { nodeCrc32, nodeInflater } from './nodeInflater';
import { nodeTextDecoder } from './nodeTextDecoder';
import { serveTasks } from './threadPool';

const BYTES_EVERY = 1024 * 1024;

/** The same reading as on the main thread: the zip opened here by its path (or the slot's bytes). */
function contentOf(source: FileSource): AsyncIterable<Uint8Array> {
  if (source.kind === 'local-path') return regularFileChunks(source.path);
  const { zip } = source;
  const open = 'path' in zip ? () => openRegularFile(zip.path) : memoryFile(zip.bytes).open;
  return readZipEntry(open, source.entry, { inflate: nodeInflater, crc32: nodeCrc32 }, source.budgetBytes);
}

function archiveFileOf(task: FileWorkerTask): ArchiveFile {
  return {
    path: task.path,
    storedName: task.storedName,
    claimedSize: task.claimedSize,
    compressedSize: task.compressedSize,
    open: () => contentOf(task.source),
  };
}

serveTasks<FileWorkerTask, FileOutcome, number>((task, progress) => {
  let reported = 0;
  return readFileTask(archiveFileOf(task), matchFile(task.path), task.identity, {
    limits: task.limits,
    decoder: nodeTextDecoder,
    signal: undefined,
    member: task.member,
    rowKeys: task.rowKeys,
    collectItems: task.collectItems,
    onBytes: (bytes) => {
      if (bytes - reported >= BYTES_EVERY) {
        reported = bytes;
        progress(bytes);
      }
    },
  });
});
