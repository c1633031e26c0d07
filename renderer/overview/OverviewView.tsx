// The overview: the headline in plain words, the four categories the reporting names, then
// every category's exposure in one chart (with its table and summary).

import { possiblyLine, headline, approx } from '../../shared/report/wording';
import { categoryById } from '../../shared/policy/policyModel';
import type { ViewProps } from '../app/viewProps';
import { ExposureBarChart } from '../../charts/ExposureBarChart';
import { ExposureSwatch, type ExposureKey } from '../../charts/exposurePatterns';
import { ChartFigure } from '../ui/ChartFigure';
import { DataTable } from '../ui/DataTable';
import { formatCount, formatDate } from '../../shared/text/format';
import { TrainingBadge } from '../ui/TrainingBadge';
import { CategoryCard } from './CategoryCard';
import { headlineFigures } from './headlineFigures';

export function OverviewView({ analysis, palette, animate }: ViewProps) {
  const figures = headlineFigures(analysis);
  const named = analysis.categories.filter((c) => c.namedByReporting);
  const { policy, totals } = analysis;
  const shown = analysis.categories.filter((c) => c.items > 0);
  const mostExposed = [...shown].sort((a, b) => b.exposure.exposed - a.exposure.exposed)[0];
  const summary =
    `${headline(figures)} ${possiblyLine(figures)}` +
    (mostExposed && mostExposed.exposure.exposed > 0 ? ` The most exposed category is ${mostExposed.label} (${formatCount(mostExposed.exposure.exposed)} items).` : '');
  const header = (key: ExposureKey, label: string) => (
    <span className="with-swatch">
      <ExposureSwatch kind={key} palette={palette} /> {label}
    </span>
  );
  return (
    <div className="overview">
      <section className="headline-block" aria-label="Summary">
        <p className="headline" data-testid="headline">
          {headline(figures)}
        </p>
        <p className="headline-sub" data-testid="possibly-line">
          {possiblyLine(figures)}
        </p>
        <p className="headline-context">
          Region: {policy.regionLabel}. {policy.optedOut === null ? `Not opted out; counted up to ${formatDate(policy.asOf)}.` : `Opted out on ${formatDate(policy.optedOut)}.`}
          {totals.exposure.estimatedExposedTokens > 0 && ` The exposed text is about ${approx(totals.exposure.estimatedExposedTokens)} tokens (an estimate).`}
        </p>
      </section>

      <h2>The four categories in the news</h2>
      <div className="card-grid">
        {named.map((category) => (
          <CategoryCard key={category.id} category={category} />
        ))}
      </div>

      <h2>All categories</h2>
      <ChartFigure
        title="Items per category, by exposure"
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
              { header: 'Exposed', cell: (c) => formatCount(c.exposure.exposed), numeric: true },
              { header: 'Possibly exposed', cell: (c) => formatCount(c.exposure.possiblyExposed), numeric: true },
              { header: 'Not used', cell: (c) => formatCount(c.exposure.notExposed), numeric: true },
              { header: 'Words exposed', cell: (c) => formatCount(c.exposure.exposedWords), numeric: true },
            ]}
          />
        }
      />
      <div className="legend-note">
        {header('exposed', 'Exposed: in a category LinkedIn says it trains on, and on your account while training was on in your region, before you opted out.')}
        {header('possiblyExposed', 'Possibly exposed: the sources are unclear, or training was only reported, not confirmed.')}
        {header('notExposed', 'Not used: LinkedIn says it does not train on it, or it was not on your account during a training period.')}
      </div>
    </div>
  );
}
