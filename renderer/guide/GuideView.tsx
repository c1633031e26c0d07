// How to opt out and object, what opting out does and does not do, and the region and opt-out
// date that drive every figure in the app, with the sources.

import { EXCLUSIONS, OPT_OUT, POLICY_EVENTS, regionById } from '../../shared/policy/policyModel';
import type { ViewProps } from '../app/viewProps';
import { formatDate } from '../../shared/text/format';
import { OptOutInput, RegionSelect } from '../ui/PolicyControls';
import { SourceList } from '../ui/SourceList';
import { ObjectionPanel } from './ObjectionPanel';

/** A window's edge as the sources date it ("Aug 2024 (unconfirmed)", "before 10 Dec 2024"). */
function edgeLabel(date: string): string {
  return POLICY_EVENTS.find((e) => e.date === date)?.dateLabel ?? formatDate(date);
}

export function GuideView(props: ViewProps) {
  const { policy, onPolicyChange, asOf, host } = props;
  const region = regionById(policy.region);
  return (
    <div className="guide">
      <section aria-labelledby="settings-heading" className="card guide-settings">
        <h2 id="settings-heading">Your region and opt-out date</h2>
        <p>Every figure in the app depends on these two. Changing them updates the figures at once.</p>
        <div className="control-group">
          <RegionSelect policy={policy} onChange={onPolicyChange} asOf={asOf} />
          <OptOutInput policy={policy} onChange={onPolicyChange} asOf={asOf} />
        </div>
        <h3>Training periods for {region.label}</h3>
        <ul className="window-list" data-testid="region-windows">
          {region.windows.map((w) => (
            <li key={`${w.start}-${w.end}`}>
              <strong>
                {edgeLabel(w.start)} – {w.end === null ? 'today' : edgeLabel(w.end)}
              </strong>{' '}
              <span className={`badge badge-${w.certainty === 'stated' ? 'used' : 'unclear'}`}>{w.certainty === 'stated' ? 'Stated' : 'Unconfirmed'}</span>: {w.note}
            </li>
          ))}
        </ul>
        {region.notes.map((note) => (
          <p key={note}>{note}</p>
        ))}
      </section>

      <section aria-labelledby="optout-heading">
        <h2 id="optout-heading">Switch off &quot;{OPT_OUT.settingName}&quot;</h2>
        <div className="steps">
          <div>
            <h3>On a computer</h3>
            <ol data-testid="desktop-steps">
              {OPT_OUT.desktopSteps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </div>
          <div>
            <h3>In the mobile app</h3>
            <ol data-testid="mobile-steps">
              {OPT_OUT.mobileSteps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </div>
        </div>
        <p>
          <button type="button" className="button primary" onClick={() => void host.openLinkedIn(OPT_OUT.settingsUrl)} data-testid="open-settings">
            Open the setting on LinkedIn
          </button>{' '}
          <span className="muted">{host.kind === 'electron' ? 'Opens in your web browser.' : 'Opens in a new tab.'}</span>
        </p>
        <blockquote className="fact" data-testid="not-retroactive">
          <p>&ldquo;{OPT_OUT.notRetroactive}&rdquo;</p>
        </blockquote>
        <p>{OPT_OUT.notCovered}</p>
      </section>

      <section aria-labelledby="object-heading">
        <h2 id="object-heading">Your right to object</h2>
        <p>
          {region.gdprObjection
            ? 'In your region (GDPR, Article 21) you can object to processing based on "legitimate interest", including training of AI models, with LinkedIn\'s '
            : 'LinkedIn also offers a '}
          {OPT_OUT.objectionFormName}.
        </p>
        <p>
          <button type="button" className="button" onClick={() => void host.openLinkedIn(OPT_OUT.objectionFormUrl)}>
            Open the {OPT_OUT.objectionFormName}
          </button>
        </p>
        <p className="muted">{OPT_OUT.objectionCaveat}</p>
        <p>{OPT_OUT.adsSharing}</p>
        <ObjectionPanel {...props} />
      </section>

      <section aria-labelledby="never-heading">
        <h2 id="never-heading">What LinkedIn says it never uses</h2>
        <ul className="plain-list">
          {EXCLUSIONS.map((e) => (
            <li key={e.what}>{e.what}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">What happened when</h2>
        <ul className="event-list">
          {POLICY_EVENTS.map((e) => (
            <li key={`${e.date}-${e.event}`}>
              <strong>{e.dateLabel}</strong> ({e.regions}){e.confirmed || e.dateLabel.includes('unconfirmed') ? '' : ' — unconfirmed'}: {e.event}.
            </li>
          ))}
        </ul>
      </section>

      <SourceList sources={OPT_OUT.sources} label="Sources for this guide" />
    </div>
  );
}
