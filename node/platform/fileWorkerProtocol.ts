// Runtime: Node. A task the threaded executor hands its file workers (plain data); they answer
// through the thread pool's protocol (threadPool.ts): bytes read as progress, then the file's outcome.

import type { FileSource, ReadLimits } from '../../shared/archive/types';
import type { FileIdentity } from '../../shared/scan/csvFileScanner';
import type { MemberIdentity } from '../../shared/scan/messageOwnership';
import type { RowKeysRequest } from '../../shared/scan/rowKeys';

export interface FileWorkerTask {
  /** A zip entry (by the zip's path, or its slot's bytes) or a file by its path: the worker reads it itself. */
  readonly source: FileSource;
  readonly path: string;
  readonly storedName: string;
  readonly claimedSize: number;
  readonly compressedSize: number;
  readonly identity: FileIdentity;
  readonly limits: ReadLimits;
  readonly member: MemberIdentity;
  readonly rowKeys: RowKeysRequest | null;
  readonly collectItems: boolean;
}
