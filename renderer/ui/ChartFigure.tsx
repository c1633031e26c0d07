// Every chart sits in a <figure>: a caption, a text summary (what a screen reader hears), the
// chart itself, and the same figures as a table one click away.

import { useId, type ReactNode } from 'react';
import { useChartReady } from './chartMounting';
import { useElementWidth } from './useElementWidth';

export interface ChartFigureProps {
  readonly title: string;
  /** One or two sentences with the chart's main figures. */
  readonly summary: string;
  readonly chart: (width: number) => ReactNode;
  readonly table: ReactNode;
  readonly tableLabel?: string;
  /** Extra controls above the chart (toggles). */
  readonly controls?: ReactNode;
  readonly testId?: string;
}

export function ChartFigure({ title, summary, chart, table, tableLabel = 'Show the figures as a table', controls, testId }: ChartFigureProps) {
  const id = useId();
  const captionId = `${id}-caption`;
  const summaryId = `${id}-summary`;
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const ready = useChartReady();
  return (
    <figure className="chart-figure" aria-labelledby={captionId} aria-describedby={summaryId} data-testid={testId}>
      <figcaption id={captionId} className="chart-title">
        {title}
      </figcaption>
      <p id={summaryId} className="chart-summary">
        {summary}
      </p>
      {controls}
      <div ref={ref} className="chart-area" role="img" aria-labelledby={captionId} aria-describedby={summaryId}>
        {ready ? chart(width) : <div className="chart-placeholder" />}
      </div>
      <details className="chart-table">
        <summary>{tableLabel}</summary>
        {table}
      </details>
    </figure>
  );
}
