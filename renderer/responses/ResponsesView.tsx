// Responses: comments, reactions by type and poll votes, each with what the sources say.

import type { ViewProps } from '../app/viewProps';
import { catalogEntryById } from '../../shared/catalog/fileCatalog';
import { trainingBasis } from '../../shared/analysis/buildAnalysis';
import { dateStyleOf, reasonBreakdown } from '../../shared/report/wording';
import { TrainingRules } from '../ui/TrainingRules';
import { CountBarChart } from '../../charts/CountBarChart';
import { CategorySummary } from '../ui/CategorySummary';
import { ChartFigure } from '../ui/ChartFigure';
import { DataTable } from '../ui/DataTable';
import { formatCount } from '../../shared/text/format';
import { figuresOf } from '../ui/fileFigures';
import { TrainingBadge } from '../ui/TrainingBadge';
import { reactionName } from './reactionNames';

const PARTS = [
  { id: 'comments', label: 'Comments' },
  { id: 'reactions', label: 'Reactions' },
  { id: 'votes', label: 'Poll votes' },
] as const;

export function ResponsesView({ scan, analysis, palette, animate }: ViewProps) {
  const category = analysis.categories.find((c) => c.id === 'responses');
  const reactions = [...scan.insights.reactionsByType].sort((a, b) => b.count - a.count).map((r) => ({ ...r, name: reactionName(r.label) }));
  const reactionTotal = reactions.reduce((sum, r) => sum + r.count, 0);
  const style = dateStyleOf(analysis.policy.region);
  const parts = PARTS.map((part) => ({ ...part, figures: figuresOf(scan, analysis, [part.id]), training: trainingBasis([catalogEntryById(part.id).dataKind], analysis.policy.region) }));
  return (
    <div className="responses">
      {category && <CategorySummary category={category} region={analysis.policy.region} />}
      <div className="card-grid">
        {parts.map((part) => (
          <article key={part.id} className="card" data-testid={`responses-${part.id}`}>
            <h3>{part.label}</h3>
            <p className="card-figure">
              <span className="card-number">{formatCount(part.figures.rows)}</span>
            </p>
            {part.figures.words > 0 && <p>{formatCount(part.figures.words)} words of your own text</p>}
            <TrainingBadge status={part.training.status} />
            <p className="card-exposure">
              {formatCount(part.figures.exposure.exposed)} exposed, {formatCount(part.figures.exposure.possiblyExposed)} possibly exposed
              {reasonBreakdown(part.figures.exposure.possiblyExposedByReason) && ` (${reasonBreakdown(part.figures.exposure.possiblyExposedByReason)})`}, {formatCount(part.figures.exposure.notExposed)} not exposed.
            </p>
            <TrainingRules training={part.training} style={style} />
          </article>
        ))}
      </div>
      {reactions.length > 0 ? (
        <ChartFigure
          title="Reactions by type"
          summary={`${formatCount(reactionTotal)} reactions; the most common is ${reactions[0]!.name} (${formatCount(reactions[0]!.count)}).`}
          testId="reactions-chart"
          chart={(width) => <CountBarChart data={reactions.map((r) => ({ label: r.name, count: r.count }))} width={Math.min(width, 640)} height={reactions.length * 32 + 40} orientation="rows" palette={palette} animate={animate} />}
          table={
            <DataTable
              caption="Reactions by type"
              captionHidden
              testId="reactions-table"
              rows={reactions}
              rowKey={(r) => r.label}
              columns={[
                { header: 'Reaction', cell: (r) => r.name, rowHeader: true },
                { header: 'In the export', cell: (r) => <code>{r.label}</code> },
                { header: 'Count', cell: (r) => formatCount(r.count), numeric: true },
              ]}
            />
          }
        />
      ) : (
        <p className="empty">No reactions in your export (they are in the Complete archive).</p>
      )}
    </div>
  );
}
