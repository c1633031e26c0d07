// Runtime: any. The one contract between Electron's main process and the renderer: channel
// names, the API the preload exposes (it `satisfies` DesktopApi), and run-time validators the
// main process applies to everything that arrives over IPC.

import type { Analysis } from '../analysis/buildAnalysis';
import type { PolicySettings } from '../analysis/exposure';
import type { PackedItems } from '../items/packedItems';
import type { PartialAnalysis } from '../pipeline/runAnalysis';
import { REGION_IDS } from '../policy/policyModel';
import { SAVED_FORMATS, type SavedFormat } from '../report/reportFormats';
import type { ExportScan, ScanProgress } from '../scan/scanTypes';

export const IPC = {
  openDialog: 'export:open-dialog',
  /** The preload hands over the path of a File the member dropped, so it may be analyzed. */
  droppedPath: 'export:dropped-path',
  startAnalysis: 'analysis:start',
  cancelAnalysis: 'analysis:cancel',
  analysisEvent: 'analysis:event',
  openRequest: 'app:open-request',
  saveReport: 'report:save',
  copyText: 'app:copy-text',
  openExternal: 'app:open-external',
} as const;

/** The global name under which the preload exposes the API. */
export const BRIDGE_NAME = 'linkedinExposure';

/** What to read: paths on this computer, or the built-in sample. */
export type AnalysisRequest = { readonly kind: 'paths'; readonly paths: readonly string[] } | { readonly kind: 'sample' };

/** An analysis to run: what to read, and the member's settings for its first result. */
export interface StartAnalysis {
  readonly request: AnalysisRequest;
  readonly settings: PolicySettings;
}

export type AnalysisEvent =
  | { readonly type: 'progress'; readonly progress: ScanProgress }
  /** Once, before `done`: the verdict's files are read; the rest (private messages, network…) still is. */
  | { readonly type: 'verdict-ready'; readonly partial: PartialAnalysis }
  /** The member's items travel packed beside the scan (a few typed arrays and one string). */
  | { readonly type: 'done'; readonly scan: ExportScan; readonly items: PackedItems; readonly analysis: Analysis }
  | { readonly type: 'failed'; readonly messages: readonly string[] }
  | { readonly type: 'cancelled' };

/** The events a run sends on the way; any other is its last. */
const RUNNING_EVENTS: readonly AnalysisEvent['type'][] = ['progress', 'verdict-ready'];
export const ANALYSIS_EVENT_TYPES: readonly AnalysisEvent['type'][] = [...RUNNING_EVENTS, 'done', 'failed', 'cancelled'];

/** Whether the run ends with this event (done, failed or cancelled). */
export function isFinalEvent(event: { readonly type: string }): boolean {
  return !(RUNNING_EVENTS as readonly string[]).includes(event.type);
}

export interface SaveReportRequest {
  readonly format: SavedFormat;
  readonly suggestedName: string;
  /** The finished document (HTML for html and pdf; text for the others). */
  readonly content: string;
  readonly paper?: 'a4' | 'letter';
}

export type SaveReportResult = { readonly saved: true; readonly path: string } | { readonly saved: false; readonly reason: 'cancelled' | 'failed'; readonly message?: string };

/** Anything with a name: a DOM File, without shared/ depending on the DOM. */
export interface DroppedFile {
  readonly name: string;
}

export type Unsubscribe = () => void;

export interface DesktopApi {
  /**
   * The path of a dropped file or folder (Electron's webUtils.getPathForFile), which the main
   * process then accepts for an analysis; '' for anything that is not a real dropped File.
   */
  pathForFile(file: DroppedFile): string;
  openExportDialog(): Promise<readonly string[] | null>;
  startAnalysis(start: StartAnalysis): Promise<void>;
  cancelAnalysis(): Promise<void>;
  onAnalysisEvent(listener: (event: AnalysisEvent) => void): Unsubscribe;
  /** What the member opened from the menu (an export, or the sample), the command line or the file manager. */
  onOpenRequest(listener: (request: AnalysisRequest) => void): Unsubscribe;
  saveReport(request: SaveReportRequest): Promise<SaveReportResult>;
  /**
   * Puts text on the system clipboard, on a click (the page's own clipboard permission is
   * refused by design). False when it was refused.
   */
  copyText(text: string): Promise<boolean>;
  /** Opens LinkedIn's settings in the system browser; only https://www.linkedin.com/ links, on a click. */
  openLinkedIn(url: string): Promise<boolean>;
}

const MAX_PATHS = 16;
const MAX_PATH_LENGTH = 4096;
/** Far above any report; stops a compromised renderer from filling the disk through us. */
export const MAX_REPORT_CHARS = 64 * 1024 * 1024;
/** Far above a letter (a few kB); a compromised renderer cannot park a huge text on the clipboard. */
export const MAX_COPY_CHARS = 1024 * 1024;

export function isAnalysisRequest(value: unknown): value is AnalysisRequest {
  if (typeof value !== 'object' || value === null) return false;
  const request = value as Record<string, unknown>;
  if (request.kind === 'sample') return Object.keys(request).length === 1;
  if (request.kind !== 'paths' || !Array.isArray(request.paths)) return false;
  const paths = request.paths as unknown[];
  return paths.length > 0 && paths.length <= MAX_PATHS && paths.every(isLocalPath);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isPolicySettings(value: unknown): value is PolicySettings {
  if (typeof value !== 'object' || value === null) return false;
  const settings = value as Record<string, unknown>;
  const day = (value: unknown) => value === null || (typeof value === 'string' && ISO_DAY.test(value));
  return Object.keys(settings).length === 3 && (REGION_IDS as readonly unknown[]).includes(settings.region) && day(settings.optedOut) && day(settings.adultFrom);
}

export function isStartAnalysis(value: unknown): value is StartAnalysis {
  if (typeof value !== 'object' || value === null) return false;
  const start = value as Record<string, unknown>;
  return Object.keys(start).length === 2 && isAnalysisRequest(start.request) && isPolicySettings(start.settings);
}

export function isSaveReportRequest(value: unknown): value is SaveReportRequest {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.format === 'string' &&
    (SAVED_FORMATS as readonly string[]).includes(r.format) &&
    typeof r.suggestedName === 'string' &&
    r.suggestedName.length > 0 &&
    r.suggestedName.length <= 255 &&
    !/[/\\\0]/.test(r.suggestedName) &&
    typeof r.content === 'string' &&
    r.content.length <= MAX_REPORT_CHARS &&
    (r.paper === undefined || r.paper === 'a4' || r.paper === 'letter')
  );
}

/** One path on this computer, as a dropped File's path can be. */
export function isLocalPath(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_PATH_LENGTH && !value.includes('\0');
}

export function isCopyText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_COPY_CHARS;
}

/** The only external links the app opens: LinkedIn's own pages, over https. */
export function isAllowedExternalUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2048) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname === 'www.linkedin.com' && url.port === '' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
