// What the member is told after a save: where the file went, or that nothing was saved, in
// plain words. A browser decides the folder itself, so it names only the file.

import type { SaveReportResult } from '../../shared/contract/desktopApi';
import type { AnalysisHost } from '../host/analysisHost';

export interface SaveOutcome {
  readonly ok: boolean;
  readonly text: string;
}

export function saveOutcome(result: SaveReportResult, hostKind: AnalysisHost['kind']): SaveOutcome {
  if (result.saved) {
    return { ok: true, text: hostKind === 'browser' ? `Downloaded as ${result.path} (your browser's downloads folder).` : `Saved to ${result.path}` };
  }
  if (result.reason === 'cancelled') return { ok: false, text: 'Not saved.' };
  return { ok: false, text: result.message ?? 'The file could not be saved.' };
}

/** An error thrown while the document was being made (not while saving it). */
export function buildFailure(error: unknown): SaveOutcome {
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, text: `The report could not be made (${detail.slice(0, 200)}). Nothing was saved.` };
}
