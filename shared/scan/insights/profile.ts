// Runtime: any. The member's name from Profile.csv: read first, it tells the member's own private
// messages from others'. Never part of any output.

import { detach } from '../../text/detach';
import { findColumn } from '../columns';
import { cell, type InsightKind } from './insight';

export interface ProfilePart {
  readonly memberName: string | null;
}

export const profile: InsightKind<ProfilePart, string | null> = {
  start(header) {
    const first = findColumn(header, ['First Name']);
    const last = findColumn(header, ['Last Name']);
    let memberName: string | null = null;
    return {
      row: (row) => {
        const name = `${cell(row, first)} ${cell(row, last)}`.trim();
        if (name !== '' && memberName === null) memberName = detach(name);
      },
      finish: () => ({ memberName }),
    };
  },
  merge: (parts) => parts.find((p) => p.memberName !== null)?.memberName ?? null,
};
