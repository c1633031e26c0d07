// Runtime: Node. The command line has no window: the report's charts are rendered by the app's
// own chart components in jsdom (recharts draws SVG in any DOM given fixed sizes). jsdom loads
// no subresources and runs no page script here.

import type { Analysis } from '../../shared/analysis/buildAnalysis';
import type { ReportCharts } from '../../shared/report/htmlReport';
import type { ReportChartInputs } from '../../charts/reportCharts';

/** The browser globals React DOM and recharts look for, installed for the duration of a render. */
const SETTLE_MS = 100;
const GLOBALS = ['window', 'document', 'navigator', 'HTMLElement', 'Element', 'Node', 'SVGElement', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame'] as const;

export async function renderChartsInJsdom(analysis: Analysis, inputs: ReportChartInputs = {}): Promise<ReportCharts> {
  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  const scope = globalThis as Record<string, unknown>;
  const saved = new Map(GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(scope, name)]));
  const win = dom.window as unknown as Record<string, unknown>;
  for (const name of GLOBALS) {
    const value = win[name];
    Object.defineProperty(scope, name, { value: typeof value === 'function' && name !== 'HTMLElement' && name !== 'Element' && name !== 'Node' && name !== 'SVGElement' ? (value as (...a: unknown[]) => unknown).bind(dom.window) : value, configurable: true, writable: true });
  }
  try {
    const { renderReportCharts } = await import('../../charts/reportCharts');
    return await renderReportCharts(analysis, dom.window.document, inputs);
  } finally {
    // React's scheduler and recharts may still have a timer queued after the last unmount.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(scope, name, descriptor);
      else delete scope[name];
    }
    dom.window.close();
  }
}
