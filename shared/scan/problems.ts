// Runtime: any. Every problem the reader reports, by code: its severity and the sentence a member
// reads (what is wrong, what it means for the result, what to do). Written once here; the
// scanners only name the code and its figures. Messages never quote the member's data (not a
// value, not a column or file name, not an error's own text, which may hold a local path): a quote
// goes in `detail`, which shared reports leave out at "counts". A message about one input of the
// export starts with that input's name and names it nowhere else, so a report can put a label in
// its place (shared/report/shownNames.ts).

import { formatCount } from '../text/format';
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
    message: (p: { count: number }) => `${plural(p.count, 'column')} this app does not know yet: the rows are counted; ${p.count === 1 ? 'that column is' : 'those columns are'} not interpreted.`,
  },
  'date-column-missing': {
    severity: 'warning',
    message: (p: { column: string }) => `The date column "${p.column}" is missing (the file's columns changed), so its rows are counted without dates.`,
  },
  placeholder: { severity: 'info', message: () => 'The file holds a one-line note instead of records.' },
  'too-many-columns': {
    severity: 'warning',
    message: (p: { columns: number; limit: number }) =>
      `The header has ${formatCount(p.columns)} columns, far more than any real export file; only the first ${formatCount(p.limit)} are read (the command line's --limit columns= reads more).`,
  },
  'header-too-long': {
    severity: 'warning',
    message: (p: { limit: number }) =>
      `The header is longer than ${formatCount(p.limit)} characters, far more than any real export file; only the columns within them are read (the command line's --limit header-chars= reads more).`,
  },
  // A file's rows.
  'message-words-unknown': {
    severity: 'info',
    message: () => 'The name on your profile sent none of these messages, so your own messages were recognised as those of the most frequent sender; their words were not counted.',
  },
  'too-many-distinct': {
    severity: 'warning',
    message: (p: { what: readonly string[]; limit: number }) =>
      `More than ${formatCount(p.limit)} different ${p.what.join(', ')}, far more than any real export holds: every record is counted, but new ones were no longer told apart (the command line's --limit distinct-values= keeps more).`,
  },
  'dates-after-export': {
    severity: 'warning',
    message: (p: { count: number; day: string; bound: 'export' | 'analysis' }) =>
      `${p.count === 1 ? '1 item is' : `${formatCount(p.count)} items are`} dated after ${p.bound === 'export' ? `the export was made (${p.day})` : `today (${p.day}), and the export's own date is unknown`}, which cannot be right: the file may be damaged or edited. ${p.count === 1 ? 'It is' : 'They are'} counted with ${p.count === 1 ? 'that date' : 'those dates'}, after the period counted, so as not exposed; if ${p.count === 1 ? 'it is' : 'they are'} older, more may be exposed.`,
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
  'too-many-rows': {
    severity: 'error',
    message: (p: { limit: number }) =>
      `Reading stopped after ${formatCount(p.limit)} records, far more than any real export file holds; those records are counted (the command line's --limit rows= reads more).`,
  },
  'record-too-long': {
    severity: 'error',
    message: (p: { rowsBefore: number; limit: number }) => `Reading stopped: one record is longer than ${formatBytes(p.limit)} (a broken quote or a damaged file).${countedBefore(p.rowsBefore)}`,
  },
  'damaged-entry': {
    severity: 'error',
    message: (p: { rowsBefore: number }) => `The file is damaged inside the zip and could not be decompressed to the end.${countedBefore(p.rowsBefore)} Download the export again to read it whole.`,
  },
  unreadable: { severity: 'error', message: (p: { rowsBefore: number; reason: string }) => `The file could not be read (${p.reason}).${countedBefore(p.rowsBefore)}` },
  // Files the app does not read.
  'not-read': {
    severity: 'info',
    /** `extension`: a common one (fileTypes.ts), or null for none or an unusual one (it may be part of a name). */
    message: (p: { extension: string | null }) =>
      p.extension === 'zip'
        ? 'A zip inside the export; this app does not open archives inside archives.'
        : `Not a file type LinkedIn exports data in (${p.extension === null ? 'no common extension' : `.${p.extension}`}); listed, not read.`,
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
