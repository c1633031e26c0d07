// Runtime: any. What a reader should find in the generated files, derived from what the
// builders wrote, with the app's counting rule for categories.

import { matchFile } from '../catalog/matchFile';
import { CATEGORY_IDS, type CategoryId } from '../policy/policyModel';
import type { BuiltFile } from './builtFile';
import { isoDay } from './dateShapes';
import type { ExpectedFile } from './types';

export function expectedFile(file: BuiltFile): ExpectedFile {
  const match = matchFile(file.path);
  const dated = match !== null && file.itemDates.length > 0;
  const expected: ExpectedFile = {
    path: file.path,
    catalogId: match?.entry.id ?? null,
    rows: file.rows,
    firstDay: dated ? isoDay(Math.min(...file.itemDates)) : null,
    lastDay: dated ? isoDay(Math.max(...file.itemDates)) : null,
    itemDays: match === null ? [] : file.itemDates.map(isoDay),
  };
  return file.duplicateOf === undefined ? expected : { ...expected, duplicateOf: file.duplicateOf };
}

/**
 * Items per category: each matched CSV adds its rows, each article 1 (its one row), a filled
 * interface locale in Ad_Targeting 1 more to `language`; second copies and unknown files nothing.
 */
export function expectedCategories(files: readonly BuiltFile[]): Record<CategoryId, number> {
  const counts = Object.fromEntries(CATEGORY_IDS.map((id) => [id, 0])) as Record<CategoryId, number>;
  for (const file of files) {
    if (file.duplicateOf !== undefined) continue;
    const match = matchFile(file.path);
    if (!match) continue;
    counts[match.entry.category] += match.entry.format === 'article' ? 1 : file.rows;
    if (match.entry.id === 'ad-targeting' && file.interfaceLocale) counts.language += 1;
  }
  return counts;
}
