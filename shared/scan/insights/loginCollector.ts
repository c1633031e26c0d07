// Runtime: any. Login activity: when (weekday × hour), from how many addresses and devices.

import { findColumn } from '../columns';
import { LabelCounter } from '../counter';
import type { LoginInsights } from '../scanTypes';
import { deviceLabel } from './deviceLabel';

const TOP_IPS = 50;

export class LoginCollector {
  private total = 0;
  private readonly weekdayHour = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  private readonly ips = new LabelCounter();
  private readonly userAgents = new LabelCounter();
  private readonly types = new LabelCounter();
  private ipv6 = 0;
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
    if (ip !== '') {
      if (this.ips.get(ip) === 0 && ip.includes(':')) this.ipv6++;
      this.ips.add(ip);
    }
    const agent = this.agentIndex === -1 ? '' : (row[this.agentIndex] ?? '').trim();
    if (agent !== '') this.userAgents.add(agent);
    const type = this.typeIndex === -1 ? '' : (row[this.typeIndex] ?? '').trim();
    if (type !== '') this.types.add(type);
  }

  result(): LoginInsights {
    // Families from the distinct agents, not per row: a few hundred regex runs, not 100,000.
    const devices = new LabelCounter();
    for (const { label, count } of this.userAgents.top()) devices.add(deviceLabel(label), count);
    return {
      total: this.total,
      weekdayHour: this.weekdayHour,
      distinctIps: this.ips.size,
      ipv6: this.ipv6,
      distinctDevices: this.userAgents.size,
      devices: devices.top(),
      loginTypes: this.types.top(),
      topIps: this.ips.top(TOP_IPS).map(({ label, count }) => ({ ip: label, count })),
    };
  }
}
