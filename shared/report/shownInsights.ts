// Runtime: any. The views' aggregates as a report shows them. Below "full" (excerpts add only the
// first words of posts and comments) nothing the member, or a crafted file, wrote is named: values
// LinkedIn writes from a fixed list (reaction types, folders, login types, proficiencies, locale
// codes) are kept, any other value is counted under OTHER or shown as a numbered label; devices
// are the app's own family names. IP addresses appear only at "full".

import { LANGUAGE_PROFICIENCIES, LOGIN_TYPES, MESSAGE_FOLDERS, REACTION_TYPES, isLocaleCode } from '../catalog/knownValues';
import type { LanguageInsights, LoginInsights, ScanInsights } from '../scan/scanTypes';
import type { RedactionLevel } from './redaction';

type LabelCounts = readonly { readonly label: string; readonly count: number }[];

export const OTHER_VALUE = 'OTHER';

export type ReportInsights = Omit<ScanInsights, 'logins'> & {
  /** Without the per-hour login times (the app's heatmap only; reports show weekday × hour). */
  readonly logins: Omit<LoginInsights, 'topIps' | 'hourly'> & { readonly topIps?: LoginInsights['topIps'] };
};

/** Counts by value, values off `known` summed under OTHER; most frequent first. */
function knownLabels(counts: LabelCounts, known: readonly string[]): LabelCounts {
  const kept = new Map<string, number>();
  for (const { label, count } of counts) {
    const shown = known.includes(label) ? label : OTHER_VALUE;
    kept.set(shown, (kept.get(shown) ?? 0) + count);
  }
  return [...kept].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1));
}

function countedLanguages(languages: LanguageInsights): LanguageInsights {
  const known = (value: string, list: readonly string[]) => (list.includes(value) ? value : '[hidden]');
  return {
    profileLanguages: languages.profileLanguages.map((l, i) => ({ name: `[language ${i + 1}]`, proficiency: known(l.proficiency, LANGUAGE_PROFICIENCIES) })),
    interfaceLocales: languages.interfaceLocales.map((locale, i) => (isLocaleCode(locale) ? locale : `[locale ${i + 1}]`)),
    duolingo: languages.duolingo.map((d, i) => ({ language: `[language ${i + 1}]`, score: /^\d{1,4}$/.test(d.score) ? d.score : '[hidden]', level: '[hidden]' })),
  };
}

export function shownInsights(insights: ScanInsights, redaction: RedactionLevel): ReportInsights {
  const { topIps, hourly, ...logins } = insights.logins;
  void hourly;
  if (redaction === 'full') return { ...insights, logins: { ...logins, topIps } };
  return {
    ...insights,
    logins: { ...logins, loginTypes: knownLabels(logins.loginTypes, LOGIN_TYPES) },
    reactionsByType: knownLabels(insights.reactionsByType, REACTION_TYPES),
    messages: { ...insights.messages, folders: knownLabels(insights.messages.folders, MESSAGE_FOLDERS) },
    languages: countedLanguages(insights.languages),
  };
}
