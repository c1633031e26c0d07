// Runtime: any. Reading one file of an export is a task with a plain-data outcome, so a host
// may run tasks on other threads (Node's worker_threads) and merge them like local ones.

import type { FileMatch } from '../catalog/matchFile';
import { extensionOf } from '../catalog/matchFile';
import type { ArchiveFile, ReadLimits } from '../archive/types';
import type { StreamDecoderFactory } from '../text/decode';
import type { CancelSignal } from '../platform/cancel';
import type { FileIdentity } from './csvFileScanner';
import type { InsightPart } from './insights/insights';
import type { FileItems } from '../items/packedItems';
import { ItemCollector } from './itemCollector';
import type { MemberIdentity } from './messageOwnership';
import { readArticleFile, readCsvFile, unreadFile } from './readArchiveFile';
import type { FileScan } from './scanTypes';

export interface FileTaskOptions {
  readonly limits: ReadLimits;
  readonly decoder: StreamDecoderFactory | undefined;
  readonly signal: CancelSignal | undefined;
  /** Who the member is (their identity files are read first), to tell their own messages apart. */
  readonly member: MemberIdentity;
  readonly collectItems: boolean;
  /** Bytes of text read so far in this file. */
  readonly onBytes: (bytes: number) => void;
}

export interface FileOutcome {
  readonly scan: FileScan;
  /** The file's part of the export's insights (logins, messages…), if it feeds one. */
  readonly insight: InsightPart | null;
  /** This file's own items (the caller places the file in the export). */
  readonly items: FileItems | null;
}

export async function readFileTask(
  file: ArchiveFile,
  match: FileMatch | null,
  identity: FileIdentity,
  options: FileTaskOptions,
): Promise<FileOutcome> {
  const items = options.collectItems ? new ItemCollector() : null;
  const readOptions = { limits: options.limits, signal: options.signal, decoder: options.decoder, onBytes: options.onBytes };
  let scan: FileScan;
  let insight: InsightPart | null = null;
  if (match?.entry.format === 'article') {
    const article = await readArticleFile(file, match, identity, readOptions);
    scan = article.scan;
    items?.add(scan.histogram.days[0] ?? null, scan.ownText.words, article.excerpt);
  } else if (match || extensionOf(identity.name) === 'csv') {
    ({ scan, insight } = await readCsvFile(file, match, identity, { member: options.member, items }, readOptions));
  } else {
    scan = unreadFile(file, identity);
  }
  return { scan, insight, items: items?.result() ?? null };
}

/** Runs file tasks: in this thread, or spread over others by a host. */
export interface FileExecutor {
  /** Tasks that may run at once. */
  readonly concurrency: number;
  run(file: ArchiveFile, match: FileMatch | null, identity: FileIdentity, options: FileTaskOptions): Promise<FileOutcome>;
  close(): Promise<void>;
}

export const inThisThread: FileExecutor = {
  concurrency: 1,
  run: readFileTask,
  close: async () => undefined,
};
