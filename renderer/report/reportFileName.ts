// The names a saved file is offered under: what it is and the day, so several saves sort by
// date and say what they hold ("linkedin-ai-exposure-report-2026-11-29.pdf").

import { SAVED_FORMAT_INFO, type SavedFormat } from '../../shared/report/reportFormats';

export type SavedDocument = 'report' | 'objection-letter' | 'access-request' | 'opt-out-steps';

const PREFIX = 'linkedin-ai-exposure';

/** The member's own calendar day (not UTC's): the day they will see on the file. */
export function localIsoDay(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function savedFileName(document: SavedDocument, format: SavedFormat, day: string): string {
  return `${PREFIX}-${document}-${day}.${SAVED_FORMAT_INFO[format].extensions[0]}`;
}
