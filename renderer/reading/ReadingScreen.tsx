// While the export is read: a progress bar with the current file and percent, and Cancel. Once
// the files the verdict depends on are read, the verdict shows here (the overview's own
// statement, from the partial analysis) while the rest is read.

import { useEffect, useMemo, useRef } from 'react';
import type { PartialAnalysis } from '../../shared/pipeline/runAnalysis';
import { categoryById } from '../../shared/policy/policyModel';
import type { ScanProgress } from '../../shared/scan/scanTypes';
import { formatBytes, formatCount } from '../../shared/text/format';
import { VerdictStatement } from '../overview/VerdictStatement';
import { verdictOfAnalysis } from '../overview/verdictOfAnalysis';

export interface ReadingScreenProps {
  readonly progress: ScanProgress | null;
  /** The verdict's files read: shown until the whole export is. */
  readonly partial: PartialAnalysis | null;
  readonly sample: boolean;
  readonly onCancel: () => void;
}

function PartialVerdict({ partial }: { partial: PartialAnalysis }) {
  const verdict = useMemo(() => verdictOfAnalysis(partial.scan, partial.analysis), [partial]);
  return (
    <section className="headline-block reading-verdict" aria-label="The verdict so far" data-testid="reading-verdict">
      <VerdictStatement verdict={verdict} idPrefix="reading-" />
      {partial.pending.length > 0 && (
        <p className="headline-context" data-testid="reading-pending">
          Still reading: {partial.pending.map((id) => categoryById(id).label).join(', ')}. Nothing left to read is of a kind LinkedIn trains on, so what is exposed
          and possibly exposed will not change; the counts of all items and words will.
        </p>
      )}
    </section>
  );
}

function percentOf(progress: ScanProgress | null): number | null {
  if (!progress || progress.bytesTotal <= 0) return null;
  return Math.min(100, (progress.bytesDone / progress.bytesTotal) * 100);
}

function currentStep(progress: ScanProgress | null, sample: boolean): string {
  if (!progress) return sample ? 'Preparing the sample export…' : 'Opening your export…';
  if (progress.filesTotal === 0) return `Opening ${progress.input}…`;
  if (progress.file === '') return 'Putting the figures together…';
  return `Reading ${progress.file}`;
}

export function ReadingScreen({ progress, partial, sample, onCancel }: ReadingScreenProps) {
  const cancelButton = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelButton.current?.focus(), []);
  const percent = percentOf(progress);
  const rounded = percent === null ? null : Math.floor(percent);
  const step = currentStep(progress, sample);
  return (
    <main className="reading">
      <h1>{sample ? 'Reading the sample export' : 'Reading your export'}</h1>
      <div
        className="progress"
        role="progressbar"
        aria-label="Reading progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={rounded ?? undefined}
        aria-valuetext={rounded === null ? step : `${rounded}%, ${step}`}
        data-bytes-done={progress?.bytesDone ?? 0}
        data-testid="progress"
      >
        <div className={`progress-fill${percent === null ? ' indeterminate' : ''}`} style={{ width: percent === null ? undefined : `${percent}%` }} />
      </div>
      <p className="progress-figures">
        <span className="progress-percent" data-testid="progress-percent">
          {rounded === null ? '…' : `${rounded}%`}
        </span>
        {progress && progress.filesTotal > 0 && (
          <span>
            File {formatCount(Math.min(progress.filesDone + 1, progress.filesTotal))} of {formatCount(progress.filesTotal)} · {formatBytes(progress.bytesDone)} of{' '}
            {formatBytes(progress.bytesTotal)}
          </span>
        )}
      </p>
      <p className="progress-file" data-testid="progress-file">
        {step}
      </p>
      {partial && <PartialVerdict partial={partial} />}
      <p className="privacy">Everything is read on this computer. Nothing is uploaded.</p>
      <button ref={cancelButton} type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </main>
  );
}
