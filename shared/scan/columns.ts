// Runtime: any. Header names compared the way LinkedIn's changing headers need: trimmed,
// case-insensitive, by position (duplicate names keep every column).

export function normalizeColumn(name: string): string {
  return name.replace(/^\uFEFF/, '').trim().toLowerCase();
}

/** Position of the first column named any of `names`, or -1. */
export function findColumn(header: readonly string[], names: readonly string[]): number {
  for (const name of names) {
    const wanted = normalizeColumn(name);
    const index = header.findIndex((h) => normalizeColumn(h) === wanted);
    if (index !== -1) return index;
  }
  return -1;
}

/** For files the catalog does not know: a column that looks like it holds a date. */
export function guessDateColumn(header: readonly string[]): number {
  return header.findIndex((h) => {
    const n = normalizeColumn(h);
    return /date|time/.test(n) || / (on|at)$/.test(n);
  });
}

export function isBlankRow(row: readonly string[]): boolean {
  for (const field of row) if (field.trim() !== '') return false;
  return true;
}
