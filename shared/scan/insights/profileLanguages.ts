// Runtime: any. The languages on the member's profile (Languages.csv) and their Duolingo scores.

import type { LanguageInsights } from '../scanTypes';
import { detach } from '../../text/detach';
import { findColumn } from '../columns';
import { MAX_LISTED, cell, type InsightKind } from './insight';

type ProfileLanguages = LanguageInsights['profileLanguages'];
type Duolingo = LanguageInsights['duolingo'];

export const profileLanguages: InsightKind<ProfileLanguages, ProfileLanguages> = {
  start(header) {
    const name = findColumn(header, ['Name']);
    const proficiency = findColumn(header, ['Proficiency']);
    const listed: { name: string; proficiency: string }[] = [];
    return {
      row: (row) => {
        if (listed.length < MAX_LISTED) listed.push({ name: detach(cell(row, name)), proficiency: detach(cell(row, proficiency)) });
      },
      finish: () => listed,
    };
  },
  merge: (parts) => parts.flat().slice(0, MAX_LISTED),
};

export const duolingo: InsightKind<Duolingo, Duolingo> = {
  start(header) {
    const language = findColumn(header, ['Language']);
    const score = findColumn(header, ['Score']);
    const level = findColumn(header, ['Proficiency Level']);
    const listed: { language: string; score: string; level: string }[] = [];
    return {
      row: (row) => {
        if (listed.length < MAX_LISTED) listed.push({ language: detach(cell(row, language)), score: detach(cell(row, score)), level: detach(cell(row, level)) });
      },
      finish: () => listed,
    };
  },
  merge: (parts) => parts.flat().slice(0, MAX_LISTED),
};
