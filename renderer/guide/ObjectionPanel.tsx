// The letters in the opt-out guide: for the regions where the GDPR (or UK GDPR) applies, an
// Article 21(1) objection (the member writes the grounds the Article asks for, and it asks for
// erasure of the training data under Article 17(1)(c)) and an Article 15 access request; the
// opt-out steps elsewhere (with the withdrawal of consent in Canada). Copied or saved as text.
// The same grounds and signature go into a report that includes the objection.

import { useEffect, useId, useMemo, useState } from 'react';
import { LETTER_NAMES, letterKinds, type LetterKind } from '../../shared/report/objectionLetter';
import type { ViewProps } from '../app/viewProps';
import { buildReportJson } from '../../shared/report/reportJson';
import { letterDraft } from '../report/reportDocument';
import { localIsoDay, savedFileName } from '../report/reportFileName';
import { saveOutcome, type SaveOutcome } from '../report/saveOutcome';

export const GROUNDS_REQUIRED = 'Write your grounds first: Article 21(1) requires them.';
const COPY_REFUSED = 'Could not copy. Select the letter above and copy it with Ctrl+C (⌘C on a Mac).';

type PanelProps = Pick<ViewProps, 'scan' | 'analysis' | 'policy' | 'host' | 'objection' | 'onObjectionChange'>;

export function ObjectionPanel({ scan, analysis, policy, host, objection, onObjectionChange }: PanelProps) {
  const id = useId();
  const [status, setStatus] = useState<SaveOutcome | null>(null);
  // The letter names counts only: never an excerpt, whatever a report was saved with.
  const report = useMemo(() => buildReportJson(scan, analysis, 'counts'), [scan, analysis]);
  const day = localIsoDay();
  const kinds = letterKinds(policy.region);
  const [chosen, setChosen] = useState<LetterKind>(kinds[0]!);
  const kind = kinds.includes(chosen) ? chosen : kinds[0]!;
  useEffect(() => setStatus(null), [kind]);
  const draft = letterDraft(report, { region: policy.region, ...objection }, day, kind);
  const blocked = draft.needsGrounds;
  const edit = (change: Partial<typeof objection>) => {
    onObjectionChange({ ...objection, ...change });
    setStatus(null);
  };
  const copy = async () => {
    const copied = await host.copyText(draft.text);
    setStatus(copied ? { ok: true, text: 'Copied to the clipboard.' } : { ok: false, text: COPY_REFUSED });
  };
  const save = async () => {
    const suggestedName = savedFileName(kind === 'objection' ? 'objection-letter' : kind === 'access' ? 'access-request' : 'opt-out-steps', 'txt', day);
    setStatus(saveOutcome(await host.saveReport({ format: 'txt', suggestedName, content: draft.text }), host.kind));
  };

  return (
    <section aria-labelledby={`${id}-title`} className="card letter-panel" data-testid="objection-panel">
      <h3 id={`${id}-title`}>{draft.gdpr ? 'Your letters' : 'Your note on stopping the training'}</h3>
      {kinds.length > 1 && (
        <div className="letter-kinds" role="radiogroup" aria-label="Which letter">
          {kinds.map((k) => (
            <label key={k} className="check">
              <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setChosen(k)} data-testid={`letter-${k}`} /> {LETTER_NAMES[k]}
            </label>
          ))}
        </div>
      )}
      {kind === 'objection' && <p>A draft to send through the form above, filled in from this analysis. It becomes yours once you add your grounds.</p>}
      {kind === 'access' && <p>A draft asking whether your data were used to train which models, from which period. The sources this app relies on name no address for access requests.</p>}
      {kind === 'steps' && <p>The steps to stop the training, to keep or share{policy.region === 'ca' ? ', with your right to withdraw consent' : ''}.</p>}
      {kind === 'objection' && (
        <div className="letter-fields">
          <div className="control">
            <label htmlFor={`${id}-grounds`} className="control-label">
              Your grounds (required)
            </label>
            <textarea
              id={`${id}-grounds`}
              rows={4}
              required
              aria-required="true"
              aria-invalid={blocked}
              aria-describedby={`${id}-grounds-hint`}
              value={objection.grounds}
              onChange={(e) => edit({ grounds: e.target.value })}
              data-testid="objection-grounds"
            />
            <span id={`${id}-grounds-hint`} className="control-hint">
              Why this processing affects you in particular: for example your profession, what you have written, or how your posts could be reused.
            </span>
          </div>
          <div className="control">
            <label htmlFor={`${id}-signature`} className="control-label">
              Your name, to sign with (optional)
            </label>
            <input id={`${id}-signature`} type="text" autoComplete="name" value={objection.signature} onChange={(e) => edit({ signature: e.target.value })} data-testid="objection-signature" />
          </div>
        </div>
      )}
      <h4 className="letter-title">{draft.title}</h4>
      <pre className="letter" role="region" tabIndex={0} aria-label={draft.title} data-testid="objection-text">
        {draft.text}
      </pre>
      <div className="button-row">
        <button type="button" className="button primary" disabled={blocked} aria-describedby={blocked ? `${id}-blocked` : undefined} onClick={() => void copy()} data-testid="objection-copy">
          Copy to clipboard
        </button>
        <button type="button" className="button" disabled={blocked} aria-describedby={blocked ? `${id}-blocked` : undefined} onClick={() => void save()} data-testid="objection-save">
          Save as text…
        </button>
      </div>
      {blocked && (
        <p id={`${id}-blocked`} className="control-error" data-testid="objection-blocked">
          {GROUNDS_REQUIRED}
        </p>
      )}
      <p role="status" className="letter-status" data-testid="objection-status">
        {status && <span className={status.ok ? 'status-ok' : 'status-error'}>{status.text}</span>}
      </p>
    </section>
  );
}
