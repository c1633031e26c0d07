// Runtime: any. The interface language LinkedIn's ad targeting names (Ad_Targeting.csv): the
// language views show it, and it counts as one language-preference item.

import { detach } from '../../text/detach';
import { findColumn } from '../columns';
import { MAX_LISTED, cell, type InsightKind } from './insight';

type Locales = readonly string[];

export const adTargeting: InsightKind<Locales, Locales> = {
  start(header) {
    const locale = findColumn(header, ['interfaceLocale']);
    // 2018 names the language in `Interface Language`, and has no locale code.
    const localeName = findColumn(header, ['Interface Locales', 'Interface Language']);
    const locales = new Set<string>();
    let named = false;
    return {
      row: (row) => {
        const value = cell(row, locale) || cell(row, localeName);
        if (value !== '') named = true;
        for (const part of value.split(';')) {
          const trimmed = part.trim();
          if (trimmed !== '' && locales.size < MAX_LISTED) locales.add(detach(trimmed));
        }
      },
      addsItems: () => (named ? 1 : 0),
      finish: () => [...locales],
    };
  },
  merge(parts) {
    const locales = new Set<string>();
    for (const part of parts) for (const locale of part) if (locales.size < MAX_LISTED) locales.add(locale);
    return [...locales];
  },
};
