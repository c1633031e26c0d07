// One of the four categories the public reporting names: items, dates, what LinkedIn's phrase
// it stands for is (with the Q&A it comes from), what the sources say in the member's region,
// and how many of its items are exposed.

import type { CategoryAnalysis } from '../../shared/analysis/buildAnalysis';
import { STATEMENTS, categoryById } from '../../shared/policy/policyModel';
import { formatCount, formatDateRange, type DateStyle } from '../../shared/text/format';
import { Cited } from '../ui/Citation';
import { TrainingBadge } from '../ui/TrainingBadge';
import { TrainingRules } from '../ui/TrainingRules';

export function CategoryCard({ category, style }: { category: CategoryAnalysis; style: DateStyle }) {
  const { exposure } = category;
  const reportedAs = categoryById(category.id).reportedAs;
  return (
    <article className="card category-card" aria-labelledby={`card-${category.id}`} data-testid={`card-${category.id}`}>
      <h3 id={`card-${category.id}`}>{category.label}</h3>
      <p className="card-figure">
        <span className="card-number" data-testid="card-items">
          {formatCount(category.items)}
        </span>{' '}
        {category.items === 1 ? 'item' : 'items'}
      </p>
      <p className="card-dates">{formatDateRange(category.firstDate, category.lastDate, style)}</p>
      <TrainingBadge status={category.training.status} />
      <p className="card-exposure" data-testid="card-exposure">
        {category.items === 0
          ? 'Nothing of this kind in your export.'
          : `${formatCount(exposure.exposed)} exposed, ${formatCount(exposure.possiblyExposed)} possibly exposed, ${formatCount(exposure.notExposed)} not exposed.`}
      </p>
      {reportedAs && (
        <p className="card-phrase" data-testid="card-phrase">
          <Cited statement={STATEMENTS[reportedAs]} />
        </p>
      )}
      <TrainingRules training={category.training} style={style} />
    </article>
  );
}
