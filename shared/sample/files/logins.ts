// Runtime: any. Sign-in history: Logins.csv and Security Challenges.csv (Java-style dates, 2018
// slash dates), and Account Status History.csv (UTF-16, TAB, in 2022).

import { memberAddresses } from '../addresses';
import { csvFile, type BuildContext, type BuiltFile } from '../builtFile';
import { javaDate, slashSecondsUtc } from '../dateShapes';
import { LEGACY_UTF16_OPTIONS } from '../eraStyle';
import { recentWeightedTimes } from '../timeline';
import { USER_AGENTS } from '../vocabulary';

export function buildLogins(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('logins');
  const addresses = memberAddresses(world.random('addresses'));
  const times = recentWeightedTimes(rng, world.size.logins, world.activityStartMs, world.exportMs - 60_000);
  const rows = times.map((ms) => {
    const agent = rng.pick(USER_AGENTS);
    const type = agent.startsWith('Mozilla') ? 'WEB' : 'MOBILE';
    return [world.era === 2018 ? slashSecondsUtc(ms) : javaDate(ms), rng.pick(addresses), agent, type];
  });
  const used = new Set(rows.map((r) => r[1]!));
  for (const ip of addresses.filter((a) => used.has(a) && a.length >= 12).slice(0, 3)) ctx.sensitive.add(ip);
  const header = ['Login Date', 'IP Address', 'User Agent', 'Login Type'];
  return [csvFile(world, { base: 'Logins', header, rows, itemDates: times })];
}

export function buildSecurityChallenges(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('security-challenges');
  const addresses = memberAddresses(world.random('addresses'));
  const times = recentWeightedTimes(rng, world.size.securityChallenges, world.activityStartMs, world.exportMs - 86_400_000);
  const rows = times.map((ms) => [javaDate(ms), rng.pick(addresses), rng.pick(USER_AGENTS), 'US', rng.pick(['EMAIL_PIN', 'CAPTCHA', 'SMS_PIN'])]);
  const header = ['Challenge Date', 'IP Address', 'User Agent', 'Country', 'Challenge Type'];
  return [csvFile(world, { base: 'Security Challenges', header, rows, itemDates: times })];
}

export function buildAccountStatusHistory(ctx: BuildContext): BuiltFile[] {
  const { world } = ctx;
  const rng = world.random('account-status');
  const later = recentWeightedTimes(rng, 2, world.registeredMs + 86_400_000, world.exportMs - 86_400_000);
  const events: [number, string][] = [
    [world.registeredMs, 'Account created'],
    [later[1]!, 'Password changed'],
    [later[0]!, 'Two-step verification turned on'],
  ];
  events.sort((a, b) => b[0] - a[0]);
  const rows = events.map(([ms, event]) => [slashSecondsUtc(ms), event]);
  return [csvFile(world, { base: 'Account Status History', header: ['Time', 'Event'], rows, itemDates: events.map((e) => e[0]), options: LEGACY_UTF16_OPTIONS })];
}
