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
import { RowKeyer, type KeyedRows, type RowKeysRequest } from './rowKeys';
import type { FileScan } from './scanTypes';

export interface FileTaskOptions {
  readonly limits: ReadLimits;
  readonly decoder: StreamDecoderFactory | undefined;
  readonly signal: CancelSignal | undefined;
  /** Who the member is (their identity files are read first), to tell their own messages apart. */
  readonly member: MemberIdentity;
  readonly collectItems: boolean;
  /** Set when the file is one of several copies: its rows are keyed, and those earlier copies counted are not counted again. */
  readonly rowKeys: RowKeysRequest | null;
  /** Bytes of text read so far in this file. */
  readonly onBytes: (bytes: number) => void;
  /** Whether a file not trained on may be read by the column scanner (default: yes; off to compare). */
  readonly columnScanner?: boolean | undefined;
}

export interface FileOutcome {
  readonly scan: FileScan;
  /** The file's part of the export's insights (logins, messages…), if it feeds one. */
  readonly insight: InsightPart | null;
  /** This file's own items (the caller places the file in the export). */
  readonly items: FileItems | null;
  /** When its rows were keyed: every row counted so far, for the next copy. */
  readonly keyed: KeyedRows | null;
}

export async function readFileTask(
  file: ArchiveFile,
  match: FileMatch | null,
  identity: FileIdentity,
  options: FileTaskOptions,
): Promise<FileOutcome> {
  const items = options.collectItems ? new ItemCollector() : null;
  const readOptions = { limits: options.limits, signal: options.signal, decoder: options.decoder, onBytes: options.onBytes, columnScanner: options.columnScanner };
  let scan: FileScan;
  let insight: InsightPart | null = null;
  let keyed: KeyedRows | null = null;
  if (match?.entry.format === 'article') {
    const article = await readArticleFile(file, match, identity, readOptions);
    ({ scan, keyed } = keyArticle(article.scan, options.rowKeys));
    if (scan.rows > 0) items?.add(scan.histogram.days[0] ?? null, scan.ownText.words, article.excerpt);
  } else if (match || extensionOf(identity.name) === 'csv') {
    ({ scan, insight, keyed } = await readCsvFile(file, match, identity, { member: options.member, items, rowKeys: options.rowKeys, limits: options.limits }, readOptions));
  } else {
    scan = unreadFile(file, identity);
  }
  return { scan, insight, items: items?.result() ?? null, keyed };
}

const ARTICLE_FIELDS = ['title', 'created', 'published', 'words'];

/** An article is one row: a copy with the same title, dates and length counts nothing. */
function keyArticle(scan: FileScan, rowKeys: RowKeysRequest | null): { scan: FileScan; keyed: KeyedRows | null } {
  if (rowKeys === null || !scan.article) return { scan, keyed: null };
  const keyer = new RowKeyer(ARTICLE_FIELDS, -1, rowKeys.counted);
  const { title, created, published, words } = scan.article;
  const seen = keyer.seen([title, created ?? '', published ?? '', String(words)], null);
  const counted = seen ? { ...scan, rows: 0, firstDate: null, lastDate: null, ownText: { items: 0, words: 0, chars: 0 }, undated: { items: 0, words: 0, chars: 0 }, histogram: { days: [], items: [], words: [], chars: [] } } : scan;
  return { scan: counted, keyed: keyer.result() };
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
