// Runtime: any. The member's network addresses, all from documentation ranges (RFC 5737 for
// IPv4, RFC 3849 for IPv6), so none belongs to anyone.

import type { SeededRandom } from './random';

const IPV4_PREFIXES = ['192.0.2.', '198.51.100.', '203.0.113.'];

export function documentationIpv4(rng: SeededRandom): string {
  return `${rng.pick(IPV4_PREFIXES)}${rng.int(1, 254)}`;
}

export function documentationIpv6(rng: SeededRandom): string {
  const group = (): string => rng.int(1, 0xffff).toString(16);
  return `2001:db8:${group()}:${group()}:${group()}:${group()}:${group()}:${group()}`;
}

/** A few addresses a member keeps coming back from (home, office, phone); IPv6 is common. */
export function memberAddresses(rng: SeededRandom): string[] {
  return [documentationIpv6(rng), documentationIpv6(rng), `198.51.100.${rng.int(10, 254)}`, documentationIpv4(rng), documentationIpv6(rng)];
}
