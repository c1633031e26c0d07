// Runtime: any. Reads one export, given as one or several zips or folders, into an ExportScan:
// every file counted once (a Complete archive's copy over a Basic one's), each read as a stream.
// An input that cannot be loaded or opened is skipped and listed with its reason; only when no
// input can be read at all does the scan fail (ExportUnreadableError).

import { matchFile, extensionOf, type FileMatch } from '../catalog/matchFile';
import { webInflater } from '../archive/inflate';
import { openFolderInput } from '../archive/folderInput';
import { InputError } from '../archive/inputError';
import { DEFAULT_LIMITS, type ArchiveFile, type ExportInput, type Inflater, type InputSource, type OpenedInput, type ReadLimits } from '../archive/types';
import { openZipInput } from '../archive/zipInput';
import { packItems, type FileItems, type PackedItems } from '../items/packedItems';
import type { StreamDecoderFactory } from '../text/decode';
import { CancelledError, throwIfCancelled, type CancelSignal } from '../platform/cancel';
import { IDENTITY_KINDS, memberIdentityOf, mergeInsights } from './insights/insights';
import { UNKNOWN_MEMBER, type MemberIdentity } from './messageOwnership';
import { inThisThread, type FileExecutor, type FileOutcome } from './fileTask';
import { failedFile } from './readArchiveFile';
import { ProgressTally, runPool } from './progressTally';
import { problem } from './problems';
import type { ExportScan, FileScan, InputSummary, Problem, ScanProgress } from './scanTypes';

export interface ScanOptions {
  /** The platform's native inflate; default: DecompressionStream where present, else jszip's. */
  readonly inflate?: Inflater | null;
  /** The platform's fastest text decoder; default: TextDecoder. */
  readonly decoder?: StreamDecoderFactory;
  readonly limits?: Partial<ReadLimits>;
  readonly signal?: CancelSignal;
  readonly onProgress?: (progress: ScanProgress) => void;
  /** Runs file tasks, possibly on other threads; default: this thread, one file at a time. */
  readonly executor?: FileExecutor;
  /** Keep excerpts of the member's own items (the explorer, and reports with excerpts). */
  readonly collectItems?: boolean;
  readonly now?: Date;
}

/** No input could be read at all: one sentence per input says why. */
export class ExportUnreadableError extends Error {
  constructor(readonly errors: readonly InputError[]) {
    super(errors.map((e) => e.message).join(' '));
    this.name = 'ExportUnreadableError';
  }
}

interface PlannedRead {
  readonly input: number;
  readonly file: ArchiveFile;
  readonly match: FileMatch | null;
}

const RANK = { complete: 0, unknown: 1, basic: 2 } as const;

/** The scan, and the member's own items beside it (null unless collected). */
export interface ScanResult {
  readonly scan: ExportScan;
  readonly items: PackedItems | null;
}

function openExport(input: ExportInput, inflate: Inflater | null): Promise<OpenedInput> {
  return input.kind === 'zip' ? openZipInput(input.name, input.bytes, inflate) : openFolderInput(input.name, input.reader);
}

/** Loads and opens one input; whatever goes wrong is an InputError naming it. */
async function openSource(source: InputSource, inflate: Inflater | null): Promise<{ input: ExportInput; opened: OpenedInput }> {
  try {
    const input = await source.load();
    return { input, opened: await openExport(input, inflate) };
  } catch (error) {
    if (error instanceof InputError || error instanceof CancelledError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new InputError(source.name, 'unreadable', `${source.name} could not be read (${detail.slice(0, 160)}). Check that the file is where you left it and that you may read it.`);
  }
}

/** An input with no file LinkedIn exports is not an export (or holds one inside). */
function rejectIfNotExport(opened: OpenedInput): void {
  if (opened.files.some((f) => matchFile(f.path))) return;
  const where = opened.kind === 'zip' ? 'This zip' : 'This folder';
  const inner = opened.files.find((f) => extensionOf(f.path) === 'zip');
  if (inner) {
    throw new InputError(opened.name, 'nested-zip', `${opened.name} holds another archive (${inner.path}) instead of the export's files. Unzip it once and open the archive inside it.`);
  }
  if (opened.files.length === 0) {
    throw new InputError(opened.name, 'empty', `${opened.name} is empty: it holds no files. Open the zip LinkedIn e-mailed you, or the folder you unpacked it into.`);
  }
  throw new InputError(
    opened.name,
    'not-linkedin',
    `${opened.name} is not a LinkedIn data export: none of its ${opened.files.length} file${opened.files.length === 1 ? '' : 's'} is one LinkedIn exports (such as Profile.csv or Connections.csv). ${where === 'This zip' ? 'Open the zip' : 'Open the folder'} from "Get a copy of your data" on LinkedIn.`,
  );
}

function isIdentityFile(match: FileMatch | null): boolean {
  const kind = match?.entry.insight;
  return kind !== undefined && IDENTITY_KINDS.includes(kind);
}

function fileKey(match: FileMatch | null, path: string): string {
  return match ? match.key : `unknown:${path.toLowerCase()}`;
}

function inputNotes(opened: OpenedInput): Problem[] {
  return opened.repeatedNames > 0 ? [problem('repeated-names', { input: opened.name, names: opened.repeatedNames })] : [];
}

function overallNotes(opened: readonly OpenedInput[]): Problem[] {
  return opened.length > 0 && opened.every((o) => o.archiveKind === 'basic') ? [problem('basic-only')] : [];
}

export async function scanExport(sources: readonly InputSource[], options: ScanOptions = {}): Promise<ScanResult> {
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const inflate = options.inflate === undefined ? webInflater() : options.inflate;
  const scannedAt = (options.now ?? new Date()).toISOString();

  const inputs: (ExportInput | null)[] = [];
  const opened: (OpenedInput | null)[] = [];
  const errors: (InputError | null)[] = [];
  for (const source of sources) {
    throwIfCancelled(options.signal);
    try {
      const result = await openSource(source, inflate);
      rejectIfNotExport(result.opened);
      inputs.push(result.input);
      opened.push(result.opened);
      errors.push(null);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      inputs.push(null);
      opened.push(null);
      errors.push(error);
    }
  }
  const usable = opened.flatMap((o, index) => (o ? [{ opened: o, index }] : []));
  if (usable.length === 0) throw new ExportUnreadableError(errors.filter((e): e is InputError => e !== null));

  // The Complete archive's copy of a file wins over the Basic one's; each record counts once.
  usable.sort((a, b) => RANK[a.opened.archiveKind] - RANK[b.opened.archiveKind] || b.opened.files.length - a.opened.files.length);
  const taken = new Set<string>();
  const duplicates = new Map<number, string[]>();
  const planned: PlannedRead[] = [];
  for (const { opened: input, index } of usable) {
    const matched = input.files.map((file) => ({ file, match: matchFile(file.path) }));
    // Within one archive, a file under its current name wins over a copy under an older name.
    matched.sort((a, b) => Number(a.match?.alias ?? false) - Number(b.match?.alias ?? false));
    for (const { file, match } of matched) {
      const key = fileKey(match, file.path);
      if (taken.has(key)) {
        duplicates.set(index, [...(duplicates.get(index) ?? []), file.path]);
        continue;
      }
      taken.add(key);
      planned.push({ input: index, file, match });
    }
  }
  // The files that say who the member is are listed first (and read first, below).
  planned.sort((a, b) => Number(isIdentityFile(b.match)) - Number(isIdentityFile(a.match)));

  const executor = options.executor ?? inThisThread;
  const expectedSize = (file: ArchiveFile) =>
    Math.min(file.claimedSize, Math.max(file.compressedSize, 1) * limits.maxCompressionRatio, limits.maxEntryBytes);
  const bytesTotal = planned.reduce((sum, p) => sum + expectedSize(p.file), 0);
  const progress = new ProgressTally(bytesTotal, planned.length, options.onProgress);
  const outcomes: FileOutcome[] = new Array(planned.length);
  let member: MemberIdentity = UNKNOWN_MEMBER;

  const runTask = async (index: number, where: FileExecutor): Promise<void> => {
    throwIfCancelled(options.signal);
    const { file, match, input } = planned[index]!;
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
      onBytes: (bytes: number) => progress.update(index, inputName, file.path, Math.min(bytes, ceiling)),
    };
    try {
      outcomes[index] = await where.run(file, match, identity, taskOptions);
    } catch (error) {
      if (error instanceof CancelledError) throw error;
      // A fault in one file never loses the others.
      outcomes[index] = { scan: failedFile(file, match, identity, error, limits), insight: null, items: null };
    }
    progress.finish(index, ceiling);
  };

  try {
    // The files that say who the member is first, here: they tell the member's own private messages from others'.
    const profiles = planned.flatMap((p, i) => (isIdentityFile(p.match) ? [i] : []));
    for (const index of profiles) await runTask(index, inThisThread);
    member = memberIdentityOf(profiles.map((index) => outcomes[index]!.insight));
    // The largest files first, so the executor's threads finish close together.
    const rest = planned
      .map((_, i) => i)
      .filter((i) => !profiles.includes(i))
      .sort((a, b) => expectedSize(planned[b]!.file) - expectedSize(planned[a]!.file));
    await runPool(rest, executor.concurrency, (index) => runTask(index, executor));
  } finally {
    await executor.close();
  }
  progress.done();

  const files: FileScan[] = outcomes.map((outcome) => outcome.scan);
  const items = options.collectItems ? packItems(outcomes.map((outcome): FileItems | null => outcome.items)) : null;
  const insights = mergeInsights(outcomes.flatMap((o) => (o.insight ? [o.insight] : [])));

  const summaries: InputSummary[] = sources.map((source, index) => {
    const o = opened[index];
    const input = inputs[index];
    const error = errors[index];
    return {
      name: source.name,
      kind: input?.kind ?? 'unknown',
      archiveKind: o?.archiveKind ?? 'unknown',
      exportDate: o?.exportDate ?? null,
      bytes: o?.bytes ?? (input?.kind === 'zip' ? input.bytes.length : 0),
      files: o?.files.length ?? 0,
      clutter: o?.clutter ?? 0,
      topFolder: o?.topFolder ?? null,
      repeatedNames: o?.repeatedNames ?? 0,
      duplicates: duplicates.get(index) ?? [],
      error: error ? { code: error.code, message: error.message } : null,
    };
  });
  const usableOpened = usable.map((u) => u.opened);
  const scan: ExportScan = {
    inputs: summaries,
    files,
    problems: [...usableOpened.flatMap(inputNotes), ...overallNotes(usableOpened)],
    insights,
    exportDate: usableOpened.map((o) => o.exportDate).find((d) => d !== null) ?? null,
    scannedAt,
  };
  return { scan, items };
}
