// Runtime: any. Private messages mix what the member sent with what they received. The 2018
// format says so in `Direction`; later ones only name the sender, so the member's own messages are
// those sent under the name on their profile, or from their own profile address (known from their
// invitations). When neither matches any sender, which messages are the member's is unknown, and
// the app says so: the most frequent sender is often the member's correspondent, so it never guesses.

import type { MessageInsights } from './scanTypes';

const OUTGOING = new Set(['OUTGOING', 'SENT']);

/** Who the member is, as the export says it elsewhere (read before the messages). */
export interface MemberIdentity {
  /** "First Last" from Profile.csv. */
  readonly name: string | null;
  /** Their own profile address, from their invitations (the inviter of outgoing ones, the invitee of incoming ones). */
  readonly profileUrl: string | null;
}

export const UNKNOWN_MEMBER: MemberIdentity = { name: null, profileUrl: null };

export function senderKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** `https://www.linkedin.com/in/ada-q/` and `linkedin.com/in/Ada-Q` are one profile. */
export function profileUrlKey(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
}

export class MessageOwnership {
  private readonly nameKey: string | null;
  private readonly urlKey: string | null;
  private byName = 0;
  private byUrl = 0;

  constructor(
    private readonly senderIndex: number,
    private readonly senderUrlIndex: number,
    private readonly directionIndex: number,
    private readonly member: MemberIdentity,
  ) {
    this.nameKey = member.name === null ? null : senderKey(member.name);
    this.urlKey = member.profileUrl === null || senderUrlIndex === -1 ? null : profileUrlKey(member.profileUrl);
  }

  /** Whether the row is the member's own message. */
  isOwn(row: readonly string[]): boolean {
    if (this.directionIndex !== -1) return OUTGOING.has((row[this.directionIndex] ?? '').trim().toUpperCase());
    const name = this.member.name;
    if (name !== null && this.senderIndex !== -1) {
      const raw = row[this.senderIndex] ?? '';
      // The exact name is the common case; spacing or case variants need the normalized compare.
      if (raw === name || (Math.abs(raw.length - name.length) <= 4 && senderKey(raw) === this.nameKey)) {
        this.byName++;
        return true;
      }
    }
    if (this.urlKey !== null && this.isMemberUrl(row[this.senderUrlIndex] ?? '')) {
      this.byUrl++;
      return true;
    }
    return false;
  }

  private lastUrl: string | null = null;
  private lastUrlIsMember = false;

  /** Senders repeat within a conversation: the last answer is kept. */
  private isMemberUrl(raw: string): boolean {
    if (raw !== this.lastUrl) {
      this.lastUrl = raw;
      this.lastUrlIsMember = raw !== '' && profileUrlKey(raw) === this.urlKey;
    }
    return this.lastUrlIsMember;
  }

  /** How the member's own messages were told apart, once every row was seen. */
  identifiedBy(rows: number): MessageInsights['memberIdentifiedBy'] {
    if (rows === 0) return 'none';
    if (this.directionIndex !== -1) return 'direction';
    if (this.byName > 0) return 'profile-name';
    return this.byUrl > 0 ? 'profile-url' : 'not-found';
  }
}
