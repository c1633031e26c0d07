// The report's charts are the app's own chart components, rendered once into a detached element
// of a DOM (the app's window, or jsdom on the command line) and serialized as SVG markup.

import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Analysis } from '../shared/analysis/buildAnalysis';
import { categoryById } from '../shared/policy/policyModel';
import type { ReportCharts } from '../shared/report/htmlReport';
import { ExposureBarChart } from './ExposureBarChart';
import { ItemsPerMonthChart } from './ItemsPerMonthChart';
import { LIGHT_PALETTE } from './palette';
import { timelineData } from './timelineData';

/** Wide enough for A4 and Letter at print scale; the SVG scales down on smaller screens. */
const REPORT_CHART_WIDTH = 720;
const WAIT_STEP_MS = 10;
const WAIT_LIMIT_MS = 3000;

/** Recharts lays out in effects after the first commit: wait until the marks are drawn. */
async function svgOnceDrawn(container: HTMLElement, drawn: string): Promise<string | undefined> {
  for (let waited = 0; waited <= WAIT_LIMIT_MS; waited += WAIT_STEP_MS) {
    const svg = container.querySelector('svg.recharts-surface');
    if (svg && svg.querySelector(drawn)) return svg.outerHTML;
    await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
  }
  return container.querySelector('svg.recharts-surface')?.outerHTML;
}

async function renderSvg(doc: Document, element: ReactElement, drawn: string): Promise<string | undefined> {
  const container = doc.createElement('div');
  const root = createRoot(container);
  try {
    flushSync(() => root.render(element));
    return await svgOnceDrawn(container, drawn);
  } finally {
    root.unmount();
  }
}

export async function renderReportCharts(analysis: Analysis, doc: Document): Promise<ReportCharts> {
  const bars = analysis.categories.map((c) => ({ label: categoryById(c.id).shortLabel, exposed: c.exposure.exposed, possiblyExposed: c.exposure.possiblyExposed, notExposed: c.exposure.notExposed }));
  const timeline = timelineData(analysis);
  const exposureByCategory = await renderSvg(doc, <ExposureBarChart data={bars} width={REPORT_CHART_WIDTH} palette={LIGHT_PALETTE} animate={false} />, '.recharts-bar-rectangle');
  const timelineSvg =
    timeline.months.length === 0
      ? undefined
      : await renderSvg(
          doc,
          <ItemsPerMonthChart months={timeline.months} series={timeline.series} markers={timeline.markers} width={REPORT_CHART_WIDTH} height={320} palette={LIGHT_PALETTE} animate={false} />,
          '.recharts-bar-rectangle',
        );
  return { ...(exposureByCategory ? { exposureByCategory } : {}), ...(timelineSvg ? { timeline: timelineSvg } : {}) };
}
