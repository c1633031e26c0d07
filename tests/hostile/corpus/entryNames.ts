// Runtime: any. Entry names an archive can carry but an export never does: paths that climb out
// (`../`), absolute paths, Windows drive paths, backslashes, and one name stored twice. The app
// never extracts, so none may reach the disk; they are only shown, normalized.

import type { GeneratedExport } from '../../../shared/sample/types';
import { baseExport, deflatedEntries, fileOf, rowsOf, utf8 } from './baseExport';
import { storedEntry, writeZip } from './zipWriter';

/** Part of every escaping name: a test looks for it on disk after the read. */
export const ESCAPE_CANARY = 'lae-hostile-canary';

export interface HostileNamesCase {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly base: GeneratedExport;
  /** Names that point outside any folder the archive could be extracted into, as stored. */
  readonly escapingNames: readonly string[];
  /** A real export file stored with `\` separators (as some Windows zippers write). */
  readonly backslashName: string;
  readonly backslashPath: string;
  /** Stored twice: first the export's copy, then a one-record copy. */
  readonly repeatedPath: string;
  readonly repeatedRows: readonly number[];
}

export async function hostileNamesCase(): Promise<HostileNamesCase> {
  const base = baseExport();
  const backslashPath = 'Jobs/Saved Jobs.csv';
  const backslashName = backslashPath.replace('/', '\\');
  const repeatedPath = 'Skills.csv';
  const escapingNames = [
    `../../${ESCAPE_CANARY}-parent.csv`,
    `../../../../../../../../tmp/${ESCAPE_CANARY}-deep.csv`,
    '/etc/passwd',
    `/tmp/${ESCAPE_CANARY}-absolute.csv`,
    `C:\\Windows\\${ESCAPE_CANARY}-drive.csv`,
    `..\\..\\${ESCAPE_CANARY}-backslash.csv`,
  ];
  const note = utf8('Note\nAn invented line: if this is on disk, an archive entry escaped.\n');
  const entries = [
    ...(await deflatedEntries(base.files.filter((f) => f.path !== backslashPath))),
    storedEntry(backslashName, fileOf(base, backslashPath).bytes),
    ...escapingNames.map((name) => storedEntry(name, name === '/etc/passwd' ? utf8('invented:x:1000:1000::/home/invented:/bin/sh\n') : note)),
    storedEntry(repeatedPath, utf8('Name\nInvented second copy\n')),
  ];
  return {
    name: base.name,
    bytes: writeZip(entries),
    base,
    escapingNames,
    backslashName,
    backslashPath,
    repeatedPath,
    repeatedRows: [rowsOf(base, repeatedPath), 1],
  };
}
