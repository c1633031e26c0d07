// Bench support: the issue's targets, each met, missed, or not measured yet (with why). A target
// not measured is not met: the benchmark's exit status stays 1 until every one is.

export type TargetStatus = 'met' | 'missed' | 'not measured';

export interface Target {
  /** A shape's id, or `--each`. */
  readonly scope: string;
  readonly name: string;
  readonly value: number | null;
  readonly limit: number;
  readonly direction: 'at most' | 'at least';
  readonly status: TargetStatus;
  readonly note?: string;
}

export function checked(scope: string, name: string, value: number, direction: Target['direction'], limit: number, note?: string): Target {
  const met = direction === 'at most' ? value <= limit : value >= limit;
  return { scope, name, value, limit, direction, status: met ? 'met' : 'missed', ...(note ? { note } : {}) };
}

export function notMeasured(scope: string, name: string, direction: Target['direction'], limit: number, note: string): Target {
  return { scope, name, value: null, limit, direction, status: 'not measured', note };
}

export function targetRow(t: Target): string {
  const value = t.value === null ? '—' : t.value.toFixed(2);
  const limit = `${t.direction === 'at most' ? '≤' : '≥'} ${t.limit}`;
  const status = t.status === 'met' ? 'met' : t.status === 'missed' ? 'MISSED' : 'not measured';
  return `| ${t.scope} | ${t.name} | ${value} | ${limit} | ${status}${t.note ? `: ${t.note}` : ''} |`;
}
