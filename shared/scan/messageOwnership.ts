// Runtime: any. Private messages mix what the member sent with what they received. The 2018
// format says so in `Direction`; later ones only name the sender, so the member is recognised by
// the name on their profile (read before the messages), or failing that as the most frequent
// sender. Only the member's own messages are measured when that can be decided row by row.

import { detach } from '../text/detach';
import { excerptOf } from '../text/words';
import { keyOf } from './counter';
import type { MessageInsights, TextTotals } from './scanTypes';

const OUTGOING = new Set(['OUTGOING', 'SENT']);

interface SenderTotals extends TextTotals {
  readonly key: string;
  readonly id: number;
}

interface CandidateItem {
  readonly sender: number;
  readonly day: number | null;
  readonly words: number;
  readonly text: string;
}

export function senderKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export interface SettledMessages {
  readonly own: TextTotals;
  readonly by: MessageInsights['memberIdentifiedBy'];
  /** The own items, when they could only be told apart at the end. */
  readonly lateItems: readonly CandidateItem[];
  /** The member was found only at the end, after their words went unmeasured. */
  readonly wordsUnknown: boolean;
}

export class MessageOwnership {
  /** Per raw sender string (names repeat exactly); merged by normalized name at the end. */
  private readonly senders = new Map<string, SenderTotals>();
  private readonly byId: SenderTotals[] = [];
  private readonly candidates: CandidateItem[] = [];
  private readonly profileKey: string | null;
  private lastSender = -1;
  private lastRaw: string | null = null;
  /** A new sender came once `maxSenders` were held (ReadLimits.maxDistinctKeys): told apart no further. */
  full = false;

  constructor(
    private readonly senderIndex: number,
    private readonly directionIndex: number,
    private readonly profileName: string | null,
    private readonly keepItems: boolean,
    private readonly maxSenders = Infinity,
  ) {
    this.profileKey = profileName === null ? null : senderKey(profileName);
  }

  /** Rows are decided as they come (Direction, or a known profile name), else at the end. */
  get decidedPerRow(): boolean {
    return this.directionIndex !== -1 || this.profileKey !== null;
  }

  /** Whether the row is the member's (false while undecided); remembers the row's sender. */
  isOwn(row: readonly string[]): boolean {
    if (this.directionIndex !== -1) return OUTGOING.has((row[this.directionIndex] ?? '').trim().toUpperCase());
    const raw = this.senderIndex === -1 ? '' : (row[this.senderIndex] ?? '');
    // Senders repeat within a conversation: compare with the last one before the map lookup.
    let totals = raw === this.lastRaw ? this.byId[this.lastSender] : this.senders.get(keyOf(raw));
    if (totals === undefined && this.byId.length >= this.maxSenders) {
      // Past the limit, new senders share one entry that is never anyone's name.
      this.full = true;
      totals = this.senders.get('');
    }
    if (totals === undefined) {
      totals = { key: this.full ? '' : detach(keyOf(raw)), id: this.byId.length, items: 0, words: 0, chars: 0 };
      this.senders.set(totals.key, totals);
      this.byId.push(totals);
    }
    totals.items++;
    this.lastSender = totals.id;
    this.lastRaw = raw;
    const profile = this.profileName;
    if (profile === null) return false;
    // The exact name is the common case; spacing or case variants need the normalized compare.
    return raw === profile || (Math.abs(raw.length - profile.length) <= 4 && senderKey(raw) === this.profileKey);
  }

  /** For undecided rows: the measure of the row just classified, kept by sender. */
  recordUndecided(day: number | null, words: number, chars: number, text: string): void {
    const totals = this.byId[this.lastSender]!;
    totals.words += words;
    totals.chars += chars;
    if (this.keepItems && text !== '') this.candidates.push({ sender: totals.id, day, words, text: excerptOf(text) });
  }

  /** Senders by normalized name, the most frequent first among them (never the empty sender). */
  private mostFrequent(): { ids: Set<number>; totals: TextTotals } | null {
    const merged = new Map<string, { ids: Set<number>; totals: TextTotals }>();
    for (const sender of this.byId) {
      const key = senderKey(sender.key);
      if (key === '') continue;
      const group = merged.get(key) ?? { ids: new Set<number>(), totals: { items: 0, words: 0, chars: 0 } };
      group.ids.add(sender.id);
      group.totals.items += sender.items;
      group.totals.words += sender.words;
      group.totals.chars += sender.chars;
      merged.set(key, group);
    }
    let best: { ids: Set<number>; totals: TextTotals } | null = null;
    for (const group of merged.values()) if (best === null || group.totals.items > best.totals.items) best = group;
    return best;
  }

  settle(ownSoFar: TextTotals): SettledMessages {
    const none = { items: 0, words: 0, chars: 0 };
    if (this.directionIndex !== -1) return { own: ownSoFar, by: 'direction', lateItems: [], wordsUnknown: false };
    if (this.profileKey !== null && ownSoFar.items > 0) return { own: ownSoFar, by: 'profile-name', lateItems: [], wordsUnknown: false };
    const member = this.mostFrequent();
    if (member === null) return { own: none, by: 'none', lateItems: [], wordsUnknown: false };
    return {
      own: { ...member.totals },
      by: 'most-frequent-sender',
      lateItems: this.candidates.filter((c) => member.ids.has(c.sender)),
      // With a profile name that never sent anything, other senders' rows were not measured.
      wordsUnknown: this.profileKey !== null,
    };
  }
}
