// Runtime: any. Login activity: when (weekday × hour in UTC, and per UTC hour so the app can show
// the hours in any time zone), from how many addresses and devices.

import { findColumn } from '../columns';
import { LabelCounter } from '../counter';
import type { LoginInsights } from '../scanTypes';
import { deviceLabel } from './deviceLabel';
import { cell, overflowedOf, type FileInsight, type InsightKind, type InsightLimits } from './insight';

const TOP_IPS = 50;
const HOUR_MS = 3_600_000;

type HourlyCounts = LoginInsights['hourly'];

/** One file's login counts, plain data (crosses thread boundaries), merged across files. */
interface LoginPartial {
  readonly total: number;
  readonly weekdayHour: number[][];
  /** Logins per UTC hour since 1970, hours ascending. */
  readonly hourly: HourlyCounts;
  readonly ips: readonly { label: string; count: number }[];
  readonly userAgents: readonly { label: string; count: number }[];
  readonly types: readonly { label: string; count: number }[];
}

/**
 * Hours ascending, with their counts. The hours sort as a typed array (numeric, native): sorting
 * [hour, count] pairs with a comparator took 90 ms of 130,000 logins' 300 ms on the main thread.
 */
function sortedHourly(hourly: ReadonlyMap<number, number>): HourlyCounts {
  const hours = Float64Array.from(hourly.keys()).sort();
  return { hours: Array.from(hours), counts: Array.from(hours, (hour) => hourly.get(hour)!) };
}

/** Logins by weekday and hour; addresses, agents and types counted. */
function startLogins(header: readonly string[], limits: InsightLimits): FileInsight<LoginPartial> {
  const ipIndex = findColumn(header, ['IP Address']);
  const agentIndex = findColumn(header, ['User Agent']);
  const typeIndex = findColumn(header, ['Login Type']);
  let total = 0;
  const weekdayHour = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const hourly = new Map<number, number>();
  // Logins come sorted by time: the rows of one hour are counted here, then stored once.
  let lastHour = NaN;
  let lastHourCount = 0;
  // The heatmap's row for the weekday of `lastHour`, and its hour of day.
  let lastWeekdayHour: number[] = weekdayHour[0]!;
  let lastHourOfDay = 0;
  const storeLastHour = (): void => {
    if (lastHourCount > 0) hourly.set(lastHour, (hourly.get(lastHour) ?? 0) + lastHourCount);
  };
  const ips = new LabelCounter(limits.maxDistinctKeys);
  const userAgents = new LabelCounter(limits.maxDistinctKeys);
  const types = new LabelCounter(limits.maxDistinctKeys);
  return {
    row(row, ms) {
      total++;
      if (ms !== null) {
        const hour = Math.floor(ms / HOUR_MS);
        if (hour !== lastHour) {
          storeLastHour();
          lastHour = hour;
          lastHourCount = 0;
          // Weekday and hour of day by arithmetic, not a Date per row: day 0 (1970-01-01) was a
          // Thursday, the heatmap's fourth day (it starts on Monday).
          const day = Math.floor(hour / 24);
          lastWeekdayHour = weekdayHour[(((day + 3) % 7) + 7) % 7]!;
          lastHourOfDay = hour - day * 24;
        }
        lastHourCount++;
        lastWeekdayHour[lastHourOfDay]!++;
      }
      const ip = cell(row, ipIndex);
      if (ip !== '') ips.add(ip);
      const agent = cell(row, agentIndex);
      if (agent !== '') userAgents.add(agent);
      const type = cell(row, typeIndex);
      if (type !== '') types.add(type);
    },
    overflowed: () => overflowedOf({ 'IP addresses': ips, devices: userAgents, 'login types': types }),
    finish: () => {
      storeLastHour();
      lastHourCount = 0;
      return { total, weekdayHour, hourly: sortedHourly(hourly), ips: ips.top(), userAgents: userAgents.top(), types: types.top() };
    },
  };
}

/** The hourly counts of several files, as one. */
function mergeHourly(parts: readonly HourlyCounts[]): HourlyCounts {
  if (parts.length === 1) return parts[0]!;
  const hourly = new Map<number, number>();
  for (const { hours, counts } of parts) hours.forEach((hour, i) => hourly.set(hour, (hourly.get(hour) ?? 0) + counts[i]!));
  return sortedHourly(hourly);
}

function mergeLogins(partials: readonly LoginPartial[]): LoginInsights {
  const weekdayHour = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const ips = new LabelCounter();
  const userAgents = new LabelCounter();
  const types = new LabelCounter();
  let total = 0;
  for (const partial of partials) {
    total += partial.total;
    partial.weekdayHour.forEach((hours, day) => hours.forEach((n, hour) => (weekdayHour[day]![hour]! += n)));
    for (const { label, count } of partial.ips) ips.add(label, count);
    for (const { label, count } of partial.userAgents) userAgents.add(label, count);
    for (const { label, count } of partial.types) types.add(label, count);
  }
  // Families from the distinct agents, not per row: a few hundred regex runs, not 100,000.
  const devices = new LabelCounter();
  for (const { label, count } of userAgents.top()) devices.add(deviceLabel(label), count);
  const allIps = ips.top();
  return {
    total,
    weekdayHour,
    hourly: mergeHourly(partials.map((partial) => partial.hourly)),
    distinctIps: allIps.length,
    ipv6: allIps.filter(({ label }) => label.includes(':')).length,
    distinctDevices: userAgents.size,
    devices: devices.top(),
    loginTypes: types.top(),
    topIps: allIps.slice(0, TOP_IPS).map(({ label, count }) => ({ ip: label, count })),
  };
}

export const logins: InsightKind<LoginPartial, LoginInsights> = { start: startLogins, merge: mergeLogins };
