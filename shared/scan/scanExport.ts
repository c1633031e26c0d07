// Runtime: any. Reads one export, given as one or several zips, folders or CSV files, into an
// ExportScan: every entry of every input listed with its outcome, each file read as a stream, and
// each record counted once however many copies of its file the inputs hold. An input that cannot
// be loaded or opened is skipped and listed with its reason; the scan fails only when no input can
// be read at all (ExportUnreadableError), or when the inputs are two members' exports
// (DifferentMembersError): those are never merged.

import { jsCrc32 } from '../archive/crc32';
import { webInflater } from '../archive/inflate';
import { inputKindOf } from '../archive/looseFile';
import { DEFAULT_LIMITS, inputBytes, type ArchiveFile, type Crc32, type Inflater, type InputSource, type OpenedInput, type ReadLimits } from '../archive/types';
import { CATEGORY_IDS, type CategoryId } from '../policy/policyModel';
import { packItems, type FileItems, type PackedItems } from '../items/packedItems';
import type { StreamDecoderFactory } from '../text/decode';
import { CancelledError, throwIfCancelled, type CancelSignal } from '../platform/cancel';
import { asCopy, skippedFile } from './entryOutcomes';
import { memberIdentityOf, mergeInsights } from './insights/insights';
import type { ProfilePart } from './insights/profile';
import { UNKNOWN_MEMBER, type MemberIdentity } from './messageOwnership';
import { inThisThread, type FileExecutor, type FileOutcome } from './fileTask';
import { ExportUnreadableError, openInputs } from './openInputs';
import { failedFile } from './readArchiveFile';
import { flagDatesAfter } from './futureDates';
import { categoriesOf, isIdentityFile, isVerdictFile, planReads } from './readPlan';
import { ProgressTally, runPool } from './progressTally';
import { noteProblem, problem } from './problems';
import type { CountedRows, RowKeysRequest } from './rowKeys';
import { checkMemberIds, checkProfileNames } from './sameMember';
import type { ExportScan, FileScan, InputSummary, Problem, ScanProgress } from './scanTypes';

export { ExportUnreadableError } from './openInputs';
export { DifferentMembersError } from './sameMember';

export interface ScanOptions {
  /** The platform's native inflate; default: DecompressionStream where present, else jszip's. */
  readonly inflate?: Inflater | null;
  /** The platform's native CRC-32 (Node's zlib.crc32); default: a table-driven one. */
  readonly crc32?: Crc32;
  /** The platform's fastest text decoder; default: TextDecoder. */
  readonly decoder?: StreamDecoderFactory;
  readonly limits?: Partial<ReadLimits>;
  readonly signal?: CancelSignal;
  readonly onProgress?: (progress: ScanProgress) => void;
  /** Runs file tasks, possibly on other threads; default: this thread, one file at a time. */
  readonly executor?: FileExecutor;
  /** Keep excerpts of the member's own items (the explorer, and reports with excerpts). */
  readonly collectItems?: boolean;
  /**
   * Given, the files the verdict depends on are read first (isVerdictFile), and this is called
   * once they are, with the scan of what is read so far; the rest is read after.
   */
  readonly onVerdictFiles?: (partial: PartialScan) => void;
  /** Called with the finished scan before the items are packed (a long step on a large export). */
  readonly onScanned?: (scan: ExportScan) => void;
  readonly now?: Date;
  /** Whether files not trained on may be read by the column scanner (default: yes; off to compare). */
  readonly columnScanner?: boolean;
}

/** The scan of the files read so far, and the categories some of whose files are still to read. */
export interface PartialScan {
  readonly scan: ExportScan;
  readonly pending: readonly CategoryId[];
}

/** The scan, and the member's own items beside it (null unless collected). */
export interface ScanResult {
  readonly scan: ExportScan;
  readonly items: PackedItems | null;
}

function inputNotes(opened: OpenedInput): Problem[] {
  const notes = opened.notes.map(noteProblem);
  return opened.repeatedNames > 0 ? [...notes, problem('repeated-names', { input: opened.name, names: opened.repeatedNames })] : notes;
}

function overallNotes(opened: readonly OpenedInput[]): Problem[] {
  const notes: Problem[] = [];
  const loose = opened.filter((o) => o.kind === 'file').length;
  if (loose > 0) notes.push(problem('partial-export', { files: loose }));
  if (opened.length > 0 && opened.every((o) => o.archiveKind === 'basic')) notes.push(problem('basic-only'));
  return notes;
}

export async function scanExport(sources: readonly InputSource[], options: ScanOptions = {}): Promise<ScanResult> {
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const inflate = options.inflate === undefined ? webInflater() : options.inflate;
  const scannedAt = (options.now ?? new Date()).toISOString();

  const { inputs, opened, errors } = await openInputs(sources, { inflate, crc32: options.crc32 ?? jsCrc32, limits }, options.signal);
  const usable = opened.flatMap((o, index) => (o ? [{ opened: o, index }] : []));
  if (usable.length === 0) throw new ExportUnreadableError(errors.filter((e) => e !== null));
  checkMemberIds(usable.map((u) => u.opened));
  const { reads, groups } = planReads(usable);

  const executor = options.executor ?? inThisThread;
  const expectedSize = (file: ArchiveFile) =>
    Math.min(file.claimedSize, Math.max(file.compressedSize, 1) * limits.maxCompressionRatio, limits.maxEntryBytes);
  const bytesTotal = reads.reduce((sum, p) => sum + expectedSize(p.file), 0);
  const progress = new ProgressTally(bytesTotal, reads.length, options.onProgress);
  const outcomes: FileOutcome[] = new Array(reads.length);
  let member: MemberIdentity = UNKNOWN_MEMBER;

  const runTask = async (index: number, where: FileExecutor, rowKeys: RowKeysRequest | null): Promise<void> => {
    throwIfCancelled(options.signal);
    const { file, match, input } = reads[index]!;
    const identity = { name: file.path.slice(file.path.lastIndexOf('/') + 1), path: file.path, input };
    const ceiling = expectedSize(file);
    const inputName = sources[input]!.name;
    progress.start(index, inputName, file.path);
    const taskOptions = {
      limits,
      decoder: options.decoder,
      signal: options.signal,
      member,
      collectItems: options.collectItems ?? false,
      rowKeys,
      columnScanner: options.columnScanner,
      onBytes: (bytes: number) => progress.update(index, inputName, file.path, Math.min(bytes, ceiling)),
    };
    try {
      outcomes[index] = await where.run(file, match, identity, taskOptions);
    } catch (error) {
      if (error instanceof CancelledError) throw error;
      // A fault in one file never loses the others.
      outcomes[index] = { scan: failedFile(file, match, identity, error, limits), insight: null, items: null, keyed: null };
    }
    progress.finish(index, ceiling);
  };

  /** A file's copies one after another: each later one counts only the rows the earlier ones lack. */
  const runGroup = async (group: readonly number[], where: FileExecutor): Promise<void> => {
    let counted: CountedRows | null = null;
    for (const index of group) {
      await runTask(index, where, group.length > 1 ? { counted } : null);
      counted = outcomes[index]!.keyed?.counted ?? counted;
    }
  };

  const scanOf = (read: readonly (FileOutcome | undefined)[]): ExportScan => {
    // A later copy says which copy it repeats (read ones only: a partial scan lacks some).
    const counted = [...read];
    for (const group of groups) {
      const first = read[group[0]!]?.scan;
      if (!first) continue;
      for (const index of group.slice(1)) {
        const outcome = read[index];
        if (outcome) counted[index] = { ...outcome, scan: asCopy(outcome.scan, first, outcome.keyed?.shared ?? 0) };
      }
    }
    return assembleScan(counted.flatMap((outcome) => (outcome ? [outcome] : [])), { sources, inputs, opened, errors, usable, scannedAt });
  };

  // The verdict's files first when someone waits for the verdict; else the largest first.
  const onVerdictFiles = options.onVerdictFiles;
  const isVerdictGroup = (group: readonly number[]) => isVerdictFile(reads[group[0]!]!.match);
  let verdictGroupsLeft = 0;
  const verdictReady = () => {
    const pending = new Set(reads.flatMap((read, index) => (outcomes[index] ? [] : categoriesOf(read.match))));
    onVerdictFiles?.({ scan: scanOf(outcomes), pending: CATEGORY_IDS.filter((id) => pending.has(id)) });
  };

  try {
    // The files that say who the member is first, here: they tell the member's own private
    // messages from others', and two members' exports apart.
    const identity = groups.filter((group) => isIdentityFile(reads[group[0]!]!.match));
    for (const group of identity) await runGroup(group, inThisThread);
    const identityReads = identity.flat();
    checkProfileNames(
      identityReads.flatMap((index) => {
        const part = outcomes[index]!.insight;
        const name = part?.kind === 'profile' ? (part.part as ProfilePart).memberName : null;
        return name === null ? [] : [{ input: sources[reads[index]!.input]!.name, name }];
      }),
    );
    member = memberIdentityOf(identityReads.map((index) => outcomes[index]!.insight));
    // The largest files first, so the executor's threads finish close together.
    const size = (group: readonly number[]) => group.reduce((sum, index) => sum + expectedSize(reads[index]!.file), 0);
    const bySize = groups.filter((group) => !identity.includes(group)).sort((a, b) => size(b) - size(a));
    const rest = onVerdictFiles ? [...bySize.filter(isVerdictGroup), ...bySize.filter((group) => !isVerdictGroup(group))] : bySize;
    if (onVerdictFiles) {
      verdictGroupsLeft = bySize.filter(isVerdictGroup).length;
      if (verdictGroupsLeft === 0) verdictReady();
    }
    await runPool(rest, executor.concurrency, async (group) => {
      await runGroup(group, executor);
      if (onVerdictFiles && isVerdictGroup(group) && --verdictGroupsLeft === 0) verdictReady();
    });
  } finally {
    await executor.close();
  }
  progress.done();

  const scan = scanOf(outcomes);
  options.onScanned?.(scan);
  // The member's items point at the files by their place: the read ones come first, in order.
  const items = options.collectItems ? packItems(outcomes.map((outcome): FileItems | null => outcome.items)) : null;
  return { scan, items };
}

interface ScanParts {
  readonly sources: readonly InputSource[];
  readonly inputs: Awaited<ReturnType<typeof openInputs>>['inputs'];
  readonly opened: Awaited<ReturnType<typeof openInputs>>['opened'];
  readonly errors: Awaited<ReturnType<typeof openInputs>>['errors'];
  readonly usable: readonly { readonly opened: OpenedInput; readonly index: number }[];
  readonly scannedAt: string;
}

/** The scan of the files read (in the plan's order), beside every entry not read and every input. */
function assembleScan(read: readonly FileOutcome[], { sources, inputs, opened, errors, usable, scannedAt }: ScanParts): ExportScan {
  const skipped = usable.flatMap(({ opened: o, index }) => o.skipped.map((entry) => skippedFile(entry, index)));
  const usableOpened = usable.map((u) => u.opened);
  const exportDate = usableOpened.map((o) => o.exportDate).find((d) => d !== null) ?? null;
  // Dates after the export (or today, without its date) are flagged on their file.
  const scans = flagDatesAfter(
    read.map((outcome) => outcome.scan),
    exportDate ?? scannedAt.slice(0, 10),
    exportDate === null ? 'analysis' : 'export',
  );
  // Read files first (the member's items point at them by position), then the entries not read.
  const files: FileScan[] = [...scans, ...skipped];
  const insights = mergeInsights(read.flatMap((o) => (o.insight ? [o.insight] : [])));

  const summaries: InputSummary[] = sources.map((source, index) => {
    const o = opened[index];
    const input = inputs[index];
    const error = errors[index];
    return {
      name: source.name,
      kind: o?.kind ?? (input ? inputKindOf(input) : 'unknown'),
      archiveKind: o?.archiveKind ?? 'unknown',
      exportDate: o?.exportDate ?? null,
      bytes: o?.bytes ?? (input ? inputBytes(input) : 0),
      files: files.filter((f) => f.input === index).length,
      topFolder: o?.topFolder ?? null,
      repeatedNames: o?.repeatedNames ?? 0,
      error: error ? { code: error.code, message: error.message } : null,
      invented: source.invented === true,
    };
  });
  return {
    inputs: summaries,
    files,
    problems: [...usableOpened.flatMap(inputNotes), ...overallNotes(usableOpened)],
    insights,
    exportDate,
    scannedAt,
  };
}
