// Runtime: any. Reactions by type (LIKE, PRAISE…), for the responses view.

import { findColumn } from '../columns';
import { LabelCounter } from '../counter';
import { cell, type InsightKind } from './insight';

type LabelCounts = readonly { readonly label: string; readonly count: number }[];

export const reactions: InsightKind<LabelCounts, LabelCounts> = {
  start(header) {
    const type = findColumn(header, ['Type']);
    const counts = new LabelCounter();
    return {
      row: (row) => {
        const value = cell(row, type);
        if (value !== '') counts.add(value.toUpperCase());
      },
      finish: () => counts.top(),
    };
  },
  merge(parts) {
    const counts = new LabelCounter();
    for (const part of parts) for (const { label, count } of part) counts.add(label, count);
    return counts.top();
  },
};
