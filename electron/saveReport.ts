// Runtime: Electron main. Saves a report where the member chose, and nowhere else. The renderer
// sends the finished document; the main process asks where, checks and opens that place before it
// prints a PDF, writes atomically (a temporary file beside the target, then renamed: a failure never
// leaves half a report), and says what happened.

import { join } from 'node:path';
import type { SaveDialogOptions } from 'electron';
import { isSaveReportRequest, type SaveReportRequest, type SaveReportResult } from '../shared/contract/desktopApi';
import { SAVED_FORMAT_INFO } from '../shared/report/reportFormats';
import { OutputError, prepareOutput } from '../node/platform/reportOutput';

export interface SaveReportDeps {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
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
  let pending;
  try {
    pending = await prepareOutput(path);
  } catch (error) {
    return failed(error instanceof OutputError ? error.message : 'The report could not be saved there. Choose another place.');
  }
  try {
    let data: string | Uint8Array = request.content;
    if (request.format === 'pdf') {
      try {
        data = await deps.renderPdf(request.content, request.paper ?? 'a4');
      } catch {
        await pending.discard();
        return failed('The PDF could not be made from this report. Save it as HTML and print that to PDF instead.');
      }
    }
    await pending.write(data);
    await pending.commit();
  } catch (error) {
    await pending.discard();
    return failed(error instanceof OutputError ? error.message : 'The report could not be saved there. Choose another place.');
  }
  return { saved: true, path };
}
