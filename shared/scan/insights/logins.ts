// Runtime: any. Login activity: when (weekday × hour in UTC, and per UTC hour so the app can show
// the hours in any time zone), from how many addresses and devices.

import { findColumn } from '../columns';
import { LabelCounter } from '../counter';
import type { LoginInsights } from '../scanTypes';
import { deviceLabel } from './deviceLabel';
import { cell, overflowedOf, type FileInsight, type InsightKind, type InsightLimits } from './insight';

const TOP_IPS = 50;
const HOUR_MS = 3_600_000;

/** One file's login counts, plain data (crosses thread boundaries), merged across files. */
interface LoginPartial {
  readonly total: number;
  readonly weekdayHour: number[][];
  /** [UTC hour since 1970, logins] pairs. */
  readonly hourly: [number, number][];
  readonly ips: readonly { label: string; count: number }[];
  readonly userAgents: readonly { label: string; count: number }[];
  readonly types: readonly { label: string; count: number }[];
}

/** Logins by weekday and hour; addresses, agents and types counted. */
function startLogins(header: readonly string[], limits: InsightLimits): FileInsight<LoginPartial> {
  const ipIndex = findColumn(header, ['IP Address']);
  const agentIndex = findColumn(header, ['User Agent']);
  const typeIndex = findColumn(header, ['Login Type']);
  let total = 0;
  const weekdayHour = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const hourly = new Map<number, number>();
  const ips = new LabelCounter(limits.maxDistinctKeys);
  const userAgents = new LabelCounter(limits.maxDistinctKeys);
  const types = new LabelCounter(limits.maxDistinctKeys);
  return {
    row(row, ms) {
      total++;
      if (ms !== null) {
        const date = new Date(ms);
        // getUTCDay: 0 = Sunday; the heatmap starts on Monday.
        weekdayHour[(date.getUTCDay() + 6) % 7]![date.getUTCHours()]!++;
        const hour = Math.floor(ms / HOUR_MS);
        hourly.set(hour, (hourly.get(hour) ?? 0) + 1);
      }
      const ip = cell(row, ipIndex);
      if (ip !== '') ips.add(ip);
      const agent = cell(row, agentIndex);
      if (agent !== '') userAgents.add(agent);
      const type = cell(row, typeIndex);
      if (type !== '') types.add(type);
    },
    overflowed: () => overflowedOf({ 'IP addresses': ips, devices: userAgents, 'login types': types }),
    finish: () => ({ total, weekdayHour, hourly: [...hourly], ips: ips.top(), userAgents: userAgents.top(), types: types.top() }),
  };
}

function hourlyCounts(hourly: ReadonlyMap<number, number>): LoginInsights['hourly'] {
  const sorted = [...hourly].sort(([a], [b]) => a - b);
  return { hours: sorted.map(([hour]) => hour), counts: sorted.map(([, n]) => n) };
}

function mergeLogins(partials: readonly LoginPartial[]): LoginInsights {
  const weekdayHour = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const ips = new LabelCounter();
  const userAgents = new LabelCounter();
  const types = new LabelCounter();
  const hourly = new Map<number, number>();
  let total = 0;
  for (const partial of partials) {
    total += partial.total;
    for (const [hour, n] of partial.hourly) hourly.set(hour, (hourly.get(hour) ?? 0) + n);
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
    hourly: hourlyCounts(hourly),
    distinctIps: allIps.length,
    ipv6: allIps.filter(({ label }) => label.includes(':')).length,
    distinctDevices: userAgents.size,
    devices: devices.top(),
    loginTypes: types.top(),
    topIps: allIps.slice(0, TOP_IPS).map(({ label, count }) => ({ ip: label, count })),
  };
}

export const logins: InsightKind<LoginPartial, LoginInsights> = { start: startLogins, merge: mergeLogins };
