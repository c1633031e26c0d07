// Runtime: any. Invented people and organisations: names from syllables, e-mails at example.com
// and example.org, profile URLs with a random tail.

import type { SeededRandom } from './random';
import {
  COMPANY_KINDS,
  COMPANY_MIDDLES,
  COMPANY_STARTS,
  FIRST_NAME_ENDS,
  FIRST_NAME_STARTS,
  JOB_TITLES,
  LAST_NAME_ENDS,
  LAST_NAME_STARTS,
  NAME_SUFFIXES,
} from './vocabulary';

export interface Person {
  readonly first: string;
  readonly last: string;
  /** `First Last`, as messages and invitations write it. */
  readonly full: string;
  readonly publicId: string;
  readonly profileUrl: string;
  /** Null for the many connections who hide their address. */
  readonly email: string | null;
  readonly company: string;
  readonly position: string;
}

/** Lower-case ASCII for e-mails and profile ids: accents dropped, other characters removed. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

export function inventFirstName(rng: SeededRandom): string {
  return rng.pick(FIRST_NAME_STARTS) + rng.pick(FIRST_NAME_ENDS);
}

export function inventLastName(rng: SeededRandom): string {
  return rng.pick(LAST_NAME_STARTS) + rng.pick(LAST_NAME_ENDS);
}

export function inventCompany(rng: SeededRandom): string {
  return `${rng.pick(COMPANY_STARTS)}${rng.pick(COMPANY_MIDDLES)} ${rng.pick(COMPANY_KINDS)}`;
}

export function profileUrl(publicId: string): string {
  return `https://www.linkedin.com/in/${publicId}`;
}

export function emailFor(first: string, last: string, rng: SeededRandom): string {
  const domain = rng.chance(0.5) ? 'example.com' : 'example.org';
  return `${asciiSlug(first)}.${asciiSlug(last)}@${domain}`;
}

export function makePerson(rng: SeededRandom, first: string, last: string, withEmail: boolean): Person {
  const publicId = `${asciiSlug(first)}-${asciiSlug(last)}-${rng.hex(6)}`;
  return {
    first,
    last,
    full: `${first} ${last}`,
    publicId,
    profileUrl: profileUrl(publicId),
    email: withEmail ? emailFor(first, last, rng) : null,
    company: inventCompany(rng),
    position: rng.pick(JOB_TITLES),
  };
}

/**
 * `count` people with distinct full names, none in `taken`. A few carry a credential in their
 * last name (`Vaskley, CFA`), so name lists joined with `, ` are ambiguous, as in real exports.
 */
export function inventPeople(rng: SeededRandom, count: number, taken: Set<string>): Person[] {
  const people: Person[] = [];
  while (people.length < count) {
    const first = inventFirstName(rng);
    let last = inventLastName(rng);
    if (rng.chance(0.04)) last = `${last}, ${rng.pick(NAME_SUFFIXES)}`;
    const full = `${first} ${last}`;
    if (taken.has(full)) continue;
    taken.add(full);
    people.push(makePerson(rng, first, last, rng.chance(0.25)));
  }
  return people;
}
