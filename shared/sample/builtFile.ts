// Runtime: any. One file a builder made, with what it knows about it (records, item dates), and
// the context builders share: the world and the collector of personal values written.

import { writeCsv, type CsvCell, type CsvWriteOptions } from './csvWriter';
import { eraCsvOptions, eraFileName } from './eraStyle';
import type { World } from './world';

export interface BuiltFile {
  readonly path: string;
  readonly bytes: Uint8Array;
  /** Data records written (0 for header-only or a bare sentence). */
  readonly rows: number;
  /** The instants written in the file's date column (the catalog's first date column present). */
  readonly itemDates: readonly number[];
  readonly duplicateOf?: string;
  /** Ad_Targeting only: the interface-locale cell (`interfaceLocale`, else `Interface Locales`). */
  readonly interfaceLocale?: string;
}

/** Values grep-able in the archive: a reader that leaks them into a report or log is caught. */
export class SensitiveValues {
  private readonly values = new Set<string>();

  add(value: string): void {
    if (value.length < 12) throw new Error(`sensitive value too short to grep for: ${value}`);
    this.values.add(value);
  }

  list(): string[] {
    return [...this.values];
  }
}

export interface BuildContext {
  readonly world: World;
  readonly sensitive: SensitiveValues;
}

export type FileBuilder = (ctx: BuildContext) => BuiltFile[];

export interface CsvFileSpec {
  /** The file's current name without `.csv`; the era may rename it or append the member id. */
  readonly base: string;
  /** `Jobs/`, `Verifications/`, … */
  readonly folder?: string;
  /** Use exactly this name (without `.csv`) instead of the era's name for `base`. */
  readonly exactName?: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CsvCell[])[];
  readonly itemDates: readonly number[];
  /** On top of the era's encoding, delimiter and line endings. */
  readonly options?: CsvWriteOptions;
}

export function csvFile(world: World, spec: CsvFileSpec): BuiltFile {
  const name = spec.exactName ?? eraFileName(world.style, world.archive, spec.base, world.member.memberId);
  const options = { ...eraCsvOptions(world.style, spec.base), ...spec.options };
  return {
    path: `${spec.folder ?? ''}${name}.csv`,
    bytes: writeCsv(spec.header, spec.rows, options),
    rows: spec.rows.length,
    itemDates: spec.itemDates,
  };
}
