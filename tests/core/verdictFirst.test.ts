// The verdict's files first: the pipeline reads the files whose kinds the policy model may train
// on first, says so once with a partial analysis, then reads the rest. Generated exports of every
// era (and a Basic beside a Complete archive, whose copies are counted once), read in this
// thread and across a worker thread: the final result equals a read in the largest-first order,
// and the partial figures equal the final ones for every category it does not list as pending.
// The final results are handed over before the member's items are packed.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadedSource, type ExportInput } from '../../shared/archive/types';
import { catalogEntryById } from '../../shared/catalog/fileCatalog';
import { nodeCrc32, nodeInflater } from '../../node/platform/nodeInflater';
import { nodeTextDecoder } from '../../node/platform/nodeTextDecoder';
import { threadedExecutor } from '../../node/platform/threadedExecutor';
import { runAnalysis, type AnalysisPlatform, type AnalysisResult, type PartialAnalysis } from '../../shared/pipeline/runAnalysis';
import { DATA_KINDS, type CategoryId } from '../../shared/policy/policyModel';
import { verdictOf } from '../../shared/report/verdict';
import { generateExport, type Era } from '../../shared/sample';
import { zipInput } from '../support/scanGenerated';

const ERAS: Era[] = [2018, 2022, 2024, 2026];
const NOW = new Date('2026-11-29T12:00:00Z');
const SETTINGS = { region: 'eu', optedOut: '2025-12-01', adultFrom: null } as const;

let dir: string;
let workerScript: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lae-verdict-'));
  workerScript = join(dir, 'fileWorker.cjs');
  await build({ entryPoints: ['node/platform/fileWorker.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: workerScript, logLevel: 'error' });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const inThisThread = (): AnalysisPlatform => ({ inflate: nodeInflater, crc32: nodeCrc32, decoder: nodeTextDecoder });
/** Every file offloaded to one worker thread: files finish in another order than they start. */
const acrossThreads = (): AnalysisPlatform => ({ ...inThisThread(), executor: threadedExecutor(workerScript, { workerCount: 1, minOffloadBytes: 0 }) });

interface VerdictFirstRun {
  readonly result: AnalysisResult;
  readonly partials: PartialAnalysis[];
  /** How many verdict events came before the analysis resolved. */
  readonly beforeDone: number;
}

function analyze(inputs: readonly ExportInput[], platform: AnalysisPlatform): Promise<AnalysisResult> {
  return runAnalysis(inputs.map(loadedSource), { settings: SETTINGS, collectItems: true, now: NOW, platform });
}

async function analyzeVerdictFirst(inputs: readonly ExportInput[], platform: AnalysisPlatform): Promise<VerdictFirstRun> {
  const partials: PartialAnalysis[] = [];
  const result = await runAnalysis(inputs.map(loadedSource), { settings: SETTINGS, collectItems: true, now: NOW, platform, onVerdictReady: (p) => partials.push(p) });
  return { result, partials, beforeDone: partials.length };
}

/** Whether a file's kind of data (or the kind it adds elsewhere) may be trained on anywhere, read from the policy model's rows. */
function mayCount(catalogId: string): boolean {
  const entry = catalogEntryById(catalogId);
  const kinds = [entry.dataKind, ...(entry.alsoCounts ? [entry.alsoCounts.dataKind] : [])];
  return kinds.some((kind) => DATA_KINDS[kind].rules.some((row) => row.status !== 'not-used'));
}

function expectPartialAgrees({ result, partials, beforeDone }: VerdictFirstRun): PartialAnalysis {
  expect(partials).toHaveLength(1);
  expect(beforeDone).toBe(1);
  const partial = partials[0]!;
  const covered = partial.analysis.categories.filter((c) => !partial.pending.includes(c.id));
  expect(covered.length).toBeGreaterThan(0);
  for (const category of covered) expect(category, category.id).toEqual(result.analysis.categories.find((c) => c.id === category.id));
  // What is still to read cannot be trained on anywhere: every exposed and possibly exposed
  // figure of the verdict is already final.
  const exposure = (a: PartialAnalysis['analysis']) => {
    const { exposed, possiblyExposed, exposedWords, possiblyExposedWords, possiblyExposedByReason } = a.totals.exposure;
    return { exposed, possiblyExposed, exposedWords, possiblyExposedWords, possiblyExposedByReason, used: a.totals.itemsByTrainingStatus.used, unclear: a.totals.itemsByTrainingStatus.unclear };
  };
  expect(exposure(partial.analysis)).toEqual(exposure(result.analysis));
  const partialVerdict = verdictOf({ ...partial.analysis, invented: false });
  const finalVerdict = verdictOf({ ...result.analysis, invented: false });
  expect(partialVerdict.whileTraining).toEqual(finalVerdict.whileTraining);
  expect(partialVerdict.possibly).toEqual(finalVerdict.possibly);
  return partial;
}

describe.each(ERAS)('a generated %s export, the verdict first', (era) => {
  const complete = generateExport({ era, archive: 'complete' });

  it('ends with the same scan, items and analysis as the largest-first read, and the partial figures equal the final ones', async () => {
    const input = await zipInput(complete);
    const oneOrder = await analyze([input], inThisThread());
    const verdictFirst = await analyzeVerdictFirst([input], inThisThread());
    expect(verdictFirst.result).toEqual(oneOrder);
    const partial = expectPartialAgrees(verdictFirst);

    // Read so far: the files the verdict depends on, and the files that say who the member is.
    const readSoFar = partial.scan.files.filter((f) => f.status !== 'skipped');
    for (const file of readSoFar) expect(file.catalogId === null ? false : mayCount(file.catalogId) || file.category === 'network', file.path).toBe(true);
    // Every file that may count is in it; the private messages are not, and they are pending.
    const mayCountPaths = oneOrder.scan.files.filter((f) => f.catalogId !== null && mayCount(f.catalogId)).map((f) => f.path);
    expect(readSoFar.map((f) => f.path)).toEqual(expect.arrayContaining(mayCountPaths));
    expect(readSoFar.some((f) => f.category === 'messages')).toBe(false);
    expect(partial.pending).toContain<CategoryId>('messages');
    for (const id of ['posts', 'responses', 'profile'] as const) expect(partial.pending).not.toContain(id);
  });

  it('agrees across a worker thread, where files finish out of order', async () => {
    const input = await zipInput(complete);
    const oneOrder = await analyze([input], inThisThread());
    const verdictFirst = await analyzeVerdictFirst([input], acrossThreads());
    expect(verdictFirst.result).toEqual(oneOrder);
    expectPartialAgrees(verdictFirst);
  });
});

describe('copies, the verdict first', () => {
  it('counts a Basic and a Complete archive the same whatever the order, and the partial agrees', async () => {
    const inputs = [await zipInput(generateExport({ era: 2024, archive: 'basic' })), await zipInput(generateExport({ era: 2024, archive: 'complete' }))];
    const oneOrder = await analyze(inputs, inThisThread());
    const verdictFirst = await analyzeVerdictFirst(inputs, acrossThreads());
    expect(verdictFirst.result).toEqual(oneOrder);
    expectPartialAgrees(verdictFirst);
    expect(oneOrder.scan.files.some((f) => f.status === 'duplicate')).toBe(true);
  });

  it('says the verdict once, before the rest, when no file it depends on is given: nothing counted yet, the messages pending', async () => {
    const messages = generateExport({ era: 2026 }).files.find((f) => /(^|\/)messages\.csv$/i.test(f.path))!;
    // A CSV taken out of an export (a partial export): the analysis tells it by its name.
    const input: ExportInput = { kind: 'zip', name: 'messages.csv', bytes: messages.bytes };
    const { result, partials, beforeDone } = await analyzeVerdictFirst([input], inThisThread());
    expect(beforeDone).toBe(1);
    expect(partials[0]!.pending).toEqual(['messages']);
    expect(partials[0]!.analysis.totals.items).toBe(0);
    expect(result.analysis.categories.find((c) => c.id === 'messages')!.items).toBeGreaterThan(0);
  });
});

describe('the results before the items', () => {
  it('onAnalysis gets the final scan and analysis once, after the verdict and before the read resolves', async () => {
    const input = await zipInput(generateExport({ era: 2026, archive: 'complete' }));
    const events: string[] = [];
    let early: Omit<AnalysisResult, 'items'> | null = null;
    const result = await runAnalysis([loadedSource(input)], {
      settings: SETTINGS,
      collectItems: true,
      now: NOW,
      platform: inThisThread(),
      onVerdictReady: () => events.push('verdict'),
      onAnalysis: (r) => {
        events.push('analysis');
        early = r;
      },
    });
    events.push('resolved');
    expect(events).toEqual(['verdict', 'analysis', 'resolved']);
    // The very values the read resolves with (the analysis is not made twice), the items beside them.
    expect(early!.scan).toBe(result.scan);
    expect(early!.analysis).toBe(result.analysis);
    expect(result.items!.count).toBeGreaterThan(0);
    expect(result).toEqual(await analyze([input], inThisThread()));
  });
});
