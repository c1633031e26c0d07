// The "Export report…" dialog: format, how much personal detail, paper, and the objection
// letter; Save… builds the report in the page and hands it to the host, then says where it went.

import { useId, useRef, useState, type RefObject } from 'react';
import { regionById } from '../../shared/policy/policyModel';
import { REDACTION_LABELS, REDACTION_LEVELS, type RedactionLevel } from '../../shared/report/redaction';
import type { ObjectionFields } from '../app/objectionFields';
import type { PolicySettings } from '../app/policySettings';
import type { AnalysisHost } from '../host/analysisHost';
import { useModalFocus } from '../ui/modalFocus';
import { REPORT_FORMATS, SAVED_FORMAT_INFO, carriesLetter } from '../../shared/report/reportFormats';
import { buildReportDocument, type ReportChoice, type ReportSource } from './reportDocument';
import { localIsoDay } from './reportFileName';
import { buildFailure, saveOutcome, type SaveOutcome } from './saveOutcome';

export const PDF_UNAVAILABLE = 'Not in a web browser: save HTML and print it from your browser.';

/** Lets the browser paint the busy state before the report is built in this thread. */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}

export interface ExportDialogProps {
  readonly source: ReportSource;
  readonly host: AnalysisHost;
  readonly policy: PolicySettings;
  readonly objection: ObjectionFields;
  readonly onClose: () => void;
  /** The button that opened the dialog: focus goes back to it. */
  readonly opener?: RefObject<HTMLElement | null>;
}

export function ExportDialog({ source, host, policy, objection, onClose, opener }: ExportDialogProps) {
  const id = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const [choice, setChoice] = useState<ReportChoice>({ format: 'html', redaction: 'counts', paper: 'a4', includeLetter: false });
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const busyRef = useRef(false);
  const focus = useModalFocus(dialog, onClose, { canClose: () => !busyRef.current, returnTo: opener });
  const gdpr = regionById(policy.region).gdprObjection;
  const letterPossible = carriesLetter(choice.format);
  const update = (change: Partial<ReportChoice>) => {
    setChoice((c) => ({ ...c, ...change }));
    setOutcome(null);
  };

  const save = async () => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    setOutcome(null);
    try {
      await afterNextPaint();
      const request = await buildReportDocument(source, choice, { region: policy.region, ...objection }, localIsoDay(), document);
      setOutcome(saveOutcome(await host.saveReport(request), host.kind));
    } catch (error) {
      setOutcome(buildFailure(error));
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };

  return (
    <div className="modal-backdrop">
      <div ref={dialog} role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} aria-describedby={`${id}-about`} aria-busy={busy} className="modal" onKeyDown={focus.onKeyDown} data-testid="export-dialog">
        <h2 id={`${id}-title`} className="modal-title">
          Export report
        </h2>
        <p id={`${id}-about`} className="muted">
          A summary of this analysis, made on this computer. It is saved only where you choose.
        </p>

        <fieldset className="option-group">
          <legend>Format</legend>
          {REPORT_FORMATS.map((format) => {
            const unavailable = format === 'pdf' && !host.canPrintPdf;
            return (
              <label key={format} className={`option${unavailable ? ' is-disabled' : ''}`}>
                <input type="radio" name={`${id}-format`} value={format} checked={choice.format === format} disabled={unavailable} onChange={() => update({ format })} data-testid={`format-${format}`} />
                <span>
                  <strong>{SAVED_FORMAT_INFO[format].name}</strong> <span className="option-about">{unavailable ? PDF_UNAVAILABLE : SAVED_FORMAT_INFO[format].about}</span>
                </span>
              </label>
            );
          })}
        </fieldset>

        {choice.format === 'pdf' && (
          <div className="option-inline">
            <label htmlFor={`${id}-paper`} className="control-label">
              Paper
            </label>
            <select id={`${id}-paper`} value={choice.paper} onChange={(e) => update({ paper: e.target.value as ReportChoice['paper'] })} data-testid="paper-select">
              <option value="a4">A4</option>
              <option value="letter">Letter</option>
            </select>
          </div>
        )}

        <fieldset className="option-group">
          <legend>What it contains</legend>
          {REDACTION_LEVELS.map((level: RedactionLevel) => (
            <label key={level} className="option">
              <input type="radio" name={`${id}-redaction`} value={level} checked={choice.redaction === level} onChange={() => update({ redaction: level })} data-testid={`redaction-${level}`} />
              <span>
                {REDACTION_LABELS[level]}
                {level === 'counts' && <span className="badge badge-not-used option-badge">Safe to share</span>}
              </span>
            </label>
          ))}
        </fieldset>

        <div className="option-group">
          <label className={`option${letterPossible ? '' : ' is-disabled'}`}>
            <input type="checkbox" checked={letterPossible && choice.includeLetter} disabled={!letterPossible} onChange={(e) => update({ includeLetter: e.target.checked })} aria-describedby={`${id}-letter-note`} data-testid="include-letter" />
            <span>
              <strong>Include the objection letter</strong>{' '}
              <span id={`${id}-letter-note`} className="option-about">
                {!letterPossible
                  ? 'JSON and CSV hold the figures only.'
                  : !gdpr
                    ? 'For your region: the steps to stop the training (a GDPR objection does not apply).'
                    : objection.grounds.trim() === ''
                      ? 'Your grounds are still empty: the letter will show where they go. Write them in the Opt-out guide.'
                      : 'With the grounds and signature you wrote in the Opt-out guide.'}
              </span>
            </span>
          </label>
        </div>

        <p className="modal-status" role="status" data-testid="export-status">
          {busy ? 'Preparing the report…' : outcome ? <span className={outcome.ok ? 'status-ok' : 'status-error'}>{outcome.text}</span> : null}
        </p>

        <div className="modal-actions">
          <button type="button" className="button primary" onClick={() => void save()} aria-disabled={busy} data-testid="export-save">
            {busy ? 'Saving…' : 'Save…'}
          </button>
          <button type="button" className="button" onClick={() => !busyRef.current && onClose()} aria-disabled={busy}>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
