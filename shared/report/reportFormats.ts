// Runtime: any. Every format a report (or the letter) is saved in, and what each one is: the one
// list the command line, the export dialog, the save dialog and the download all read.

export const REPORT_FORMATS = ['html', 'pdf', 'json', 'md', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What can be saved: a report, or the objection letter as plain text. */
export const SAVED_FORMATS = [...REPORT_FORMATS, 'txt'] as const;
export type SavedFormat = (typeof SAVED_FORMATS)[number];

export interface SavedFormatInfo {
  /** Short name, as in "Save as HTML". */
  readonly name: string;
  /** One sentence for the export dialog. */
  readonly about: string;
  /** Extensions for save dialogs, the usual one first. */
  readonly extensions: readonly string[];
  /** What a save dialog's file-type list calls it. */
  readonly filterName: string;
  readonly mimeType: string;
}

export const SAVED_FORMAT_INFO: Readonly<Record<SavedFormat, SavedFormatInfo>> = {
  html: { name: 'HTML', about: 'A web page with the charts; opens in any browser and prints well.', extensions: ['html', 'htm'], filterName: 'Web page (HTML)', mimeType: 'text/html;charset=utf-8' },
  pdf: { name: 'PDF', about: 'The same page as a PDF document, for printing or sending.', extensions: ['pdf'], filterName: 'PDF document', mimeType: 'application/pdf' },
  json: { name: 'JSON', about: 'The figures as data (a versioned schema), for scripts and research.', extensions: ['json'], filterName: 'JSON data', mimeType: 'application/json;charset=utf-8' },
  md: { name: 'Markdown', about: 'Plain text with tables.', extensions: ['md'], filterName: 'Markdown text', mimeType: 'text/markdown;charset=utf-8' },
  csv: { name: 'CSV', about: 'The figures per category and file, for a spreadsheet.', extensions: ['csv'], filterName: 'Spreadsheet (CSV)', mimeType: 'text/csv;charset=utf-8' },
  txt: { name: 'Text', about: 'Plain text.', extensions: ['txt'], filterName: 'Plain text', mimeType: 'text/plain;charset=utf-8' },
};

/** Formats that can carry the objection letter; JSON and CSV hold the figures only. */
export function carriesLetter(format: ReportFormat): boolean {
  return format === 'html' || format === 'pdf' || format === 'md';
}

/** Formats drawn with the app's charts (HTML, and the PDF printed from it). */
export function needsCharts(format: ReportFormat): boolean {
  return format === 'html' || format === 'pdf';
}

/** Written only for a batch (`--each`): one report's JSON per line, as each export finishes. */
const BATCH_ONLY_FORMATS = ['ndjson'] as const;

/** Formats that hold several exports (`--each`): a JSON array and one CSV, in the order of the paths, and NDJSON. */
export const BATCH_FORMATS = ['json', 'csv', ...BATCH_ONLY_FORMATS] as const;
export type BatchFormat = (typeof BATCH_FORMATS)[number];

/** Every format the command line's `--format` takes. */
export const CLI_FORMATS = [...REPORT_FORMATS, ...BATCH_ONLY_FORMATS] as const;
export type CliFormat = (typeof CLI_FORMATS)[number];
