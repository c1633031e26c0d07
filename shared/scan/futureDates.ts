// Runtime: any. Dates after the export was made cannot be right (a damaged or hand-edited file, a
// crafted one: 2200-01-01 used to pass silently), except in files whose dates are real-world ones
// that may lie ahead (an event still to come, a job the member entered ahead: the catalog's
// dateMeaning 'real-world'). They stay counted as written, and the file says
// how many and what that means for its exposure. The export's date comes from the archive's name;
// without one, the day of the analysis is the bound.

import { catalogEntryById } from '../catalog/fileCatalog';
import { dayFromIso } from '../text/dates';
import { problem } from './problems';
import type { FileScan } from './scanTypes';

/** The export's name is LinkedIn's local date; an item stamped in UTC may be a day later. */
const SLACK_DAYS = 1;

/** Each file with items dated after `boundIso` (plus a day) gets one problem saying how many. */
export function flagDatesAfter(files: readonly FileScan[], boundIso: string, bound: 'export' | 'analysis'): FileScan[] {
  const last = dayFromIso(boundIso) + SLACK_DAYS;
  return files.map((file) => {
    if (file.catalogId !== null && catalogEntryById(file.catalogId).dateMeaning === 'real-world') return file;
    let count = 0;
    const { days, items } = file.histogram;
    // Days are sorted: only the tail can be late.
    for (let i = days.length - 1; i >= 0 && days[i]! > last; i--) count += items[i]!;
    return count === 0 ? file : { ...file, problems: [...file.problems, problem('dates-after-export', { count, day: boundIso, bound })] };
  });
}
