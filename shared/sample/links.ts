// Runtime: any. LinkedIn URLs of the shapes exports hold, with invented ids.

import type { SeededRandom } from './random';

const FEED = 'https://www.linkedin.com/feed/update/urn%3Ali%3A';

/** A 19-digit activity id, as LinkedIn URNs carry. */
export function urnId(rng: SeededRandom): string {
  return `7${rng.digits(18)}`;
}

export function shareLink(rng: SeededRandom): string {
  return `${FEED}share%3A${urnId(rng)}`;
}

export function ugcPostLink(rng: SeededRandom): string {
  return `${FEED}ugcPost%3A${urnId(rng)}`;
}

/** A post in a group: `groupPost%3A<gid>-<id>`. */
export function groupPostLink(rng: SeededRandom): string {
  return `${FEED}groupPost%3A${rng.digits(7)}-${urnId(rng)}`;
}

export function activityLink(rng: SeededRandom): string {
  return `${FEED}activity%3A${urnId(rng)}`;
}

/** Someone else's post, as reactions, comments, votes and reposts point to. */
export function feedLink(rng: SeededRandom): string {
  return rng.chance(0.7) ? activityLink(rng) : ugcPostLink(rng);
}

export function jobLink(rng: SeededRandom): string {
  return `https://www.linkedin.com/jobs/view/${rng.digits(10)}`;
}

export function learningLink(slug: string): string {
  return `https://www.linkedin.com/learning/${slug}`;
}

export function slugOf(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
