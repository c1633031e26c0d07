// Items per month by exposure class, for the categories the member picks, with the policy dates
// of the member's region and their opt-out date marked.

import { useState } from 'react';
import type { ViewProps } from '../app/viewProps';
import { ItemsPerMonthChart } from '../../charts/ItemsPerMonthChart';
import type { CategoryId } from '../../shared/policy/policyModel';
import { ChartFigure } from '../ui/ChartFigure';
import { DataTable } from '../ui/DataTable';
import { formatCount, formatDate, formatMonth } from '../../shared/text/format';
import { dateStyleOf } from '../../shared/report/wording';
import { categoryChoices, timelineData, type TimelineData } from '../../charts/timelineData';

function summaryOf(data: TimelineData): string {
  if (data.total === 0) return 'Your export holds no dated items in the categories shown.';
  const totals = data.months.map((_, i) => data.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const busiest = totals.indexOf(Math.max(...totals));
  const firstWithItems = totals.findIndex((n) => n > 0);
  const markerText = data.markers.map((m) => m.label).join(', ');
  return (
    `${formatCount(data.total)} dated items from ${formatMonth(data.months[firstWithItems]!)} on; the busiest month was ${formatMonth(data.months[busiest]!)} ` +
    `with ${formatCount(totals[busiest]!)}. Marked: ${markerText}.`
  );
}

export function TimelineView({ analysis, palette, animate }: ViewProps) {
  const [hidden, setHidden] = useState<ReadonlySet<CategoryId>>(new Set());
  const choices = categoryChoices(analysis);
  const data = timelineData(analysis, hidden);
  const toggle = (key: CategoryId) => {
    const next = new Set(hidden);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setHidden(next);
  };
  const rows = data.months.map((month, i) => ({ month, values: data.series.map((s) => s.values[i] ?? 0) })).filter((r) => r.values.some((v) => v > 0));
  return (
    <div className="timeline">
      <p className="view-intro">
        When your items were created. Training used what was on your account at the time, so an old post was still there when training started:
        the markers show the dates that matter.
      </p>
      <ChartFigure
        title="Items per month, by exposure"
        summary={summaryOf(data)}
        testId="timeline-chart"
        controls={
          <fieldset className="series-toggles">
            <legend>Categories shown</legend>
            {choices.map((c) => (
              <label key={c.id} className="checkbox">
                <input type="checkbox" checked={!hidden.has(c.id)} onChange={() => toggle(c.id)} data-testid={`timeline-category-${c.id}`} />
                {c.label} <span className="muted">({formatCount(c.items)})</span>
              </label>
            ))}
          </fieldset>
        }
        chart={(width) => <ItemsPerMonthChart months={data.months} series={data.series} markers={data.markers} width={width} height={340} palette={palette} animate={animate} />}
        table={
          <DataTable
            caption="Items per month, by exposure (months with items)"
            captionHidden
            testId="timeline-table"
            rows={rows}
            rowKey={(r) => r.month}
            columns={[
              { header: 'Month', cell: (r) => formatMonth(r.month), rowHeader: true },
              ...data.series.map((s, i) => ({ header: s.label, cell: (r: (typeof rows)[number]) => formatCount(r.values[i] ?? 0), numeric: true })),
              { header: 'Total', cell: (r) => formatCount(r.values.reduce((a, b) => a + b, 0)), numeric: true },
            ]}
          />
        }
      />
      <ul className="marker-notes">
        {data.markers.map((m) => (
          <li key={`${m.kind}-${m.month}`}>
            <strong>{m.label}</strong>: {m.note}
          </li>
        ))}
      </ul>
      {analysis.policy.optedOut === null && <p className="muted">Enter your opt-out date in the toolbar to mark it here.</p>}
      <p className="muted">Dates are in UTC, as in the export. Counted up to {formatDate(analysis.policy.asOf, dateStyleOf(analysis.policy.region))}.</p>
    </div>
  );
}

