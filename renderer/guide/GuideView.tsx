// How to opt out and what the law gives the member in their region, what opting out does and
// does not do, and the settings that drive every figure in the app (region, opt-out date, the
// day the member turned 18). Every statement about LinkedIn's practice carries its sources.

import { EXCLUSIONS, OPT_OUT, POLICY_EVENTS, STATEMENTS, eventDateLabel, regionById, type SourceId, type StatementId } from '../../shared/policy/policyModel';
import { windowPeriod } from '../../shared/report/wording';
import type { ViewProps } from '../app/viewProps';
import { Citation, Cited } from '../ui/Citation';
import { AdultFromControl, OptOutControl, RegionSelect } from '../ui/PolicyControls';
import { SourceList } from '../ui/SourceList';
import { ExclusionList } from '../ui/ExclusionList';
import { ObjectionPanel } from './ObjectionPanel';

function Statement({ id, testId }: { id: StatementId; testId?: string }) {
  return (
    <p data-testid={testId}>
      <Cited statement={STATEMENTS[id]} />
    </p>
  );
}

/** Every source the guide cites, in the order it first cites them. */
function guideSources(region: ReturnType<typeof regionById>): SourceId[] {
  const ids: StatementId[] = [
    'opt-out-date-recall',
    'minors-excluded',
    ...region.windows.map((w) => w.statement),
    ...region.notes,
    'opt-out-steps',
    'not-retroactive',
    'setting-scope',
    ...(region.gdprObjection ? ([region.rights === 'uk-gdpr' ? 'uk-gdpr-rights' : 'gdpr-rights', 'objection-route', 'objection-caveat'] as const) : []),
    ...(region.rights === 'pipeda' ? (['pipeda-withdraw'] as const) : []),
    ...EXCLUSIONS,
  ];
  return [...new Set([...ids.flatMap((id) => STATEMENTS[id].sources), ...POLICY_EVENTS.flatMap((e) => e.sources)])];
}

export function GuideView(props: ViewProps) {
  const { policy, onPolicyChange, asOf, host } = props;
  const region = regionById(policy.region);
  const style = region.dateStyle;
  return (
    <div className="guide">
      <section aria-labelledby="settings-heading" className="card guide-settings">
        <h2 id="settings-heading">Your region, opt-out date and age</h2>
        <p>Every figure in the app depends on these. Changing them updates the figures at once.</p>
        <div className="control-group">
          <RegionSelect policy={policy} onChange={onPolicyChange} asOf={asOf} />
          <OptOutControl policy={policy} onChange={onPolicyChange} asOf={asOf} />
        </div>
        <Statement id="opt-out-date-recall" testId="optout-date-note" />
        <Statement id="minors-excluded" />
        <AdultFromControl policy={policy} onChange={onPolicyChange} asOf={asOf} />
        <h3>Training periods {region.where}</h3>
        <ul className="window-list" data-testid="region-windows">
          {region.windows.map((w) => (
            <li key={`${w.start}-${w.end}`}>
              <strong>{windowPeriod(w, style)}</strong>: <Cited statement={STATEMENTS[w.statement]} />
            </li>
          ))}
        </ul>
        {region.notes.map((note) => (
          <Statement key={note} id={note} />
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
        <p className="muted">
          Steps and setting as LinkedIn names them
          <Citation sources={STATEMENTS['opt-out-steps'].sources} />
        </p>
        <p>
          <button type="button" className="button primary" onClick={() => void host.openLinkedIn(OPT_OUT.settingsUrl)} data-testid="open-settings">
            Open the setting on LinkedIn
          </button>{' '}
          <span className="muted">{host.kind === 'electron' ? 'Opens in your web browser.' : 'Opens in a new tab.'}</span>
        </p>
        <blockquote className="fact" data-testid="not-retroactive">
          <p>
            <Cited statement={STATEMENTS['not-retroactive']} />
          </p>
        </blockquote>
        <Statement id="setting-scope" />
      </section>

      <section aria-labelledby="rights-heading">
        <h2 id="rights-heading">{region.gdprObjection ? 'Your right to object, and to know' : 'What else you can do'}</h2>
        {region.gdprObjection && (
          <>
            <Statement id={region.rights === 'uk-gdpr' ? 'uk-gdpr-rights' : 'gdpr-rights'} testId="rights" />
            <Statement id="objection-route" />
            <p>
              <button type="button" className="button" onClick={() => void host.openLinkedIn(OPT_OUT.objectionFormUrl)}>
                Open the {OPT_OUT.objectionFormName}
              </button>
            </p>
            <Statement id="objection-caveat" />
          </>
        )}
        {region.rights === 'pipeda' && <Statement id="pipeda-withdraw" testId="rights" />}
        {region.rights === 'steps' && <p data-testid="rights">Switching the setting off is the step the sources describe for your region.</p>}
        <ObjectionPanel {...props} />
      </section>

      <section aria-labelledby="never-heading">
        <h2 id="never-heading">What LinkedIn says it never uses</h2>
        <ExclusionList testId="exclusions" />
      </section>

      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">What happened when</h2>
        <ul className="event-list">
          {POLICY_EVENTS.map((e) => (
            <li key={`${e.date}-${e.event}`}>
              <strong>{eventDateLabel(e, style)}</strong> ({e.regions}): {e.event}.
              <Citation sources={e.sources} />
            </li>
          ))}
        </ul>
      </section>

      <SourceList sources={guideSources(region)} style={style} label="Sources for this guide, in full" />
    </div>
  );
}
