// Saving in a plain browser: a download of a Blob through a clicked `<a download>`, the way a
// page hands the browser a file without any network request. The browser decides where it
// goes (its downloads folder, or its own save dialog).

import type { SaveReportRequest, SaveReportResult } from '../../shared/contract/desktopApi';
import { SAVED_FORMAT_INFO } from '../../shared/report/reportFormats';

/** Long enough for the browser to have started the download before its URL goes away. */
const REVOKE_AFTER_MS = 10_000;

export function downloadName(request: SaveReportRequest): string {
  const extension = `.${SAVED_FORMAT_INFO[request.format].extensions[0]}`;
  return request.suggestedName.toLowerCase().endsWith(extension) ? request.suggestedName : `${request.suggestedName}${extension}`;
}

export function downloadReport(request: SaveReportRequest): SaveReportResult {
  // A PDF needs a printer the page does not have: the UI offers HTML to print instead.
  if (request.format === 'pdf') return { saved: false, reason: 'failed', message: 'A web page cannot make a PDF: save the report as HTML and print it from your browser.' };
  const name = downloadName(request);
  const url = URL.createObjectURL(new Blob([request.content], { type: SAVED_FORMAT_INFO[request.format].mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
  return { saved: true, path: name };
}
