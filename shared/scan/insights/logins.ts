// Runtime: any. Login activity: when (weekday × hour in UTC, and per UTC hour so the app can show
// the hours in any time zone), from how many addresses and devices.

import { findColumn } from '../columns';
import { LabelCounter } from '../counter';
import { KeyWindow } from '../keyWindow';
import type { LoginInsights } from '../scanTypes';
import { deviceLabel } from './deviceLabel';
import { cell, overflowedOf, type FileInsight, type InsightKind, type InsightLimits } from './insight';

const TOP_IPS = 50;
const HOUR_MS = 3_600_000;
/** Hours the per-hour window grows by at least: a month either side. */
const MARGIN_HOURS = 24 * 31;

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

/** Hours ascending, with their counts (a Map's keys sorted as a Float64Array: numeric, native). */
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
  // Per UTC hour: most logins have an hour of their own, so an index each, not a Map entry.
  const hourly = new KeyWindow(1, MARGIN_HOURS);
  // Logins come sorted by time: the slot, weekday row and hour of day of the last one's hour.
  let lastHour = NaN;
  let lastSlot = 0;
  let lastWeekdayHour: number[] = weekdayHour[0]!;
  let lastHourOfDay = 0;
  const ips = new LabelCounter(limits.maxDistinctKeys);
  const userAgents = new LabelCounter(limits.maxDistinctKeys);
  const types = new LabelCounter(limits.maxDistinctKeys);
  return {
    row(row, ms) {
      total++;
      if (ms !== null) {
        const hour = Math.floor(ms / HOUR_MS);
        if (hour !== lastHour) {
          lastHour = hour;
          lastSlot = hourly.slot(hour);
          // Weekday and hour of day by arithmetic, not a Date per row: day 0 (1970-01-01) was a
          // Thursday, the heatmap's fourth day (it starts on Monday).
          const day = Math.floor(hour / 24);
          lastWeekdayHour = weekdayHour[(((day + 3) % 7) + 7) % 7]!;
          lastHourOfDay = hour - day * 24;
        }
        hourly.column(0)[lastSlot]!++;
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
      const perHour = hourly.column(0);
      const hours: number[] = [];
      const counts: number[] = [];
      hourly.forEachFilled((hour, slot) => {
        hours.push(hour);
        counts.push(perHour[slot]!);
      });
      return { total, weekdayHour, hourly: { hours, counts }, ips: ips.top(), userAgents: userAgents.top(), types: types.top() };
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
