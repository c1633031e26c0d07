// Runtime: any. Every problem the reader reports, by code: its severity and the sentence a member
// reads (what is wrong, what it means for the result, what to do). Written once here; the
// scanners only name the code and its figures. Messages never quote the member's data (not a
// value, not a column or file name, not an error's own text, which may hold a local path): a quote
// goes in `detail`, which shared reports leave out at "counts". A message about one input of the
// export starts with that input's name and names it nowhere else, so a report can put a label in
// its place (shared/report/shownNames.ts).

import { describeMethod } from '../archive/entryErrors';
import type { ArchiveNote, SkipReason } from '../archive/types';
import { formatCount } from '../text/format';
import type { Problem, ProblemSeverity } from './scanTypes';

const MIB = 1024 * 1024;

function formatBytes(bytes: number): string {
  return bytes >= 1024 * MIB ? `${(bytes / (1024 * MIB)).toFixed(1)} GB` : `${Math.round(bytes / MIB)} MB`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `it was` / `they were`, by count. */
const wasOrWere = (n: number) => (n === 1 ? 'it was' : 'they were');
const DOWNLOAD_AGAIN = 'Download the export again to read it whole.';
/** The figures of an input's note with that code (some notes share a shape among codes). */
type NoteOf<N, C> = N extends { readonly code: infer K } ? (C extends K ? N : never) : never;
type Note<C extends ArchiveNote['code']> = NoteOf<ArchiveNote, C>;

/** "The 12 records before that point are counted." when some were. */
function countedBefore(rows: number): string {
  return rows > 0 ? ` The ${plural(rows, 'record')} before that point are counted.` : '';
}

/** Why an entry was not read, in the words its row in the list of every file gives. */
const SKIPPED_BECAUSE: Readonly<Record<SkipReason, string>> = {
  clutter: 'Added by the operating system when the folder was zipped (such as __MACOSX or .DS_Store), not by LinkedIn: not read.',
  unnamed: 'An entry with no name: not read.',
  'repeated-name': 'The zip stores another entry under this name; the last one was read, as unzip would extract it, and this one not.',
  symlink: 'A symbolic link: not followed (a link can lead outside the export), so what it points to was not read.',
  device: 'A device, not a file: not read.',
  fifo: 'A named pipe, not a file: not read (reading it could wait forever).',
  socket: 'A socket, not a file: not read.',
  unreadable: 'Could not be opened (no permission to read it): not read. Check that you may read it.',
  'too-deep': 'A folder nested deeper than any export holds: not read.',
};

const PROBLEMS = {
  // The export as a whole.
  'repeated-names': { severity: 'warning', message: (p: { input: string; names: number }) => `${p.input} lists ${plural(p.names, 'file name')} more than once; each name was read once.` },
  'partial-export': {
    severity: 'warning',
    message: (p: { files: number }) =>
      `You opened ${p.files === 1 ? 'a single file' : `${p.files} single files`} rather than a whole export, so only ${p.files === 1 ? 'it is' : 'they are'} counted and every figure covers part of your data. Open the zip LinkedIn sent you, or the folder you unpacked it into, to count everything.`,
  },
  // One input's structure, and what a folder's walk left out.
  'data-before-zip': {
    severity: 'info',
    message: (p: Note<'data-before-zip'>) =>
      `${p.input} starts with ${Math.max(1, Math.round(p.bytes / 1024))} KB that are not part of the zip (a self-extracting program or other data); the zip after them was read.`,
  },
  'entry-count-mismatch': {
    severity: 'warning',
    message: (p: Note<'entry-count-mismatch'>) => `${p.input}'s table of contents says it holds ${p.recorded} entries but lists ${p.listed}; the ${p.listed} listed were read.`,
  },
  'too-many-entries': {
    severity: 'warning',
    message: (p: Note<'too-many-entries'>) =>
      p.kind === 'zip'
        ? `${p.input} lists ${p.listed ?? `more than ${p.limit}`} entries, more than the ${p.limit} this app reads from one archive (real exports hold fewer than 200); the first ${p.limit} were read.`
        : `${p.input} holds more than ${p.limit} files, more than this app reads from one folder (real exports hold fewer than 200); the first ${p.limit} were read.`,
  },
  'directory-damaged': {
    severity: 'warning',
    message: (p: Note<'directory-damaged'>) => `${p.input}'s table of contents is damaged after its first ${plural(p.read, 'entry', 'entries')}; those were read, any after them could not be found. ${DOWNLOAD_AGAIN}`,
  },
  'directory-size-wrong': { severity: 'warning', message: (p: Note<'directory-size-wrong'>) => `${p.input} records a wrong size for its table of contents; it was read up to the end record.` },
  'zip64-extra-ignored': {
    severity: 'info',
    message: (p: Note<'zip64-extra-ignored'>) => `${p.input} carries malformed extra data in its zip64 end record; it was ignored (it holds nothing this app needs).`,
  },
  'zip64-end-ignored': { severity: 'info', message: (p: Note<'zip64-end-ignored'>) => `${p.input} carries a damaged zip64 end record; the classic one was used instead.` },
  'folder-unreadable': {
    severity: 'warning',
    message: (p: Note<'folder-unreadable'>) =>
      `${p.input}: ${plural(p.count, 'folder or file', 'folders or files')} inside could not be opened (no permission to read ${p.count === 1 ? 'it' : 'them'}), so ${wasOrWere(p.count)} not read; everything else was. Check that you may read ${p.count === 1 ? 'it' : 'them'}.`,
  },
  'folder-too-deep': {
    severity: 'warning',
    message: (p: Note<'folder-too-deep'>) => `${p.input}: ${plural(p.count, 'folder nested', 'folders nested')} deeper than any export holds ${p.count === 1 ? 'was' : 'were'} not read.`,
  },
  'links-not-followed': {
    severity: 'info',
    message: (p: Note<'links-not-followed'>) =>
      `${p.input}: ${plural(p.count, 'symbolic link was', 'symbolic links were')} not followed (a link can lead outside the export), so what ${p.count === 1 ? 'it points' : 'they point'} to was not read.`,
  },
  'not-regular-files': {
    severity: 'info',
    message: (p: Note<'not-regular-files'>) =>
      `${p.input}: ${plural(p.count, 'entry is', 'entries are')} not a regular file (a device, a named pipe or a socket) and ${p.count === 1 ? 'was' : 'were'} skipped.`,
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
  'message-owner-unknown': {
    severity: 'warning',
    message: () =>
      'No message here was sent under the name on your profile (or from your profile address), so which messages are yours is unknown: your sent messages and their words are shown as "unknown", not counted. The messages themselves are counted.',
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
  'archive-too-large': {
    severity: 'error',
    message: (p: { rowsBefore: number; limit: number }) =>
      `Reading stopped: the zip's files together inflate past the ${formatBytes(p.limit)} limit for one archive, far beyond any real export (a "zip bomb").${countedBefore(p.rowsBefore)}`,
  },
  // A zip entry damaged, or built in a way this app does not read (only that file).
  'bad-crc': {
    severity: 'error',
    message: (p: { rowsBefore: number }) => `The file's contents do not match the checksum the zip records for them, so the file is damaged.${countedBefore(p.rowsBefore)} ${DOWNLOAD_AGAIN}`,
  },
  'unsupported-method': {
    severity: 'error',
    message: (p: { rowsBefore: number; method: number }) =>
      `The file is compressed with ${describeMethod(p.method)}, which this app cannot decompress; LinkedIn's exports use only the standard method, so another tool repacked this zip.${countedBefore(p.rowsBefore)} Unzip it with your system's tool and open the folder instead.`,
  },
  'encrypted-entry': {
    severity: 'error',
    message: (p: { rowsBefore: number }) =>
      `The file is encrypted (password-protected) inside the zip, so it could not be read.${countedBefore(p.rowsBefore)} LinkedIn's export is not encrypted: open the original download, or unzip it with the password and open the folder.`,
  },
  'entry-past-end': {
    severity: 'error',
    message: (p: { rowsBefore: number }) =>
      `The zip records this file as running past the end of the archive, so the archive is cut short or damaged; the file was not read.${countedBefore(p.rowsBefore)} ${DOWNLOAD_AGAIN}`,
  },
  'overlapping-entries': {
    severity: 'error',
    message: (p: { rowsBefore: number }) =>
      `The file's data overlaps another file's inside the zip, which no real archive does (a damaged zip, or a "zip bomb" that reuses the same data many times); the file was not read.${countedBefore(p.rowsBefore)} Download the export again from LinkedIn.`,
  },
  'entry-not-found': {
    severity: 'error',
    message: (p: { rowsBefore: number }) => `The file's data is not where the zip's table of contents says it is, so the zip is damaged; the file was not read.${countedBefore(p.rowsBefore)} ${DOWNLOAD_AGAIN}`,
  },
  'entry-record-incomplete': {
    severity: 'error',
    message: (p: { rowsBefore: number }) =>
      `The zip's table of contents records this file incompletely (its large-size fields are missing), so the zip is damaged; the file was not read.${countedBefore(p.rowsBefore)} ${DOWNLOAD_AGAIN}`,
  },
  unreadable: { severity: 'error', message: (p: { rowsBefore: number; reason: string }) => `The file could not be read (${p.reason}).${countedBefore(p.rowsBefore)}` },
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
    message: (p: { reason: SkipReason }) => SKIPPED_BECAUSE[p.reason],
  },
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

/** What an input's note says, as a problem of the export. */
export function noteProblem(note: ArchiveNote): Problem {
  // Each note's code names a problem whose figures are that note (checked above, by `Note<C>`).
  return problem(note.code as 'data-before-zip', note as Note<'data-before-zip'>);
}
