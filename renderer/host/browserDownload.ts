// Saving in a plain browser: a download of a Blob through a clicked `<a download>`, the way a
// page hands the browser a file without any network request. The browser decides where it
// goes (its downloads folder, or its own save dialog).

import { REPORT_EXTENSIONS, type ReportFormat, type SaveReportRequest, type SaveReportResult } from '../../shared/contract/desktopApi';

const MIME_TYPES: Readonly<Record<ReportFormat, string>> = {
  html: 'text/html;charset=utf-8',
  pdf: 'application/pdf',
  json: 'application/json;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  txt: 'text/plain;charset=utf-8',
};

/** Long enough for the browser to have started the download before its URL goes away. */
const REVOKE_AFTER_MS = 10_000;

export function downloadName(request: SaveReportRequest): string {
  const extension = `.${REPORT_EXTENSIONS[request.format]}`;
  return request.suggestedName.toLowerCase().endsWith(extension) ? request.suggestedName : `${request.suggestedName}${extension}`;
}

export function downloadReport(request: SaveReportRequest): SaveReportResult {
  // A PDF needs a printer the page does not have: the UI offers HTML to print instead.
  if (request.format === 'pdf') return { saved: false, reason: 'failed', message: 'A web page cannot make a PDF: save the report as HTML and print it from your browser.' };
  const name = downloadName(request);
  const url = URL.createObjectURL(new Blob([request.content], { type: MIME_TYPES[request.format] }));
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
