// Runtime: any. Every entry of every input ends in the scan with its outcome: read, empty, unknown,
// damaged, a copy of another file (identical, or with rows of its own), or skipped with the reason.

import { baseName } from '../catalog/matchFile';
import type { SkippedEntry } from '../archive/types';
import { problem } from './problems';
import { blankFileScan } from './readArchiveFile';
import type { FileScan } from './scanTypes';

/** An entry not read at all (operating-system clutter, a nameless entry). */
export function skippedFile(entry: SkippedEntry, input: number): FileScan {
  return blankFileScan({ name: baseName(entry.path), path: entry.path, input }, 'skipped', [problem('skipped-entry', { reason: entry.reason })]);
}

/**
 * A later copy of a file, once read: its rows an earlier copy counted were not counted again
 * (`shared`). A copy with no row of its own is a duplicate; identical when it also lacks none of
 * the first copy's rows. A copy with rows of its own stays read, those rows counted once, here.
 */
export function asCopy(copy: FileScan, first: FileScan, shared: number): FileScan {
  const ownRows = copy.rows;
  const damaged = copy.status === 'error' || first.status === 'error';
  const identical = !damaged && ownRows === 0 && shared === first.rows;
  const note =
    ownRows > 0
      ? problem('copy-with-rows', { shared, own: ownRows })
      : identical
        ? problem('copy-identical', { rows: shared })
        : problem('copy-within', { shared, firstRows: first.rows });
  return {
    ...copy,
    status: ownRows === 0 && copy.status !== 'error' ? 'duplicate' : copy.status,
    duplicateOf: { path: first.path, input: first.input, identical, sharedRows: shared },
    problems: [...copy.problems, note],
  };
}
