// One of the four categories the public reporting names: items, dates, training status.

import type { CategoryAnalysis } from '../../shared/analysis/buildAnalysis';
import { formatCount, formatDateRange, plural } from '../../shared/text/format';
import { TrainingBadge } from '../ui/TrainingBadge';

export function CategoryCard({ category }: { category: CategoryAnalysis }) {
  const { exposure } = category;
  return (
    <article className="card category-card" aria-labelledby={`card-${category.id}`} data-testid={`card-${category.id}`}>
      <h3 id={`card-${category.id}`}>{category.label}</h3>
      <p className="card-figure">
        <span className="card-number" data-testid="card-items">
          {formatCount(category.items)}
        </span>{' '}
        {category.items === 1 ? 'item' : 'items'}
      </p>
      <p className="card-dates">{formatDateRange(category.firstDate, category.lastDate)}</p>
      <TrainingBadge status={category.training.status} />
      <p className="card-exposure">
        {category.items === 0
          ? 'Nothing of this kind in your export.'
          : `${plural(exposure.exposed, 'item')} exposed, ${formatCount(exposure.possiblyExposed)} possibly, ${formatCount(exposure.notExposed)} not used.`}
      </p>
      <p className="card-description">{category.description}</p>
    </article>
  );
}
