// The report's charts are the app's own chart components, rendered once into a detached element
// of a DOM (the app's window, or jsdom on the command line) and serialized whole: the component's
// markup as the app shows it, its legend included, so the report draws what the app draws.

import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Analysis } from '../shared/analysis/buildAnalysis';
import { categoryById } from '../shared/policy/policyModel';
import type { ReportCharts } from '../shared/report/htmlReport';
import { ExposureBarChart, type ExposureBarDatum } from './ExposureBarChart';
import { ItemsPerMonthChart } from './ItemsPerMonthChart';
import { LIGHT_PALETTE } from './palette';
import { timelineData } from './timelineData';
import { WeekdayHourHeatmap } from './WeekdayHourHeatmap';

/** Wide enough for A4 and Letter at print scale; the SVG scales down to the page's width. */
const REPORT_CHART_WIDTH = 720;
/** The heatmap's cells stay small enough for its table alternative to share the page. */
const HEATMAP_WIDTH = 520;
const EXPOSURE_ROW_HEIGHT = 22;
const WAIT_STEP_MS = 10;
const WAIT_LIMIT_MS = 3000;

/** What the report draws beside the analysis: counts only, never a value from the export. */
export interface ReportChartInputs {
  /** Logins by [weekday 0 = Monday][hour], as the scan counted them. */
  readonly loginsByWeekdayHour?: readonly (readonly number[])[];
}

/** Recharts lays out in effects after the first commit: wait until the marks are drawn. */
async function markupOnceDrawn(container: HTMLElement, drawn: string): Promise<string | undefined> {
  for (let waited = 0; waited <= WAIT_LIMIT_MS; waited += WAIT_STEP_MS) {
    if (container.querySelector(drawn)) break;
    await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
  }
  // Recharts' tooltip holder is for the pointer: empty on paper.
  for (const tooltip of container.querySelectorAll('.recharts-tooltip-wrapper')) tooltip.remove();
  return container.querySelector('svg') ? container.innerHTML.trim() : undefined;
}

/** Each chart is its own React root: `name` keeps its SVG ids (patterns, clip paths) apart from the other charts' on the page. */
async function renderMarkup(doc: Document, name: string, element: ReactElement, drawn: string): Promise<string | undefined> {
  const container = doc.createElement('div');
  const root = createRoot(container, { identifierPrefix: `report-${name}-` });
  try {
    flushSync(() => root.render(element));
    return await markupOnceDrawn(container, drawn);
  } finally {
    root.unmount();
  }
}

/**
 * Page 1 charts what could have been used: exposed and possibly exposed items, most first; a
 * category with neither is left out (the report names it under the chart), and not-exposed items
 * are counted in the table beside it, not drawn.
 */
export function summaryBars(analysis: Analysis): ExposureBarDatum[] {
  return analysis.categories
    .filter((c) => c.exposure.exposed + c.exposure.possiblyExposed > 0)
    .sort((a, b) => b.exposure.exposed + b.exposure.possiblyExposed - (a.exposure.exposed + a.exposure.possiblyExposed) || b.exposure.exposed - a.exposure.exposed)
    .map((c) => ({ label: categoryById(c.id).shortLabel, exposed: c.exposure.exposed, possiblyExposed: c.exposure.possiblyExposed, notExposed: 0 }));
}

export async function renderReportCharts(analysis: Analysis, doc: Document, inputs: ReportChartInputs = {}): Promise<ReportCharts> {
  const bars = summaryBars(analysis);
  const timeline = timelineData(analysis);
  const logins = inputs.loginsByWeekdayHour;
  const exposureByCategory =
    bars.length === 0
      ? undefined
      : await renderMarkup(
          doc,
          'exposure',
          <ExposureBarChart data={bars} width={REPORT_CHART_WIDTH} height={bars.length * EXPOSURE_ROW_HEIGHT + 40} palette={LIGHT_PALETTE} animate={false} />,
          '.recharts-bar-rectangle',
        );
  const timelineChart =
    timeline.months.length === 0
      ? undefined
      : await renderMarkup(
          doc,
          'timeline',
          <ItemsPerMonthChart months={timeline.months} series={timeline.series} markers={timeline.markers} width={REPORT_CHART_WIDTH} height={300} palette={LIGHT_PALETTE} animate={false} />,
          '.recharts-bar-rectangle',
        );
  const loginChart =
    logins === undefined || !logins.some((day) => day.some((n) => n > 0))
      ? undefined
      : await renderMarkup(doc, 'logins', <WeekdayHourHeatmap counts={logins} width={HEATMAP_WIDTH} palette={LIGHT_PALETTE} />, 'rect');
  return {
    ...(exposureByCategory ? { exposureByCategory } : {}),
    ...(timelineChart ? { timeline: timelineChart } : {}),
    ...(loginChart ? { loginsByWeekdayHour: loginChart } : {}),
  };
}
