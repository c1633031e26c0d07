// Runtime: any. Reactions by type (LIKE, PRAISE…), for the responses view.

import { findColumn } from '../columns';
import { LabelCounter } from '../counter';
import { cell, overflowedOf, type InsightKind } from './insight';

type LabelCounts = readonly { readonly label: string; readonly count: number }[];

export const reactions: InsightKind<LabelCounts, LabelCounts> = {
  start(header, limits) {
    const type = findColumn(header, ['Type']);
    const counts = new LabelCounter(limits.maxDistinctKeys);
    return {
      row: (row) => {
        const value = cell(row, type);
        if (value !== '') counts.add(value.toUpperCase());
      },
      overflowed: () => overflowedOf({ 'reaction types': counts }),
      finish: () => counts.top(),
    };
  },
  merge(parts) {
    const counts = new LabelCounter();
    for (const part of parts) for (const { label, count } of part) counts.add(label, count);
    return counts.top();
  },
};
