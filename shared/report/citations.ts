// Runtime: any. Sources as every text format writes them beside a statement: the reference the
// policy doc gives ("LinkedIn Help article a5538339"), and where it has one, the address.

import { SOURCES, type SourceId } from '../policy/policyModel';
import type { AppliedRule } from '../analysis/buildAnalysis';
import { formatDate, type DateStyle } from '../text/format';
import { TRAINING_STATUS_LABELS } from './wording';

/** "LinkedIn Help article a5538339; European privacy notice, effective 3 Nov 2025 (Open Terms Archive)". */
export function sourceReferences(ids: readonly SourceId[]): string {
  return ids.map((id) => SOURCES[id].reference).join('; ');
}

/** " (Sources: …)" after a statement in plain text and Markdown; nothing when it cites none. */
export function plainCitation(ids: readonly SourceId[]): string {
  if (ids.length === 0) return '';
  const refs = ids.map((id) => (SOURCES[id].url ? `${SOURCES[id].reference}, ${SOURCES[id].url}` : SOURCES[id].reference));
  return ` (Source${ids.length === 1 ? '' : 's'}: ${refs.join('; ')})`;
}

/** "Used for training from 3 Nov 2025", "Unclear before 3 Nov 2025": a rule's status and period. */
export function ruleHeading(rule: Pick<AppliedRule, 'status' | 'from' | 'until'>, style: DateStyle): string {
  const from = rule.from === null ? '' : ` from ${formatDate(rule.from, style)}`;
  const until = rule.until === null ? '' : rule.from === null ? ` before ${formatDate(rule.until, style)}` : ` until ${formatDate(rule.until, style)}`;
  return `${TRAINING_STATUS_LABELS[rule.status]}${from}${until}`;
}
