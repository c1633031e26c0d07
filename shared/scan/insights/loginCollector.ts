// Runtime: any. Login activity: when (weekday × hour), from how many addresses and devices.

import { findColumn } from '../columns';
import { LabelCounter } from '../counter';
import type { LoginInsights } from '../scanTypes';
import { deviceLabel } from './deviceLabel';

const TOP_IPS = 50;

/** One file's login counts, plain data (crosses thread boundaries), merged across files. */
export interface LoginPartial {
  readonly total: number;
  readonly weekdayHour: number[][];
  readonly ips: readonly { label: string; count: number }[];
  readonly userAgents: readonly { label: string; count: number }[];
  readonly types: readonly { label: string; count: number }[];
}

export class LoginCollector {
  private total = 0;
  private readonly weekdayHour = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  private readonly ips = new LabelCounter();
  private readonly userAgents = new LabelCounter();
  private readonly types = new LabelCounter();
  private ipIndex = -1;
  private agentIndex = -1;
  private typeIndex = -1;

  header(header: readonly string[]): void {
    this.ipIndex = findColumn(header, ['IP Address']);
    this.agentIndex = findColumn(header, ['User Agent']);
    this.typeIndex = findColumn(header, ['Login Type']);
  }

  row(row: readonly string[], ms: number | null): void {
    this.total++;
    if (ms !== null) {
      const date = new Date(ms);
      // getUTCDay: 0 = Sunday; the heatmap starts on Monday.
      this.weekdayHour[(date.getUTCDay() + 6) % 7]![date.getUTCHours()]!++;
    }
    const ip = this.ipIndex === -1 ? '' : (row[this.ipIndex] ?? '').trim();
    if (ip !== '') this.ips.add(ip);
    const agent = this.agentIndex === -1 ? '' : (row[this.agentIndex] ?? '').trim();
    if (agent !== '') this.userAgents.add(agent);
    const type = this.typeIndex === -1 ? '' : (row[this.typeIndex] ?? '').trim();
    if (type !== '') this.types.add(type);
  }

  partial(): LoginPartial {
    return {
      total: this.total,
      weekdayHour: this.weekdayHour,
      ips: this.ips.top(),
      userAgents: this.userAgents.top(),
      types: this.types.top(),
    };
  }
}

export function mergeLogins(partials: readonly LoginPartial[]): LoginInsights {
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
    distinctIps: allIps.length,
    ipv6: allIps.filter(({ label }) => label.includes(':')).length,
    distinctDevices: userAgents.size,
    devices: devices.top(),
    loginTypes: types.top(),
    topIps: allIps.slice(0, TOP_IPS).map(({ label, count }) => ({ ip: label, count })),
  };
}
