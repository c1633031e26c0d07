// The overview: the verdict in the member's terms (their words first, then what is in a category
// LinkedIn trains on and what was on the account while training was on), each sentence with its
// sources; the four categories the reporting names, explained from their source; every
// category's exposure in one chart, with its table, and "possibly exposed" by reason. The answer
// comes first, then the chart of what could have been used; what LinkedIn says it does not use is
// said apart, with its sources.

import { POSSIBLE_REASON_INFO, POSSIBLE_REASONS, STATEMENTS, categoryById } from '../../shared/policy/policyModel';
import { EXPOSURE_LABELS, adultPhrase, approx, dateStyleOf, optOutPhrase, reasonBreakdown } from '../../shared/report/wording';
import type { ViewProps } from '../app/viewProps';
import { ExposureBarChart } from '../../charts/ExposureBarChart';
import { ExposureSwatch, type ExposureKey } from '../../charts/exposurePatterns';
import { ChartFigure } from '../ui/ChartFigure';
import { Citation, Cited } from '../ui/Citation';
import { DataTable } from '../ui/DataTable';
import { ExclusionList } from '../ui/ExclusionList';
import { AdultFromControl } from '../ui/PolicyControls';
import { formatCount } from '../../shared/text/format';
import { TrainingBadge } from '../ui/TrainingBadge';
import { CategoryCard } from './CategoryCard';
import { VerdictStatement } from './VerdictStatement';
import { verdictOfAnalysis } from './verdictOfAnalysis';

export function OverviewView({ scan, analysis, palette, animate, policy, onPolicyChange, asOf, onOpenView }: ViewProps) {
  const verdict = verdictOfAnalysis(scan, analysis);
  const style = dateStyleOf(analysis.policy.region);
  const named = analysis.categories.filter((c) => c.namedByReporting);
  const notUsed = analysis.categories.filter((c) => c.training.status === 'not-used' && c.items > 0);
  const { totals } = analysis;
  const summary = [verdict.counts, verdict.byCategory].map((line) => line?.text ?? '').join(' ').trim();
  const header = (key: ExposureKey, text: string) => (
    <span className="with-swatch">
      <ExposureSwatch kind={key} palette={palette} /> {text}
    </span>
  );
  return (
    <div className="overview">
      <section className="headline-block" aria-label="Summary">
        <VerdictStatement verdict={verdict} />
        <p className="headline-context" data-testid="headline-context">
          {analysis.policy.regionLabel}; {optOutPhrase(analysis.policy.optedOut, analysis.policy.asOf, style)}; {adultPhrase(analysis.policy.adultFrom, style)}.
          {totals.exposure.estimatedExposedTokens > 0 && ` The exposed text is about ${approx(totals.exposure.estimatedExposedTokens)} tokens (an estimate).`}
        </p>
        <p className="what-to-do">
          <a
            href="#panel-guide"
            className="what-to-do-link"
            onClick={(e) => {
              e.preventDefault();
              onOpenView('guide');
            }}
            data-testid="what-can-i-do"
          >
            What can I do?
          </a>{' '}
          Opt out, object, or ask LinkedIn what it used: the opt-out guide has the steps for your region.
        </p>
        <p className="cannot-know" data-testid="verdict-cannotKnow">
          <Cited statement={verdict.cannotKnow} />
        </p>
        <div className="minors-note" data-testid="verdict-minors">
          <p>
            <Cited statement={verdict.minors} />
          </p>
          <AdultFromControl policy={policy} onChange={onPolicyChange} asOf={asOf} />
        </div>
      </section>

      <h2>What could have been used, by category</h2>
      <ChartFigure
        title="Exposed and possibly exposed items per category"
        summary={summary}
        testId="overview-chart"
        chart={(width) => (
          <ExposureBarChart
            width={width}
            palette={palette}
            animate={animate}
            data={analysis.categories.map((c) => ({ label: categoryById(c.id).shortLabel, exposed: c.exposure.exposed, possiblyExposed: c.exposure.possiblyExposed, notExposed: c.exposure.notExposed }))}
          />
        )}
        table={
          <DataTable
            caption="Items per category, by exposure"
            captionHidden
            testId="overview-table"
            rows={analysis.categories}
            rowKey={(c) => c.id}
            columns={[
              { header: 'Category', cell: (c) => c.label, rowHeader: true },
              { header: 'Training status', cell: (c) => <TrainingBadge status={c.training.status} /> },
              { header: 'Items', cell: (c) => formatCount(c.items), numeric: true },
              { header: EXPOSURE_LABELS.exposed, cell: (c) => formatCount(c.exposure.exposed), numeric: true },
              { header: EXPOSURE_LABELS.possiblyExposed, cell: (c) => formatCount(c.exposure.possiblyExposed), numeric: true },
              { header: EXPOSURE_LABELS.notExposed, cell: (c) => formatCount(c.exposure.notExposed), numeric: true },
              { header: 'Words exposed', cell: (c) => formatCount(c.exposure.exposedWords), numeric: true },
              { header: 'Possibly exposed, why', cell: (c) => reasonBreakdown(c.exposure.possiblyExposedByReason) || '—' },
            ]}
          />
        }
      />
      <div className="legend-note">
        {header('exposed', `${EXPOSURE_LABELS.exposed}: in a category LinkedIn says it trains on in your region, and on your account while training was on there, before you opted out.`)}
        {header('possiblyExposed', `${EXPOSURE_LABELS.possiblyExposed}: it falls short of that only for a reason the sources leave open (below).`)}
        {header('notExposed', `${EXPOSURE_LABELS.notExposed}: LinkedIn says it does not train on it, or it was not on your account while training was on, before you opted out.`)}
      </div>
      {notUsed.length > 0 && (
        <section aria-labelledby="not-used-heading" className="not-used" data-testid="not-used">
          <h3 id="not-used-heading">What LinkedIn says it does not use</h3>
          <p>
            {notUsed.map((c) => `${c.label}: ${formatCount(c.items)} ${c.items === 1 ? 'item' : 'items'}`).join('; ')}. None of it counts as exposed in your
            region.
          </p>
          <ExclusionList />
        </section>
      )}
      <h2>The four categories in the news</h2>
      <p className="view-intro">
        <Cited statement={STATEMENTS['four-categories']} />
      </p>
      <div className="card-grid four">
        {named.map((category) => (
          <CategoryCard key={category.id} category={category} style={style} />
        ))}
      </div>

      <section aria-labelledby="reasons-heading" className="reasons">
        <h3 id="reasons-heading">Possibly exposed, by reason</h3>
        {totals.exposure.possiblyExposed === 0 ? (
          <p data-testid="reasons-none">No item is possibly exposed.</p>
        ) : (
          <ul className="reason-list" data-testid="reason-list">
            {POSSIBLE_REASONS.filter((r) => totals.exposure.possiblyExposedByReason[r] > 0).map((r) => {
              const info = POSSIBLE_REASON_INFO[r];
              return (
                <li key={r} data-testid={`reason-${r}`}>
                  <strong>
                    <span data-testid="reason-count">{formatCount(totals.exposure.possiblyExposedByReason[r])}</span> {info.label}
                  </strong>
                  : possibly exposed because {info.explanation}.{info.statement && <Citation sources={STATEMENTS[info.statement].sources} />}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
