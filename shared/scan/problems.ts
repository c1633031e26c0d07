// Runtime: any. Every problem the reader reports, by code: its severity and the sentence a member
// reads (what is wrong, what it means for the result, what to do). Written once here; the
// scanners only name the code and its figures. Messages never quote the member's data: a quote
// goes in `detail`, which shared reports leave out at "counts".

import type { SkipReason } from '../archive/types';
import type { Problem, ProblemSeverity } from './scanTypes';

const MIB = 1024 * 1024;

function formatBytes(bytes: number): string {
  return bytes >= 1024 * MIB ? `${(bytes / (1024 * MIB)).toFixed(1)} GB` : `${Math.round(bytes / MIB)} MB`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "The 12 records before that point are counted." when some were. */
function countedBefore(rows: number): string {
  return rows > 0 ? ` The ${plural(rows, 'record')} before that point are counted.` : '';
}

const PROBLEMS = {
  // The export as a whole.
  'repeated-names': { severity: 'warning', message: (p: { input: string; names: number }) => `${p.input} lists ${plural(p.names, 'file name')} more than once; each name was read once.` },
  'partial-export': {
    severity: 'warning',
    message: (p: { files: number }) =>
      `You opened ${p.files === 1 ? 'a single file' : `${p.files} single files`} rather than a whole export, so only ${p.files === 1 ? 'it is' : 'they are'} counted and every figure covers part of your data. Open the zip LinkedIn sent you, or the folder you unpacked it into, to count everything.`,
  },
  'basic-only': {
    severity: 'info',
    message: () =>
      'This is the Basic archive: it holds your profile, connections and messages. The Complete archive, with your posts, comments, reactions and logins, arrives within about a day; open both together then.',
  },
  // A file's header.
  'header-not-recognized': {
    severity: 'warning',
    message: () => 'None of the columns this app knows for this file were found; the first row was taken as the header. The file format may have changed.',
  },
  'unknown-columns': {
    severity: 'info',
    message: (p: { columns: readonly string[] }) => `Columns this app does not know yet: ${p.columns.join(', ')}. The rows are counted; these columns are not interpreted.`,
  },
  'date-column-missing': {
    severity: 'warning',
    message: (p: { column: string }) => `The date column "${p.column}" is missing (the file's columns changed), so its rows are counted without dates.`,
  },
  placeholder: { severity: 'info', message: () => 'The file holds a one-line note instead of records.' },
  // A file's rows.
  'message-owner-unknown': {
    severity: 'warning',
    message: () =>
      'No message here was sent under the name on your profile (or from your profile address), so which messages are yours is unknown: your sent messages and their words are shown as "unknown", not counted. The messages themselves are counted.',
  },
  'unreadable-dates': { severity: 'warning', message: (p: { count: number }) => `${plural(p.count, 'date')} could not be read; those items count as undated.` },
  'invalid-encoding': {
    severity: 'warning',
    message: (p: { count: number; encoding: string }) =>
      `${p.count === 1 ? '1 byte sequence is' : `${p.count} byte sequences are`} not valid ${p.encoding.toUpperCase()}; ${p.count === 1 ? 'it was' : 'they were'} replaced by "�" and the rest of the file was read.`,
  },
  'nul-bytes': { severity: 'warning', message: (p: { count: number }) => `The file contains ${plural(p.count, 'NUL byte')}, which were removed; the file may be damaged.` },
  'unterminated-quote': {
    severity: 'warning',
    message: () => 'A quoted field is never closed, so the last record runs to the end of the file; the file may be cut short or damaged.',
  },
  'malformed-quotes': {
    severity: 'info',
    message: (p: { count: number }) => `${plural(p.count, 'quote')} inside fields ${p.count === 1 ? 'is' : 'are'} not escaped the CSV way; the text was kept as written.`,
  },
  // Reading a file stopped.
  'size-mismatch': {
    severity: 'error',
    message: (p: { rowsBefore: number }) => `Reading stopped: the file inflates past the size the zip records for it, so the zip is damaged or built to mislead.${countedBefore(p.rowsBefore)}`,
  },
  'entry-too-large': {
    severity: 'error',
    message: (p: { rowsBefore: number; limit: number }) => `Reading stopped: the file inflates past the ${formatBytes(p.limit)} limit, far beyond any real export file.${countedBefore(p.rowsBefore)}`,
  },
  'compression-bomb': {
    severity: 'error',
    message: (p: { rowsBefore: number; ratio: number }) => `Reading stopped: the file inflates more than ${p.ratio} times its compressed size, which real exports never do (a "zip bomb").${countedBefore(p.rowsBefore)}`,
  },
  'record-too-long': {
    severity: 'error',
    message: (p: { rowsBefore: number; limit: number }) => `Reading stopped: one record is longer than ${formatBytes(p.limit)} (a broken quote or a damaged file).${countedBefore(p.rowsBefore)}`,
  },
  'damaged-entry': {
    severity: 'error',
    message: (p: { rowsBefore: number }) => `The file is damaged inside the zip and could not be decompressed to the end.${countedBefore(p.rowsBefore)} Download the export again to read it whole.`,
  },
  unreadable: { severity: 'error', message: (p: { rowsBefore: number; reason: string }) => `The file could not be read (${p.reason.slice(0, 120)}).${countedBefore(p.rowsBefore)}` },
  // Copies of one file (Basic and Complete archives, an older name beside the current one).
  'copy-identical': {
    severity: 'info',
    message: (p: { rows: number }) => `Another copy of this file in the export holds the same ${plural(p.rows, 'row')}: counted once, from that copy.`,
  },
  'copy-within': {
    severity: 'info',
    message: (p: { shared: number; firstRows: number }) =>
      `Another copy of this file in the export holds all ${plural(p.shared, 'row')} of this one${p.firstRows > p.shared ? ` and ${p.firstRows - p.shared} more` : ''}: counted once, from that copy.`,
  },
  'copy-with-rows': {
    severity: 'info',
    message: (p: { shared: number; own: number }) =>
      p.shared === 0
        ? `Another copy of this file in the export holds none of its ${plural(p.own, 'row')}, so all are counted here.`
        : `Another copy of this file in the export holds ${plural(p.shared, 'row')} of this one, counted once, from that copy; the other ${plural(p.own, 'row')} only this copy has are counted here.`,
  },
  // Files the app does not read.
  'skipped-entry': {
    severity: 'info',
    message: (p: { reason: SkipReason }) =>
      p.reason === 'clutter' ? 'Added by the operating system when the folder was zipped (such as __MACOSX or .DS_Store), not by LinkedIn: not read.' : 'An entry with no name: not read.',
  },
  'not-read': {
    severity: 'info',
    message: (p: { extension: string }) =>
      p.extension === 'zip'
        ? 'A zip inside the export; this app does not open archives inside archives.'
        : `Not a file type LinkedIn exports data in (.${p.extension || 'no extension'}); listed, not read.`,
  },
} satisfies Record<string, { readonly severity: ProblemSeverity; readonly message: (figures: never) => string }>;

export type ProblemCode = keyof typeof PROBLEMS;
type FiguresOf<C extends ProblemCode> = Parameters<(typeof PROBLEMS)[C]['message']>[0];

/** The problem `code`, worded from its figures; `detail` quotes the file (left out of shared reports at "counts"). */
export function problem<C extends ProblemCode>(code: C, ...[figures, detail]: FiguresOf<C> extends undefined ? [figures?: undefined, detail?: string] : [figures: FiguresOf<C>, detail?: string]): Problem {
  const { severity, message } = PROBLEMS[code] as { severity: ProblemSeverity; message: (f: unknown) => string };
  return { severity, code, message: message(figures), ...(detail !== undefined ? { detail } : {}) };
}

export const PROBLEM_CODES = Object.keys(PROBLEMS) as ProblemCode[];
