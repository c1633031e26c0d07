// The analysis worker's second thread (a Worker nested in it): reads the file tasks it is handed,
// one at a time, with the same shared code as the analysis worker, and posts back each file's
// plain-data outcome. The zip arrives as the member's File (structured-cloneable), read here by
// ranges, as Node's file worker opens the zip by its path.

import { transferredZip } from '../../shared/archive/randomAccess';
import { jsCrc32 } from '../../shared/archive/crc32';
import { webInflater } from '../../shared/archive/inflate';
import { readZipEntry } from '../../shared/archive/zipEntryReader';
import { readTransferredTask, type TransferredFileTask } from '../../shared/scan/transferredTask';
import { failedMessage } from '../../shared/platform/threadMessage';
import type { FileReadMessage } from './nestedWorkers';

const scope = self as unknown as {
  postMessage(message: FileReadMessage): void;
  onmessage: ((message: MessageEvent<TransferredFileTask>) => void) | null;
};

function contentOf({ source }: TransferredFileTask): AsyncIterable<Uint8Array> {
  // Only zips are handed over here: a browser has no paths.
  if (source.kind !== 'zip-entry' || 'path' in source.zip) throw new Error('This reader reads zip entries by their File or bytes.');
  return readZipEntry(transferredZip(source.zip).open, source.entry, { inflate: webInflater(), crc32: jsCrc32 }, source.budgetBytes);
}

scope.onmessage = ({ data: task }) => {
  readTransferredTask(task, () => contentOf(task), undefined, (progress) => scope.postMessage({ type: 'progress', progress })).then(
    (result) => scope.postMessage({ type: 'done', result }),
    (error: unknown) => scope.postMessage(failedMessage(error)),
  );
};
