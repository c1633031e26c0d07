// Runtime: any (pure data). The timeline of LinkedIn's policy as the sources date it. A date is
// shown as precisely as the sources give it ("Aug 2024 (unconfirmed)", "before 10 Dec 2024").

import { formatDate, formatMonth, type DateStyle } from '../text/format';
import type { RegionId } from './regions';
import type { SourceId } from './sources';

export interface PolicyEvent {
  /** ISO; for a month or an unknown day, the first day it can be. */
  readonly date: string;
  readonly precision: 'day' | 'month';
  /** `before`: the day is not stated, only that it was before `date`. */
  readonly before?: true;
  readonly event: string;
  readonly regions: string;
  readonly confirmed: boolean;
  readonly sources: readonly SourceId[];
  /** The regions whose members' timelines mark it: where it changed what could be trained on. */
  readonly markerFor: readonly RegionId[];
}

export const POLICY_EVENTS: readonly PolicyEvent[] = [
  {
    date: '2024-08-01',
    precision: 'month',
    event: 'The setting "Data for Generative AI Improvement" reportedly appears, on by default',
    regions: 'outside EU/EEA/CH',
    confirmed: false,
    sources: ['class-action-complaint', 'techcrunch-2024-09-18'],
    markerFor: [],
  },
  {
    date: '2024-09-18',
    precision: 'day',
    event: 'Privacy Policy allows using personal data to "develop and train artificial intelligence (AI) models"; opted in by default',
    regions: 'US and most others; not EU/EEA/CH',
    confirmed: true,
    sources: ['ota-privacy-policy-2024'],
    markerFor: ['us', 'ca', 'hk', 'other'],
  },
  { date: '2024-09-20', precision: 'day', event: 'UK excluded as well', regions: 'UK', confirmed: true, sources: ['ico-statement-2024'], markerFor: ['uk'] },
  { date: '2024-10-11', precision: 'day', event: 'Hong Kong paused', regions: 'HK', confirmed: true, sources: ['pcpd-statement-2024'], markerFor: ['hk'] },
  {
    date: '2024-11-20',
    precision: 'day',
    event: 'User Agreement adds a generative-AI features clause',
    regions: 'global',
    confirmed: true,
    sources: ['ota-user-agreement-2024'],
    markerFor: [],
  },
  { date: '2024-12-10', precision: 'day', before: true, event: 'Canada paused (exact day not stated)', regions: 'CA', confirmed: true, sources: ['opc-canada-2024'], markerFor: ['ca'] },
  {
    date: '2025-09-24',
    precision: 'day',
    event: 'Dutch regulator warns that LinkedIn intends to use EU data "going back to 2003"',
    regions: 'EU',
    confirmed: true,
    sources: ['ap-statement-2025'],
    markerFor: [],
  },
  {
    date: '2025-11-03',
    precision: 'day',
    event: 'Training switched on, default on, under "legitimate interest"; "does not include your private messages"',
    regions: 'EU, EEA, Switzerland, UK, Canada, Hong Kong',
    confirmed: true,
    sources: ['ota-2025-eu-uk', 'linkedin-help-a8059228'],
    markerFor: ['eu', 'uk', 'ca', 'hk'],
  },
  {
    date: '2025-11-01',
    precision: 'month',
    event: 'Irish DPC: LinkedIn agreed to reduce the data used and "the time period from which it proposed to draw the data" (cut-off not published), and to exclude under-18s more strongly; not an approval',
    regions: 'EU, EEA',
    confirmed: true,
    sources: ['dpc-statement-2025'],
    markerFor: [],
  },
];

/** The event's date as precisely as the sources give it, in the member's date style. */
export function eventDateLabel(event: PolicyEvent, style: DateStyle): string {
  const date = event.precision === 'month' ? formatMonth(event.date) : formatDate(event.date, style);
  if (event.before) return `before ${date}`;
  return event.confirmed ? date : `${date} (unconfirmed)`;
}
