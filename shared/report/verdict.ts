// Runtime: any. The verdict in the member's terms, the same sentences in the app and every report:
// first the words they wrote that could have been used, then, kept apart, how many items are in a
// category LinkedIn trains on in their region (whatever the dates) and how many of those were on
// the account while training was on, before the opt-out (exposed); why the rest is only possibly
// exposed; what the app cannot know; minors. Each sentence carries its sources.

import type { ItemsByTrainingStatus } from '../analysis/buildAnalysis';
import { anyTrainingCounted, windowsCounted, type ExposureCounts, type PolicyInputs } from '../analysis/exposure';
import {
  DATA_KIND_IDS,
  DATA_KINDS,
  POSSIBLE_REASON_INFO,
  POSSIBLE_REASONS,
  STATEMENTS,
  categoryById,
  regionById,
  rulesInRegion,
  statusInRegion,
  type CategoryId,
  type SourceId,
  type StatementId,
} from '../policy/policyModel';
import { formatDate, formatMonth, type DateStyle } from '../text/format';
import { approx, formatCount, share } from './wording';

export interface VerdictLine {
  readonly text: string;
  readonly sources: readonly SourceId[];
}

/** What the verdict reads: an Analysis (with `invented`) or a report's JSON both have it. */
export interface VerdictFigures {
  readonly policy: Pick<PolicyInputs, 'region' | 'optedOut' | 'asOf' | 'adultFrom'>;
  readonly totals: {
    readonly items: number;
    readonly words: number;
    readonly itemsByTrainingStatus: ItemsByTrainingStatus;
    readonly exposure: Pick<ExposureCounts, 'exposed' | 'possiblyExposed' | 'notExposed' | 'exposedWords' | 'possiblyExposedWords' | 'possiblyExposedByReason'>;
  };
  readonly categories: readonly { readonly id: CategoryId; readonly exposure: { readonly exposed: number } }[];
  /** The input is the built-in sample. */
  readonly invented: boolean;
}

export interface Verdict {
  /** The member's own words that could have been used, and the share. */
  readonly headline: VerdictLine;
  /** Items in a category LinkedIn trains on in the region, whatever the dates. */
  readonly inTrainingCategories: VerdictLine;
  /** Of those, on the account while training was on, before the opt-out: exposed. */
  readonly whileTraining: VerdictLine;
  readonly possibly: VerdictLine | null;
  readonly byCategory: VerdictLine | null;
  readonly counts: VerdictLine;
  readonly cannotKnow: VerdictLine;
  readonly minors: VerdictLine;
  readonly sample: VerdictLine | null;
}

/** The order every surface shows the lines in, after the headline. */
export const VERDICT_LINES = ['sample', 'inTrainingCategories', 'whileTraining', 'possibly', 'byCategory', 'counts', 'cannotKnow', 'minors'] as const satisfies readonly (keyof Verdict)[];

export const SAMPLE_LABEL = 'Invented sample data, not a real member\'s export';

function unique(ids: readonly SourceId[]): SourceId[] {
  return [...new Set(ids)];
}

function fromStatement(id: StatementId): VerdictLine {
  return { text: STATEMENTS[id].text, sources: STATEMENTS[id].sources };
}

function items(n: number): string {
  return `${formatCount(n)} item${n === 1 ? '' : 's'}`;
}

/** The kinds of data LinkedIn says it trains on in the region, and the statements saying so. */
function usedKinds(figures: VerdictFigures): VerdictLine {
  const region = figures.policy.region;
  const kinds = DATA_KIND_IDS.filter((kind) => statusInRegion(kind, region) === 'used');
  const sources = kinds.flatMap((kind) => rulesInRegion(kind, region).filter((s) => s.row.status === 'used').flatMap((s) => STATEMENTS[s.row.statement].sources));
  return { text: kinds.map((kind) => DATA_KINDS[kind].label).join('; '), sources: unique(sources) };
}

/** When LinkedIn's training in the region began, as precisely as the sources date it. */
function trainingBegan(figures: VerdictFigures, style: DateStyle): VerdictLine {
  const first = regionById(figures.policy.region).windows[0]!;
  const day = first.startPrecision === 'month' ? `in ${formatMonth(first.start)}` : `on ${formatDate(first.start, style)}`;
  const when = first.certainty === 'unconfirmed' ? `${day} (reported, unconfirmed)` : day;
  return { text: when, sources: STATEMENTS[first.statement].sources };
}

/** Why no training day counts: the opt-out came first, or the member turned 18 after it. */
function ruledOut(figures: VerdictFigures, style: DateStyle): VerdictLine {
  const { policy } = figures;
  const where = regionById(policy.region).where;
  const began = trainingBegan(figures, style);
  if (policy.adultFrom !== null && anyTrainingCounted({ ...policy, adultFrom: null })) {
    const until = policy.optedOut === null ? `${formatDate(policy.asOf, style)} (you have not opted out)` : `the day you opted out (${formatDate(policy.optedOut, style)})`;
    return { text: `no training ${where} counts between the day you turned 18 (${formatDate(policy.adultFrom, style)}) and ${until}`, sources: began.sources };
  }
  if (policy.optedOut === null) return { text: `up to ${formatDate(policy.asOf, style)}, training ${where} had not begun; it began ${began.text}`, sources: began.sources };
  return { text: `you opted out on ${formatDate(policy.optedOut, style)}, before training ${where} began ${began.text}`, sources: began.sources };
}

function headline(figures: VerdictFigures, style: DateStyle): VerdictLine {
  const { words, items: total } = figures.totals;
  const { exposedWords, possiblyExposedWords, exposed } = figures.totals.exposure;
  const counted = anyTrainingCounted(figures.policy);
  const none = counted ? null : ruledOut(figures, style);
  if (words === 0) {
    const base = `Your export holds no text you wrote; of its ${items(total)}, ${exposed === 0 ? 'none' : formatCount(exposed)} could have been used to train LinkedIn's generative AI`;
    return none ? { text: `${base}: ${none.text}.`, sources: none.sources } : { text: `${base}.`, sources: [] };
  }
  const of = `Of the ${formatCount(words)} words you wrote on LinkedIn`;
  if (none) return { text: `${of}, none could have been used to train its generative AI: ${none.text}.`, sources: none.sources };
  const possibly = possiblyExposedWords > 0 ? `, and ${approx(possiblyExposedWords)} more (${share(possiblyExposedWords, words)}) possibly` : '';
  if (exposedWords === 0) {
    return { text: `${of}, none could certainly have been used to train its generative AI${possiblyExposedWords > 0 ? `; ${approx(possiblyExposedWords)} (${share(possiblyExposedWords, words)}) possibly` : ''}.`, sources: [] };
  }
  return { text: `${of}, about ${approx(exposedWords)} (${share(exposedWords, words)}) could have been used to train its generative AI${possibly}.`, sources: [] };
}

function inTrainingCategories(figures: VerdictFigures): VerdictLine {
  const { used, unclear } = figures.totals.itemsByTrainingStatus;
  const where = regionById(figures.policy.region).where;
  const kinds = usedKinds(figures);
  const unclearPart = unclear > 0 ? `; ${formatCount(unclear)} more ${unclear === 1 ? 'is' : 'are'} in categories where the sources are unclear` : '';
  if (used === 0) {
    return { text: `None of your ${items(figures.totals.items)} is in a category LinkedIn trains on ${where}${unclearPart}. It trains on ${kinds.text} there.`, sources: kinds.sources };
  }
  return {
    text: `${formatCount(used)} of your ${items(figures.totals.items)} are in categories LinkedIn trains on ${where} (${kinds.text})${unclearPart}.`,
    sources: kinds.sources,
  };
}

function whileTraining(figures: VerdictFigures, style: DateStyle): VerdictLine {
  const { policy } = figures;
  const { exposed, possiblyExposed } = figures.totals.exposure;
  const where = regionById(policy.region).where;
  if (!anyTrainingCounted(policy)) {
    const none = ruledOut(figures, style);
    const kinds = usedKinds(figures);
    return {
      text: `None of them was on your account while LinkedIn trained on data ${where}: ${none.text}. LinkedIn does train on these kinds of data ${where}: ${kinds.text}.`,
      sources: unique([...none.sources, ...kinds.sources]),
    };
  }
  const until = policy.optedOut === null ? `up to ${formatDate(policy.asOf, style)} (you have not opted out)` : `before you opted out on ${formatDate(policy.optedOut, style)}`;
  const adult = policy.adultFrom === null ? '' : ` and after you turned 18 on ${formatDate(policy.adultFrom, style)}`;
  // Exposed rests on the stated windows that count for these settings; "none" on all that count.
  const counted = windowsCounted(policy);
  const windows = (exposed > 0 ? counted.filter((w) => w.certainty === 'stated') : counted).flatMap((w) => STATEMENTS[w.statement].sources);
  if (exposed === 0) {
    return {
      text: `Exposed: none. No item in such categories was certainly in scope while training was on ${where}, ${until}${adult}${possiblyExposed > 0 ? '; some are possibly exposed (below)' : ''}.`,
      sources: unique(windows),
    };
  }
  return {
    text: `Exposed: ${items(exposed)} in such categories were on your account while training was on ${where}, ${until}${adult}.`,
    sources: unique(windows),
  };
}

function possibly(figures: VerdictFigures): VerdictLine | null {
  const { possiblyExposed, possiblyExposedByReason } = figures.totals.exposure;
  if (possiblyExposed === 0) return null;
  const reasons = POSSIBLE_REASONS.filter((r) => possiblyExposedByReason[r] > 0);
  const parts =
    reasons.length === 1
      ? [`because ${POSSIBLE_REASON_INFO[reasons[0]!].explanation}`]
      : reasons.map((r) => `${formatCount(possiblyExposedByReason[r])} because ${POSSIBLE_REASON_INFO[r].explanation}`);
  const sources = POSSIBLE_REASONS.filter((r) => possiblyExposedByReason[r] > 0).flatMap((r) => {
    const id = POSSIBLE_REASON_INFO[r].statement;
    return id ? STATEMENTS[id].sources : [];
  });
  return { text: `Possibly exposed: ${items(possiblyExposed)}${reasons.length === 1 ? ', ' : ': '}${parts.join('; ')}.`, sources: unique(sources) };
}

function byCategory(figures: VerdictFigures): VerdictLine | null {
  const exposed = figures.categories.filter((c) => c.exposure.exposed > 0);
  if (exposed.length === 0) return null;
  return { text: `Exposed items by category: ${exposed.map((c) => `${categoryById(c.id).shortLabel} ${formatCount(c.exposure.exposed)}`).join(', ')}.`, sources: [] };
}

function counts(figures: VerdictFigures): VerdictLine {
  const { exposed, possiblyExposed, notExposed } = figures.totals.exposure;
  return {
    text: `In all, of your ${items(figures.totals.items)}: ${formatCount(exposed)} exposed, ${formatCount(possiblyExposed)} possibly exposed, ${formatCount(notExposed)} not exposed.`,
    sources: [],
  };
}

export function verdictOf(figures: VerdictFigures): Verdict {
  const style = regionById(figures.policy.region).dateStyle;
  return {
    headline: headline(figures, style),
    inTrainingCategories: inTrainingCategories(figures),
    whileTraining: whileTraining(figures, style),
    possibly: possibly(figures),
    byCategory: byCategory(figures),
    counts: counts(figures),
    cannotKnow: fromStatement('cannot-know'),
    minors: fromStatement('minors-excluded'),
    sample: figures.invented ? { text: `${SAMPLE_LABEL}: the app's built-in example, made up to show how it works.`, sources: [] } : null,
  };
}
