// Runtime: any. What a report shows of names. LinkedIn's own names (a file the catalog knows, its
// folders, `Complete_LinkedInDataExport_….zip`, a catalog column) are shown exactly as written, at
// every level: a member id in `Comments_123456789.csv` is LinkedIn's, not a phone number. A name
// that may carry the member's data (a file the catalog does not know, an article titled in its
// name, a folder or zip the member named, a header cell the catalog does not name) is a neutral
// label with its kind at "counts" (`[zip 1]`, `[folder 2]`, `[unknown file 3].csv`), scrubbed of
// contact details at "excerpts", and as written at "full".

import { isExportFolder, isLinkedInArchiveName } from '../archive/entryPaths';
import { catalogEntryById, type CatalogEntry } from '../catalog/fileCatalog';
import { commonExtension } from '../catalog/fileTypes';
import { baseName, extensionOf, matchFile } from '../catalog/matchFile';
import { normalizeColumn } from '../scan/columns';
import type { ExportScan, FileScan, InputSummary } from '../scan/scanTypes';
import { scrubPersonal, type RedactionLevel } from './redaction';

export interface ShownFile {
  readonly name: string;
  readonly path: string;
}

export interface ShownColumns {
  /** The header; at "counts" only the cells the catalog names, in its spelling. */
  readonly columns: readonly string[];
  /** Header cells the catalog does not know for this file (all of a file it does not know); absent at "counts". */
  readonly unknownColumns?: readonly string[];
  readonly unknownColumnCount: number;
}

/** Every column name the catalog writes for a file, by its normalized form. */
function catalogColumns(entry: CatalogEntry): Map<string, string> {
  const names = [
    ...(entry.columns ?? []),
    ...entry.dateColumns,
    ...(entry.ownText?.columns ?? []),
    ...(entry.headerHints ?? []),
    ...(entry.perLineQuotedColumns ?? []),
  ];
  return new Map(names.map((name) => [normalizeColumn(name), name]));
}

/** An input's label at "counts": its kind and its place among the inputs given. */
export function inputLabel(kind: InputSummary['kind'], index: number): string {
  return `[${kind === 'unknown' ? 'input' : kind} ${index + 1}]`;
}

/** LinkedIn's own name for an input: its archive's, or a file of its export given alone (`Shares.csv`). */
function isLinkedInInputName(name: string): boolean {
  return isLinkedInArchiveName(name) || matchFile(name)?.entry.format === 'csv';
}

/** An input's name as a report at `redaction` shows it. */
export function shownInputName(name: string, kind: InputSummary['kind'], index: number, redaction: RedactionLevel): string {
  if (redaction === 'full' || isLinkedInInputName(name)) return name;
  return redaction === 'counts' ? inputLabel(kind, index) : scrubPersonal(name);
}

/**
 * A message about an input, as a report shows it. Such messages start with the input's name and
 * name it nowhere else (problems.ts and InputError say so; a test holds every one to it).
 */
export function shownInputMessage(message: string, rawName: string, shownName: string): string {
  return shownName !== rawName && message.startsWith(rawName) ? `${shownName}${message.slice(rawName.length)}` : message;
}

/** The names of one export as one report shows them; labels are numbered in file order. */
export class ShownNames {
  private readonly folderLabels = new Map<string, string>();
  private readonly files: readonly ShownFile[];
  private articles = 0;
  private unknownFiles = 0;

  /** `firstInput`: the place of this export's first input among all given (a batch numbers them across exports). */
  constructor(
    private readonly scan: ExportScan,
    private readonly redaction: RedactionLevel,
    private readonly firstInput = 0,
  ) {
    this.files = scan.files.map((file) => this.shownFile(file));
  }

  input(index: number): string {
    const input = this.scan.inputs[index];
    return input ? shownInputName(input.name, input.kind, this.firstInput + index, this.redaction) : '';
  }

  /** An input's error, or a problem of the whole export about one input, without its name at "counts". */
  inputMessage(message: string): string {
    // The longest name the message starts with: one input's name may begin another's.
    let best = -1;
    this.scan.inputs.forEach((input, index) => {
      if (message.startsWith(input.name) && (best === -1 || input.name.length > this.scan.inputs[best]!.name.length)) best = index;
    });
    return best === -1 ? message : shownInputMessage(message, this.scan.inputs[best]!.name, this.input(best));
  }

  /** Text quoted from a file (a problem's detail): none at "counts", contact details scrubbed at "excerpts". */
  quoted(text: string): string | undefined {
    if (this.redaction === 'counts') return undefined;
    return this.redaction === 'full' ? text : scrubPersonal(text);
  }

  file(index: number): ShownFile {
    return this.files[index]!;
  }

  /** Another file's path, as this report shows that file (a duplicate names the copy counted first). */
  pathOf(file: { readonly path: string; readonly input: number }): string {
    const index = this.scan.files.findIndex((f) => f.path === file.path && f.input === file.input);
    if (index !== -1) return this.files[index]!.path;
    return this.shownFile({ name: baseName(file.path), path: file.path, catalogId: matchFile(file.path)?.entry.id ?? null }).path;
  }

  columns(file: FileScan): ShownColumns {
    const entry = file.catalogId === null ? null : catalogEntryById(file.catalogId);
    const unknown = entry ? file.unknownColumns : file.columns.filter((c) => c !== '');
    if (this.redaction === 'counts') {
      const named = entry ? catalogColumns(entry) : new Map<string, string>();
      const columns = file.columns.flatMap((c) => {
        const name = named.get(normalizeColumn(c));
        return name === undefined ? [] : [name];
      });
      return { columns, unknownColumnCount: unknown.length };
    }
    const shown = (c: string) => (this.redaction === 'full' ? c : scrubPersonal(c));
    return { columns: file.columns.map(shown), unknownColumns: unknown.map(shown), unknownColumnCount: unknown.length };
  }

  private shownFile(file: Pick<FileScan, 'name' | 'path' | 'catalogId'>): ShownFile {
    if (this.redaction === 'full') return { name: file.name, path: file.path };
    const folders = file.path.split('/').slice(0, -1).map((folder) => this.folder(folder));
    const name = this.fileName(file);
    return { name, path: [...folders, name].join('/') };
  }

  private folder(folder: string): string {
    if (isExportFolder(folder)) return folder;
    if (this.redaction !== 'counts') return scrubPersonal(folder);
    let label = this.folderLabels.get(folder);
    if (label === undefined) this.folderLabels.set(folder, (label = `[folder ${this.folderLabels.size + 1}]`));
    return label;
  }

  private fileName(file: Pick<FileScan, 'name' | 'catalogId'>): string {
    const entry = file.catalogId === null ? null : catalogEntryById(file.catalogId);
    // A file the catalog knows by name: LinkedIn's own words. An article is named by its title.
    if (entry?.format === 'csv') return file.name;
    if (this.redaction !== 'counts') return scrubPersonal(file.name);
    const kind = entry?.format === 'article' ? `article ${++this.articles}` : `unknown file ${++this.unknownFiles}`;
    const extension = commonExtension(extensionOf(file.name));
    return `[${kind}]${extension ? `.${extension}` : ''}`;
  }
}
