// Runtime: Electron main. Everything a session of ours must have, applied to every session the
// app creates (the UI's, the PDF printer's, and any Chromium makes on its own).

import type { Session } from 'electron';
import { blockNetwork } from './networkBlock';
import { denyAllPermissions } from './permissions';

const hardened = new WeakSet<Session>();

export function hardenSession(ses: Session): void {
  if (hardened.has(ses)) return;
  hardened.add(ses);
  blockNetwork(ses);
  denyAllPermissions(ses);
  // Chromium's spellchecker may fetch dictionaries, and the system one sees what is typed.
  ses.setSpellCheckerEnabled(false);
  // Nothing is written unless the member chose where: the UI cannot start downloads.
  ses.on('will-download', (event) => event.preventDefault());
}
