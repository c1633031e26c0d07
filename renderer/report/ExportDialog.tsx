// The "Export report…" dialog: format, how much personal detail, paper, and the objection
// letter where the member's region has one; a preview of the start of the report; Save… hands
// the very document previewed to the host, then says where it went.

import { useEffect, useId, useMemo, useRef, useState, type RefObject } from 'react';
import type { SaveReportRequest } from '../../shared/contract/desktopApi';
import { regionById } from '../../shared/policy/policyModel';
import { REDACTION_LABELS, REDACTION_LEVELS, type RedactionLevel } from '../../shared/report/redaction';
import type { ObjectionFields } from '../app/objectionFields';
import type { PolicySettings } from '../app/policySettings';
import type { AnalysisHost } from '../host/analysisHost';
import { useModalFocus } from '../ui/modalFocus';
import { REPORT_FORMATS, SAVED_FORMAT_INFO, carriesLetter } from '../../shared/report/reportFormats';
import { buildReportDocument, type ReportChoice, type ReportSource } from './reportDocument';
import { localIsoDay } from './reportFileName';
import { reportPreview } from './reportPreview';
import { ReportPreviewPane } from './ReportPreviewPane';
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

/** A document built for one set of choices (its key), or why it could not be. */
type Built = { readonly key: string; readonly request: SaveReportRequest } | { readonly key: string; readonly failure: SaveOutcome };

export function ExportDialog({ source, host, policy, objection, onClose, opener }: ExportDialogProps) {
  const id = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const [choice, setChoice] = useState<ReportChoice>({ format: 'html', redaction: 'counts', paper: 'a4', includeLetter: false });
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);
  const [built, setBuilt] = useState<Built | null>(null);
  const busyRef = useRef(false);
  const focus = useModalFocus(dialog, onClose, { canClose: () => !busyRef.current, returnTo: opener });
  const gdpr = regionById(policy.region).gdprObjection;
  // The letter exists only where the region has the GDPR objection, in formats that carry text.
  const letterOffered = gdpr && carriesLetter(choice.format);
  const chosen: ReportChoice = { ...choice, includeLetter: letterOffered && choice.includeLetter };
  const key = JSON.stringify(chosen);
  const update = (change: Partial<ReportChoice>) => {
    setChoice((c) => ({ ...c, ...change }));
    setOutcome(null);
  };
  const build = (report: ReportChoice) => buildReportDocument(source, report, { region: policy.region, ...objection }, localIsoDay(), document);
  // The page behind is inert while the dialog is open: the source and letter cannot change under it.
  const latest = useRef({ build, chosen });
  latest.current = { build, chosen };

  // The document for the current choices, built after the busy state has been painted; the
  // preview shows its start and Save… writes it.
  useEffect(() => {
    let current = true;
    void (async () => {
      await afterNextPaint();
      if (!current) return;
      let next: Built;
      try {
        next = { key, request: await latest.current.build(latest.current.chosen) };
      } catch (error) {
        next = { key, failure: buildFailure(error) };
      }
      if (current) setBuilt(next);
    })();
    return () => {
      current = false;
    };
  }, [key]);
  const preparing = built?.key !== key;
  const preview = useMemo(() => (built && 'request' in built ? reportPreview(built.request) : null), [built]);

  const save = async () => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    setOutcome(null);
    try {
      await afterNextPaint();
      const request = built?.key === key && 'request' in built ? built.request : await build(chosen);
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
      <div ref={dialog} role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} aria-describedby={`${id}-about`} aria-busy={busy} className="modal modal-wide" onKeyDown={focus.onKeyDown} data-testid="export-dialog">
        <h2 id={`${id}-title`} className="modal-title">
          Export report
        </h2>
        <p id={`${id}-about`} className="muted">
          A summary of this analysis, made on this computer. It is saved only where you choose.
        </p>

        <div className="export-layout">
          <div className="export-options">
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

            {letterOffered && (
              <div className="option-group">
                <label className="option">
                  <input type="checkbox" checked={chosen.includeLetter} onChange={(e) => update({ includeLetter: e.target.checked })} aria-describedby={`${id}-letter-note`} data-testid="include-letter" />
                  <span>
                    <strong>Include the objection letter</strong>{' '}
                    <span id={`${id}-letter-note`} className="option-about">
                      {objection.grounds.trim() === ''
                        ? 'Your grounds are still empty: the letter will show where they go. Write them in the Opt-out guide.'
                        : 'With the grounds and signature you wrote in the Opt-out guide.'}
                    </span>
                  </span>
                </label>
              </div>
            )}
          </div>
          <section className="export-preview" aria-labelledby={`${id}-preview`}>
            <h3 id={`${id}-preview`} className="option-heading">
              Preview
            </h3>
            <ReportPreviewPane preview={preview} busy={preparing} labelId={`${id}-preview`} />
            {built && 'failure' in built && !preparing && <p className="status-error">{built.failure.text}</p>}
          </section>
        </div>

        {/* Always in view: the options and the preview scroll above it in a short window. */}
        <div className="modal-footer">
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
    </div>
  );
}
