// Runtime: Electron main. Saves a report where the member chose, and nowhere else. The renderer
// sends the finished document; the main process asks where, writes it, and says what happened.

import { join } from 'node:path';
import type { SaveDialogOptions } from 'electron';
import { isSaveReportRequest, type SaveReportRequest, type SaveReportResult } from '../shared/contract/desktopApi';
import { SAVED_FORMAT_INFO } from '../shared/report/reportFormats';

export interface SaveReportDeps {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  renderPdf(html: string, paper: 'a4' | 'letter'): Promise<Uint8Array>;
  /** Where the dialog starts (the member's Documents folder). */
  readonly defaultDirectory: string;
}

export function saveDialogOptions(request: SaveReportRequest, defaultDirectory: string): SaveDialogOptions {
  const info = SAVED_FORMAT_INFO[request.format];
  const filter = { name: info.filterName, extensions: [...info.extensions] };
  const extension = `.${info.extensions[0]}`;
  const name = request.suggestedName.toLowerCase().endsWith(extension) ? request.suggestedName : `${request.suggestedName}${extension}`;
  return {
    title: 'Save report',
    defaultPath: join(defaultDirectory, name),
    filters: [filter],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

function failed(message: string): SaveReportResult {
  return { saved: false, reason: 'failed', message };
}

export async function saveReport(request: unknown, deps: SaveReportDeps): Promise<SaveReportResult> {
  if (!isSaveReportRequest(request)) return failed('The report could not be saved: the request was not valid.');
  const choice = await deps.showSaveDialog(saveDialogOptions(request, deps.defaultDirectory));
  if (choice.canceled || !choice.filePath) return { saved: false, reason: 'cancelled' };
  const path = choice.filePath;
  let data: string | Uint8Array;
  if (request.format === 'pdf') {
    try {
      data = await deps.renderPdf(request.content, request.paper ?? 'a4');
    } catch {
      return failed('The PDF could not be made from this report. Save it as HTML and print that to PDF instead.');
    }
  } else {
    data = request.content;
  }
  try {
    await deps.writeFile(path, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return failed(`The report could not be written to ${path}${code ? ` (${code})` : ''}. Check that the folder exists and that you may write there.`);
  }
  return { saved: true, path };
}
