// Runtime: any. The member's own profile address, from their invitations: they are the inviter of
// the outgoing ones and the invitee of the incoming ones. It tells their own private messages
// apart when the name on their profile is not the name they send under. Never part of any output.

import { detach } from '../../text/detach';
import { findColumn } from '../columns';
import { profileUrlKey } from '../messageOwnership';
import { cell, type InsightKind } from './insight';

export interface InvitationsPart {
  /** Null when the invitations name no address for the member, or more than one. */
  readonly memberProfileUrl: string | null;
}

export const invitations: InsightKind<InvitationsPart, string | null> = {
  start(header) {
    const direction = findColumn(header, ['Direction']);
    const inviter = findColumn(header, ['inviterProfileUrl']);
    const invitee = findColumn(header, ['inviteeProfileUrl']);
    let url: string | null = null;
    let key: string | null = null;
    let ambiguous = false;
    return {
      row: (row) => {
        const way = cell(row, direction).toUpperCase();
        const own = way === 'OUTGOING' ? cell(row, inviter) : way === 'INCOMING' ? cell(row, invitee) : '';
        if (own === '' || ambiguous) return;
        const ownKey = profileUrlKey(own);
        if (key === null) {
          key = ownKey;
          url = detach(own);
        } else if (ownKey !== key) ambiguous = true;
      },
      finish: () => ({ memberProfileUrl: ambiguous ? null : url }),
    };
  },
  merge: (parts) => parts.find((p) => p.memberProfileUrl !== null)?.memberProfileUrl ?? null,
};
