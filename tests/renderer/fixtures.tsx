// Test support for the renderer: analyses of generated exports (scanned as the command line
// does, with Node's inflate), a fake host, and the results screen with live settings.

import { useMemo, useState } from 'react';
import { render } from '@testing-library/react';
import { buildAnalysis, type Analysis } from '../../shared/analysis/buildAnalysis';
import { generateExport, sampleSource, type ArchiveKind, type Era, type GeneratedExport } from '../../shared/sample';
import { runAnalysis } from '../../shared/pipeline/runAnalysis';
import { nodeInflater } from '../../node/platform/nodeInflater';
import { nodeTextDecoder } from '../../node/platform/nodeTextDecoder';
import type { SaveReportRequest, SaveReportResult } from '../../shared/contract/desktopApi';
import type { ExportScan } from '../../shared/scan/scanTypes';
import type { ExportInput } from '../../shared/archive/types';
import { EMPTY_OBJECTION_FIELDS } from '../../renderer/app/objectionFields';
import { DEFAULT_POLICY_SETTINGS, type PolicySettings } from '../../renderer/app/policySettings';
import { ResultsScreen } from '../../renderer/app/ResultsScreen';
import type { ThemeState } from '../../renderer/app/theme';
import { LIGHT_PALETTE } from '../../charts/palette';
import type { AnalysisHost, ExportSelection, HostEvent } from '../../renderer/host/analysisHost';
import { packedItemStore, type ItemStore } from '../../renderer/host/itemStore';
import type { PackedItems } from '../../shared/items/packedItems';
import { scanWithItems, zipInput } from '../support/scanGenerated';

const cache = new Map<string, Promise<ExportScan>>();
/** The member's items of each generated scan, as the hosts hand them over beside it. */
const itemsByScan = new WeakMap<ExportScan, PackedItems>();

export function generatedScan(era: Era = 2026, archive: ArchiveKind = 'complete', seed?: number): Promise<ExportScan> {
  const key = `${era}-${archive}-${seed ?? 'default'}`;
  let found = cache.get(key);
  if (!found) {
    found = scanOfExport(generateExport({ era, archive, seed }));
    cache.set(key, found);
  }
  return found;
}

/** The scan of a generated export a test changed (its items kept beside it). */
export async function scanOfExport(exp: GeneratedExport): Promise<ExportScan> {
  return scanOfInputs([await zipInput(exp)]);
}

/** The scan of inputs a test built (its items kept beside it). */
export async function scanOfInputs(inputs: ExportInput[]): Promise<ExportScan> {
  const { scan, items } = await scanWithItems(inputs);
  itemsByScan.set(scan, items!);
  return scan;
}

/** The built-in sample, read as every host reads it (its source says it is invented). */
export async function sampleScan(): Promise<ExportScan> {
  const { scan, items } = await runAnalysis([sampleSource()], {
    settings: DEFAULT_POLICY_SETTINGS,
    collectItems: true,
    platform: { inflate: nodeInflater, decoder: nodeTextDecoder },
  });
  itemsByScan.set(scan, items!);
  return scan;
}

/** The items read beside a generated scan. */
export function itemsOf(scan: ExportScan): PackedItems {
  const items = itemsByScan.get(scan);
  if (!items) throw new Error('Not a scan from generatedScan()');
  return items;
}

export function itemStoreOf(scan: ExportScan): ItemStore {
  return packedItemStore(itemsOf(scan));
}

/** What a host hands the interface when a read is done. */
export function loadedExport(scan: ExportScan, policy: PolicySettings = DEFAULT_POLICY_SETTINGS) {
  return { scan, items: itemStoreOf(scan), analysis: analysisOf(scan, policy) };
}

export function analysisOf(result: ExportScan, policy: PolicySettings = DEFAULT_POLICY_SETTINGS): Analysis {
  return buildAnalysis(result, { ...policy, asOf: result.scannedAt.slice(0, 10) });
}

export interface FakeHost extends AnalysisHost {
  readonly started: ExportSelection[];
  readonly cancelled: number;
  readonly opened: string[];
  /** Every saveReport request, and every text copied. */
  readonly saved: SaveReportRequest[];
  readonly copied: string[];
  /** What saveReport answers: by default a path in the member's Documents (Electron), the file name (browser). */
  saveResult: (request: SaveReportRequest) => SaveReportResult;
  copyResult: boolean;
  /** Sends an event to the listener of the latest run. */
  emit(event: HostEvent): void;
}

export function fakeHost(kind: 'electron' | 'browser' = 'browser'): FakeHost {
  let listener: ((event: HostEvent) => void) | null = null;
  const host = {
    kind,
    started: [] as ExportSelection[],
    cancelled: 0,
    opened: [] as string[],
    saved: [] as SaveReportRequest[],
    copied: [] as string[],
    saveResult: (request: SaveReportRequest): SaveReportResult => ({ saved: true, path: kind === 'electron' ? `/home/me/Documents/${request.suggestedName}` : request.suggestedName }),
    copyResult: true,
    canPrintPdf: kind === 'electron',
    async saveReport(request: SaveReportRequest) {
      host.saved.push(request);
      return host.saveResult(request);
    },
    async copyText(text: string) {
      host.copied.push(text);
      return host.copyResult;
    },
    openDialog: kind === 'electron' ? async () => ({ kind: 'paths', paths: ['/exports/Complete.zip'] }) as ExportSelection : null,
    async selectionFromDrop() {
      return { kind: 'sample' } as ExportSelection;
    },
    selectionFromPicked(files: readonly File[]) {
      return { kind: 'files', files: [...files], folders: [] } as ExportSelection;
    },
    start(selection: ExportSelection, onEvent: (event: HostEvent) => void) {
      host.started.push(selection);
      listener = onEvent;
      return {
        cancel() {
          host.cancelled++;
          listener = null;
        },
      };
    },
    onOpenRequest: () => () => undefined,
    async openLinkedIn(url: string) {
      host.opened.push(url);
      return true;
    },
    emit(event: HostEvent) {
      listener?.(event);
    },
  };
  return host;
}

export const testTheme: ThemeState = { choice: 'light', theme: 'light', palette: LIGHT_PALETTE, setChoice: () => undefined };

/** The results screen holding its own settings and letter fields, as App does. */
function LiveResults({ result, view, host, initial }: { result: ExportScan; view: string; host: AnalysisHost; initial: PolicySettings }) {
  const [policy, setPolicy] = useState(initial);
  const [objection, setObjection] = useState(EMPTY_OBJECTION_FIELDS);
  const loaded = useMemo(() => loadedExport(result, initial), [result, initial]);
  return (
    <ResultsScreen
      result={loaded}
      host={host}
      policy={policy}
      onPolicyChange={setPolicy}
      objection={objection}
      onObjectionChange={setObjection}
      theme={testTheme}
      onOpenAnother={() => undefined}
      initialView={view}
      animate={false}
    />
  );
}

export function renderView(result: ExportScan, view: string, options: { host?: FakeHost; policy?: PolicySettings } = {}) {
  const host = options.host ?? fakeHost();
  return { host, ...render(<LiveResults result={result} view={view} host={host} initial={options.policy ?? DEFAULT_POLICY_SETTINGS} />) };
}
