// Runtime: Node (the parse worker) and Electron main. Why an analysis ended without a result, in
// sentences a member can act on. Never a stack trace and never internal error text.

import type { AnalysisEvent } from '../shared/contract/desktopApi';
import { InputError } from '../shared/archive/inputError';
import { CancelledError } from '../shared/platform/cancel';
import { ExportUnreadableError } from '../shared/scan/scanExport';

/** Some of the paths the member gave could not be opened at all. */
export class InputsUnreadableError extends Error {
  constructor(readonly messages: readonly string[]) {
    super(messages.join(' '));
    this.name = 'InputsUnreadableError';
  }
}

export const UNEXPECTED_FAILURE =
  'Something unexpected went wrong while reading the export, and the analysis stopped. Try again; if it happens again, the export may be damaged.';

export function failureEvent(error: unknown): AnalysisEvent {
  if (error instanceof CancelledError) return { type: 'cancelled' };
  if (error instanceof ExportUnreadableError) return { type: 'failed', messages: error.errors.map((e) => e.message) };
  if (error instanceof InputsUnreadableError) return { type: 'failed', messages: error.messages };
  if (error instanceof InputError) return { type: 'failed', messages: [error.message] };
  return { type: 'failed', messages: [UNEXPECTED_FAILURE] };
}
