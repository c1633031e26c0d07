// Runtime: Node worker thread. Reads the files the threaded executor hands it, one at a time,
// with the same shared code as the main thread, and posts back each file's plain-data outcome.

import { createReadStream } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { storedChunks } from '../../shared/archive/inflate';
import type { ArchiveFile } from '../../shared/archive/types';
import { matchFile } from '../../shared/catalog/matchFile';
import { readFileTask } from '../../shared/scan/fileTask';
import type { FileWorkerMessage, FileWorkerTask } from './fileWorkerProtocol';
import { nodeInflater } from './nodeInflater';
import { nodeTextDecoder } from './nodeTextDecoder';

const BYTES_EVERY = 1024 * 1024;

function archiveFileOf(task: FileWorkerTask): ArchiveFile {
  const { source } = task;
  return {
    path: task.path,
    storedName: task.storedName,
    claimedSize: task.claimedSize,
    compressedSize: task.compressedSize,
    open: () => {
      if (source.kind === 'local-path') return createReadStream(source.path, { highWaterMark: 256 * 1024 });
      return source.kind === 'deflate' ? nodeInflater(source.bytes) : storedChunks(source.bytes);
    },
  };
}

const port = parentPort;
if (!port) throw new Error('fileWorker runs as a worker thread');
const post = (message: FileWorkerMessage) => port.postMessage(message);

port.on('message', (task: FileWorkerTask) => {
  let reported = 0;
  readFileTask(archiveFileOf(task), matchFile(task.path), task.identity, {
    limits: task.limits,
    decoder: nodeTextDecoder,
    signal: undefined,
    member: task.member,
    rowKeys: task.rowKeys,
    collectItems: task.collectItems,
    onBytes: (bytes) => {
      if (bytes - reported >= BYTES_EVERY) {
        reported = bytes;
        post({ type: 'bytes', bytes });
      }
    },
  }).then(
    (outcome) => post({ type: 'done', outcome }),
    (error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});
