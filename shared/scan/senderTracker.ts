// Runtime: any. Private messages mix what the member sent with what they received. The 2018
// format says so in `Direction`; later ones only name the sender, so the member is recognised by
// the name on their profile, or failing that as the most frequent sender.

import { detach } from '../text/detach';
import { excerptOf } from '../text/words';
import type { MessageInsights, TextTotals } from './scanTypes';

interface SenderTotals extends TextTotals {
  key: string;
}

export interface CandidateItem {
  readonly sender: number;
  readonly day: number | null;
  readonly words: number;
  readonly text: string;
}

export function senderKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export class SenderTracker {
  private readonly senders = new Map<string, SenderTotals & { id: number }>();
  private readonly ids: SenderTotals[] = [];
  readonly candidates: CandidateItem[] = [];

  /** Returns the sender's id. */
  record(sender: string, words: number, chars: number): number {
    const key = senderKey(sender);
    let totals = this.senders.get(key);
    if (!totals) {
      totals = { key: detach(key), items: 0, words: 0, chars: 0, id: this.ids.length };
      this.senders.set(totals.key, totals);
      this.ids.push(totals);
    }
    totals.items++;
    totals.words += words;
    totals.chars += chars;
    return totals.id;
  }

  keepCandidate(sender: number, day: number | null, words: number, text: string): void {
    this.candidates.push({ sender, day, words, text: excerptOf(text) });
  }

  /** The member's sender id: the profile name when it sent anything, else the most frequent sender. */
  identifyMember(profileName: string | null): { id: number; by: MessageInsights['memberIdentifiedBy'] } | null {
    if (profileName !== null) {
      const byName = this.senders.get(senderKey(profileName));
      if (byName) return { id: byName.id, by: 'profile-name' };
    }
    let best: (SenderTotals & { id: number }) | null = null;
    for (const totals of this.senders.values()) {
      // The empty sender (system notices) is never the member.
      if (totals.key !== '' && (best === null || totals.items > best.items)) best = totals;
    }
    return best ? { id: best.id, by: 'most-frequent-sender' } : null;
  }

  totalsOf(id: number): TextTotals {
    const totals = this.ids[id]!;
    return { items: totals.items, words: totals.words, chars: totals.chars };
  }
}
