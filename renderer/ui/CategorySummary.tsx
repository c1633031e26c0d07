// A category's figures and what the sources say about it, at the top of its view.

import type { CategoryAnalysis } from '../../shared/analysis/buildAnalysis';
import { formatCount, formatDateRange, plural } from '../../shared/text/format';
import { SourceList } from './SourceList';
import { TrainingBadge } from './TrainingBadge';

export function CategorySummary({ category }: { category: CategoryAnalysis }) {
  const { exposure } = category;
  return (
    <section className="category-summary" aria-label={`${category.label}: figures and policy`} data-testid={`summary-${category.id}`}>
      <p className="category-figures">
        <strong>{plural(category.items, 'item')}</strong> · {formatDateRange(category.firstDate, category.lastDate)} · <TrainingBadge status={category.training.status} />
      </p>
      <p>
        {formatCount(exposure.exposed)} exposed, {formatCount(exposure.possiblyExposed)} possibly exposed, {formatCount(exposure.notExposed)} not used.
      </p>
      <p className="policy-text">{category.training.policy}</p>
      <SourceList sources={category.training.sources} />
    </section>
  );
}
