// A category's figures and what the sources say about it in the member's region, at the top of
// its view.

import type { CategoryAnalysis } from '../../shared/analysis/buildAnalysis';
import type { RegionId } from '../../shared/policy/policyModel';
import { STATEMENTS, categoryById } from '../../shared/policy/policyModel';
import { dateStyleOf, reasonBreakdown } from '../../shared/report/wording';
import { formatCount, formatDateRange, plural } from '../../shared/text/format';
import { Cited } from './Citation';
import { TrainingBadge } from './TrainingBadge';
import { TrainingRules } from './TrainingRules';

export function CategorySummary({ category, region }: { category: CategoryAnalysis; region: RegionId }) {
  const { exposure } = category;
  const style = dateStyleOf(region);
  const reportedAs = categoryById(category.id).reportedAs;
  const why = reasonBreakdown(exposure.possiblyExposedByReason);
  return (
    <section className="category-summary" aria-label={`${category.label}: figures and policy`} data-testid={`summary-${category.id}`}>
      <p className="category-figures">
        <strong>{plural(category.items, 'item')}</strong> · {formatDateRange(category.firstDate, category.lastDate, style)} · <TrainingBadge status={category.training.status} />
      </p>
      <p>
        {formatCount(exposure.exposed)} exposed, {formatCount(exposure.possiblyExposed)} possibly exposed{why ? ` (${why})` : ''}, {formatCount(exposure.notExposed)} not exposed.
      </p>
      {reportedAs && (
        <p className="policy-text">
          <Cited statement={STATEMENTS[reportedAs]} />
        </p>
      )}
      <TrainingRules training={category.training} style={style} />
    </section>
  );
}
