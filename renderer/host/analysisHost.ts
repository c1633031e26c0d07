// The one seam between the UI and whatever reads the export: Electron's main process (through
// the preload bridge) or a Web Worker in the browser. The UI only ever talks to this interface.

import type { AnalysisEvent, SaveReportRequest, SaveReportResult, Unsubscribe } from '../../shared/contract/desktopApi';
import type { Analysis } from '../../shared/analysis/buildAnalysis';
import type { PolicySettings } from '../../shared/analysis/exposure';
import type { SkippedEntry } from '../../shared/archive/types';
import type { ExportScan } from '../../shared/scan/scanTypes';
import type { ItemStore } from './itemStore';

/** A finished read: the scan, the member's own items, and the analysis for the settings the run started with. */
export interface LoadedExport {
  readonly scan: ExportScan;
  /** Null while they are still arriving: an "items" event of the same run follows. */
  readonly items: ItemStore | null;
  readonly analysis: Analysis;
}

/**
 * The shared contract's events, with "done" carrying the loaded export; where the items come
 * after the results (the browser's worker sends their text after "done"), an "items" event ends
 * the run.
 */
export type HostEvent =
  | Exclude<AnalysisEvent, { readonly type: 'done' }>
  | { readonly type: 'done'; readonly result: LoadedExport }
  | { readonly type: 'items'; readonly items: ItemStore };

/** A folder chosen or dropped in the browser, flattened to its files. */
export interface PickedFolder {
  readonly name: string;
  /** Paths relative to the folder, `/`-separated. */
  readonly files: readonly { readonly path: string; readonly file: File }[];
  /** What the walk could not read (a sub-folder the browser may not open), each with why. */
  readonly skipped?: readonly SkippedEntry[];
}

/** What the member asked to read. */
export type ExportSelection =
  | { readonly kind: 'sample' }
  /** Paths on disk (Electron: dialog, drop, menu or command line). */
  | { readonly kind: 'paths'; readonly paths: readonly string[] }
  /** File objects (browser: drop or file inputs). */
  /** `files`: given whole, zips or CSV files taken out of an export. */
  | { readonly kind: 'files'; readonly files: readonly File[]; readonly folders: readonly PickedFolder[] };

/** One dropped item, captured while the drop event lasts (its DataTransfer dies after it). */
export interface DroppedItem {
  readonly file: File | null;
  readonly entry: FileSystemEntry | null;
}

export interface AnalysisRun {
  /** Stops the run; no event of it reaches the listener afterwards. */
  cancel(): void;
}

export interface AnalysisHost {
  readonly kind: 'electron' | 'browser';
  /** The native open dialog (Electron); null where the page offers file inputs instead. */
  readonly openDialog: (() => Promise<ExportSelection | null>) | null;
  /** Null when nothing dropped can be read (no files at all). */
  selectionFromDrop(items: readonly DroppedItem[]): Promise<ExportSelection | null>;
  /** Files from the page's file inputs: zips or CSV files, or the files of one folder. */
  selectionFromPicked(files: readonly File[], as: 'files' | 'folder'): ExportSelection | null;
  /** The run's events; it ends with "done" (items included), "items" (after a "done" without them), "failed" or "cancelled". */
  start(selection: ExportSelection, onEvent: (event: HostEvent) => void, settings: PolicySettings): AnalysisRun;
  /** Exports opened from outside the page (menu, command line, file manager). */
  onOpenRequest(listener: (selection: ExportSelection) => void): Unsubscribe;
  /** Opens a LinkedIn page outside the app; only on a click. */
  openLinkedIn(url: string): Promise<boolean>;
  /** Whether saveReport can print a PDF (Electron); a browser page cannot print without a dialog. */
  readonly canPrintPdf: boolean;
  /** Saves a finished report where the member says (a save dialog), or as a browser download. */
  saveReport(request: SaveReportRequest): Promise<SaveReportResult>;
  /** Copies text to the clipboard; only on a click. False when it was refused. */
  copyText(text: string): Promise<boolean>;
}
