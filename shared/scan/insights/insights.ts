// Runtime: any. The kinds of insight, by the catalog's name for them: which module reads a file's
// rows, and how the export's insights are put together from every file's part.

import type { CatalogEntry, InsightKind as InsightKindId } from '../../catalog/fileCatalog';
import type { MemberIdentity } from '../messageOwnership';
import type { ScanInsights } from '../scanTypes';
import { adTargeting } from './adTargeting';
import { aiConversations } from './aiConversations';
import type { FileFacts, FileInsight, InsightKind, InsightLimits } from './insight';
import { invitations, type InvitationsPart } from './invitations';
import { logins } from './logins';
import { messages } from './messages';
import { profile, type ProfilePart } from './profile';
import { duolingo, profileLanguages } from './profileLanguages';
import { reactions } from './reactions';

/** Each kind's part of one file, and the catalog entry it came from. */
type Parts = { [K in InsightKindId]: Parameters<KindOf<K>['merge']>[0][number] };
type KindOf<K extends InsightKindId> = ReturnType<(typeof KINDS)[K]>;

const KINDS = {
  logins: () => logins,
  reactions: () => reactions,
  languages: () => profileLanguages,
  duolingo: () => duolingo,
  'ad-targeting': () => adTargeting,
  profile: () => profile,
  invitations: () => invitations,
  messages: () => messages,
  'ai-conversation': (catalogId: string) => aiConversations(catalogId),
} satisfies Record<InsightKindId, (catalogId: string) => { start: unknown; merge: unknown }>;

export type InsightPart = { [K in InsightKindId]: { readonly kind: K; readonly catalogId: string; readonly part: Parts[K] } }[InsightKindId];

/** A file's reading for its catalog entry's insight, ending in its typed part. */
export interface FileInsightReader extends Omit<FileInsight<unknown>, 'finish'> {
  finish(facts: FileFacts): InsightPart;
}

export function startInsight(entry: CatalogEntry, header: readonly string[], limits: InsightLimits): FileInsightReader | null {
  const kind = entry.insight;
  if (kind === undefined) return null;
  const reader = (KINDS[kind](entry.id) as InsightKind<unknown, unknown>).start(header, limits);
  return { ...reader, finish: (facts) => ({ kind, catalogId: entry.id, part: reader.finish(facts) }) as InsightPart };
}

/** The header names a file's insight reads: none without one, null when it does not say (every column). */
export function insightColumns(entry: CatalogEntry): readonly string[] | null {
  const kind = entry.insight;
  if (kind === undefined) return [];
  return (KINDS[kind](entry.id) as InsightKind<unknown, unknown>).columns ?? null;
}

function partsOf<K extends InsightKindId>(parts: readonly InsightPart[], kind: K): Parts[K][] {
  return parts.filter((p): p is Extract<InsightPart, { kind: K }> => p.kind === kind).map((p) => p.part as Parts[K]);
}

/** The kinds whose files say who the member is: read before the other files. */
export const IDENTITY_KINDS: readonly InsightKindId[] = ['profile', 'invitations'];

/** Who the member is, from the parts of the identity files (the first one that says wins). */
export function memberIdentityOf(parts: readonly (InsightPart | null)[]): MemberIdentity {
  const present = parts.filter((p): p is InsightPart => p !== null);
  return {
    name: profile.merge(partsOf(present, 'profile') as ProfilePart[]),
    profileUrl: invitations.merge(partsOf(present, 'invitations') as InvitationsPart[]),
  };
}

/** The views' aggregates of a whole export, from its files' parts (in file order). */
export function mergeInsights(parts: readonly InsightPart[]): ScanInsights {
  const ai = parts.filter((p): p is Extract<InsightPart, { kind: 'ai-conversation' }> => p.kind === 'ai-conversation');
  // Copies of one assistant's file merge into one summary, in the order the assistants first come.
  const assistants = [...new Set(ai.map((p) => p.catalogId))];
  return {
    logins: logins.merge(partsOf(parts, 'logins')),
    reactionsByType: reactions.merge(partsOf(parts, 'reactions')),
    messages: messages.merge(partsOf(parts, 'messages')),
    aiConversations: assistants.flatMap((id) => aiConversations(id).merge(ai.filter((p) => p.catalogId === id).map((p) => p.part))),
    languages: {
      profileLanguages: profileLanguages.merge(partsOf(parts, 'languages')),
      interfaceLocales: adTargeting.merge(partsOf(parts, 'ad-targeting')),
      duolingo: duolingo.merge(partsOf(parts, 'duolingo')),
    },
  };
}
