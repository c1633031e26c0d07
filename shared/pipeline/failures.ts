// Runtime: any. Why an analysis ended without a result, in sentences a member can act on: the
// one mapping every host (command line, Electron's parse worker, the browser worker) uses.
// Never a stack trace and never internal error text.

import { InputError } from '../archive/inputError';
import { CancelledError } from '../platform/cancel';
import { DifferentMembersError, ExportUnreadableError } from '../scan/scanExport';

export const UNEXPECTED_FAILURE =
  'Something unexpected went wrong while reading the export, and the analysis stopped. Try again; if it happens again, the export may be damaged.';

export type RunFailure =
  | { readonly kind: 'cancelled' }
  /** `unexpected`: a fault of the app, not of the input; the host may keep the detail locally for a bug report. */
  | { readonly kind: 'failed'; readonly messages: readonly string[]; readonly unexpected: boolean };

export function describeFailure(error: unknown): RunFailure {
  if (error instanceof CancelledError) return { kind: 'cancelled' };
  if (error instanceof ExportUnreadableError) return { kind: 'failed', messages: error.errors.map((e) => e.message), unexpected: false };
  if (error instanceof InputError || error instanceof DifferentMembersError) return { kind: 'failed', messages: [error.message], unexpected: false };
  return { kind: 'failed', messages: [UNEXPECTED_FAILURE], unexpected: true };
}
