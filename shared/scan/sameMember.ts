// Runtime: any. Exports of two different members are never merged: when the inputs carry different
// member ids in their file names, or different names on their profiles, the analysis stops with
// one sentence naming both inputs. (Two exports of one member, from two days, are read together.)

import { memberIdOf } from '../catalog/matchFile';
import type { OpenedInput } from '../archive/types';
import { senderKey } from './messageOwnership';

/** The sentence, with the two inputs named as the caller shows them (labels at "counts"). */
export function differentMembersMessage(first: string, second: string, by: 'member-id' | 'profile-name'): string {
  const why = by === 'member-id' ? 'their files carry different member ids' : 'the names on their profiles differ';
  return `${first} and ${second} are exports of two different members (${why}), so they were not read together. Open one member's export at a time.`;
}

export class DifferentMembersError extends Error {
  constructor(
    readonly inputs: readonly [string, string],
    readonly by: 'member-id' | 'profile-name',
  ) {
    super(differentMembersMessage(inputs[0], inputs[1], by));
    this.name = 'DifferentMembersError';
  }
}

/** Stops before anything is read when two inputs name different member ids. */
export function checkMemberIds(usable: readonly OpenedInput[]): void {
  const seen: { id: string; input: OpenedInput }[] = [];
  for (const opened of usable) {
    for (const id of new Set(opened.files.map((f) => memberIdOf(f.path)))) {
      if (id === null) continue;
      const other = seen.find((s) => s.id !== id && s.input !== opened);
      if (other) throw new DifferentMembersError([other.input.name, opened.name], 'member-id');
      seen.push({ id, input: opened });
    }
  }
}

/** Stops, once the profiles are read, when two inputs' profiles name different people. */
export function checkProfileNames(names: readonly { readonly input: string; readonly name: string }[]): void {
  const first = names[0];
  if (!first) return;
  const other = names.find((n) => senderKey(n.name) !== senderKey(first.name));
  if (other) throw new DifferentMembersError([first.input, other.input], 'profile-name');
}
