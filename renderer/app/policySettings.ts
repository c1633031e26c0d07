// The two inputs the member gives: region and opt-out date. They live in app state; changing
// either recomputes the analysis from the scan already read (buildAnalysis is pure and fast).

import type { PolicySettings } from '../../shared/analysis/exposure';

export type { PolicySettings };

export const DEFAULT_POLICY_SETTINGS: PolicySettings = { region: 'us', optedOut: null };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A date input's value as an opt-out day: '' is "not opted out"; a later day than asOf is refused. */
export function parseOptOut(value: string, asOf: string): { ok: true; optedOut: string | null } | { ok: false; message: string } {
  if (value === '') return { ok: true, optedOut: null };
  if (!ISO_DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) return { ok: false, message: 'Enter a date such as 3 Nov 2025.' };
  if (value > asOf) return { ok: false, message: 'The opt-out date cannot be after the analysis date.' };
  return { ok: true, optedOut: value };
}
