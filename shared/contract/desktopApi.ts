// Runtime: any. The one contract between Electron's main process and the renderer: channel
// names, the API the preload exposes (it `satisfies` DesktopApi), and run-time validators the
// main process applies to everything that arrives over IPC.

import type { PackedItems } from '../items/packedItems';
import type { ExportScan, ScanProgress } from '../scan/scanTypes';

export const IPC = {
  openDialog: 'export:open-dialog',
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

export type AnalysisRequest = { readonly kind: 'paths'; readonly paths: readonly string[] } | { readonly kind: 'sample' };

export type AnalysisEvent =
  | { readonly type: 'progress'; readonly progress: ScanProgress }
  /** `scan.items` is null: the member's items travel packed beside it (a few typed arrays and one string). */
  | { readonly type: 'done'; readonly scan: ExportScan; readonly items: PackedItems }
  | { readonly type: 'failed'; readonly messages: readonly string[] }
  | { readonly type: 'cancelled' };

export const REPORT_FORMATS = ['html', 'pdf', 'json', 'md', 'csv', 'txt'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The file name extension of each format, without the dot. */
export const REPORT_EXTENSIONS: Readonly<Record<ReportFormat, string>> = { html: 'html', pdf: 'pdf', json: 'json', md: 'md', csv: 'csv', txt: 'txt' };

export interface SaveReportRequest {
  readonly format: ReportFormat;
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
  /** The path of a dropped file or folder (Electron's webUtils.getPathForFile). */
  pathForFile(file: DroppedFile): string;
  openExportDialog(): Promise<readonly string[] | null>;
  startAnalysis(request: AnalysisRequest): Promise<void>;
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
  return paths.length > 0 && paths.length <= MAX_PATHS && paths.every((p) => typeof p === 'string' && p.length > 0 && p.length <= MAX_PATH_LENGTH && !p.includes('\0'));
}

export function isSaveReportRequest(value: unknown): value is SaveReportRequest {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.format === 'string' &&
    (REPORT_FORMATS as readonly string[]).includes(r.format) &&
    typeof r.suggestedName === 'string' &&
    r.suggestedName.length > 0 &&
    r.suggestedName.length <= 255 &&
    !/[/\\\0]/.test(r.suggestedName) &&
    typeof r.content === 'string' &&
    r.content.length <= MAX_REPORT_CHARS &&
    (r.paper === undefined || r.paper === 'a4' || r.paper === 'letter')
  );
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
