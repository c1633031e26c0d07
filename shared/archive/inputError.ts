// Runtime: any. Why an input could not be read at all, in one sentence a member can act on. Every
// host (the command line's paths, Electron's, the browser's files) and every reader (zip, folder,
// loose file) says it through `inputError`, so each failure has one wording, written here once.

export type InputErrorCode =
  | 'not-zip'
  | 'empty'
  | 'damaged'
  | 'encrypted'
  | 'nested-zip'
  | 'not-linkedin'
  | 'not-a-file'
  | 'unreadable';

/** What went wrong with an input, with the few facts its sentence needs (none from the member's data). */
export type InputFailure =
  | { readonly reason: 'zip-directory-broken' }
  | { readonly reason: 'split-zip' }
  | { readonly reason: 'not-zip'; readonly what: string }
  | { readonly reason: 'empty-file' }
  | { readonly reason: 'encrypted' }
  | { readonly reason: 'unsupported-compression' }
  | { readonly reason: 'nested-zip'; readonly what: string }
  | { readonly reason: 'no-files' }
  | { readonly reason: 'not-an-export'; readonly fileCount: number; readonly container: 'zip' | 'folder' }
  | { readonly reason: 'not-an-export-file' }
  | { readonly reason: 'special-file'; readonly what: string }
  | { readonly reason: 'missing' }
  | { readonly reason: 'unreadable'; readonly detail: string }
  | { readonly reason: 'load-failed'; readonly detail: string }
  | { readonly reason: 'folder-unreadable'; readonly detail: string };

type Reason = InputFailure['reason'];
type FailureOf<R extends Reason> = Extract<InputFailure, { reason: R }>;

const GET_YOUR_DATA = 'Open the .zip file LinkedIn sent you (Settings & Privacy → Data privacy → Get a copy of your data).';
const OPEN_AN_EXPORT = 'Open the .zip file LinkedIn sent you, or the folder you unpacked it into.';

/** Each reason's code and the words after the input's name. */
const SENTENCES: { readonly [R in Reason]: { readonly code: InputErrorCode; readonly says: (failure: FailureOf<R>) => string } } = {
  'zip-directory-broken': {
    code: 'damaged',
    says: () => "is damaged or incomplete (the zip's table of contents is missing or broken), often from an interrupted download. Download the export again from LinkedIn.",
  },
  'split-zip': { code: 'damaged', says: () => 'is one part of a split (multi-volume) zip. Join the parts, or unzip them and open the folder.' },
  'not-zip': { code: 'not-zip', says: (f) => `is not a zip archive (${f.what}). ${GET_YOUR_DATA}` },
  'empty-file': { code: 'empty', says: () => `is an empty file (0 bytes), not a zip archive. ${GET_YOUR_DATA}` },
  encrypted: {
    code: 'encrypted',
    says: () =>
      "is encrypted (password-protected), and this app cannot read encrypted zips. LinkedIn's export is not encrypted: open the original download, or unzip it with your password and open the folder.",
  },
  'unsupported-compression': {
    code: 'damaged',
    says: () => "uses a compression method this app cannot read. Unzip it with your system's tool and open the folder instead.",
  },
  'nested-zip': { code: 'nested-zip', says: (f) => `holds ${f.what} instead of the export's files. Unzip it once and open the archive inside it.` },
  'no-files': { code: 'empty', says: () => 'is empty: it holds no files. Open the zip LinkedIn e-mailed you, or the folder you unpacked it into.' },
  'not-an-export': {
    code: 'not-linkedin',
    says: (f) =>
      `is not a LinkedIn data export: none of its ${f.fileCount} file${f.fileCount === 1 ? '' : 's'} is one LinkedIn exports (such as Profile.csv or Connections.csv). Open the ${f.container} from "Get a copy of your data" on LinkedIn.`,
  },
  'not-an-export-file': {
    code: 'not-linkedin',
    says: () =>
      'is not a file LinkedIn exports (such as Profile.csv or Connections.csv). Open the zip LinkedIn e-mailed you, the folder you unpacked it into, or files from it.',
  },
  'special-file': { code: 'not-a-file', says: (f) => `is ${f.what}, so it was not read. ${OPEN_AN_EXPORT}` },
  missing: { code: 'unreadable', says: () => 'does not exist or cannot be opened. Check the path.' },
  unreadable: { code: 'unreadable', says: (f) => `could not be read (${f.detail}). Check that you may read it.` },
  'load-failed': {
    code: 'unreadable',
    says: (f) => `could not be read (${f.detail}). Check that the file is where you left it and that you may read it.`,
  },
  'folder-unreadable': { code: 'unreadable', says: (f) => `could not be opened (${f.detail}). Check that you may read the folder.` },
};

/**
 * `message` starts with the input's name and names it nowhere else, and quotes nothing else the
 * member chose: a report at "counts" puts a label in the name's place (shared/report/shownNames.ts).
 */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly code: InputErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** The one way readers and hosts refuse an input: its code and sentence come from the table above. */
export function inputError(input: string, failure: InputFailure): InputError {
  const entry = SENTENCES[failure.reason] as { code: InputErrorCode; says: (f: InputFailure) => string };
  return new InputError(input, entry.code, `${input} ${entry.says(failure)}`);
}
