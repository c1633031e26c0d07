// The results: a toolbar with the member's settings, the views in a side bar, one view at a
// time, and the report dialog. The analysis is recomputed from the scan whenever region or
// opt-out date change.

import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { buildAnalysis } from '../../shared/analysis/buildAnalysis';
import type { ExportScan } from '../../shared/scan/scanTypes';
import type { AnalysisHost, LoadedExport } from '../host/analysisHost';
import { ExportDialog } from '../report/ExportDialog';
import { isInvented } from '../../shared/report/reportJson';
import { SAMPLE_LABEL } from '../../shared/report/verdict';
import { SourceOpener } from '../ui/Citation';
import { OptOutControl, RegionSelect } from '../ui/PolicyControls';
import { ThemePicker } from '../ui/ThemePicker';
import { ViewNav, type SelectedBy } from '../ui/ViewNav';
import type { ObjectionFields } from './objectionFields';
import type { PolicySettings } from './policySettings';
import type { ThemeState } from './theme';
import { VIEWS } from './views';

export interface ResultsScreenProps {
  readonly result: LoadedExport;
  readonly host: AnalysisHost;
  readonly policy: PolicySettings;
  readonly onPolicyChange: (policy: PolicySettings) => void;
  readonly objection: ObjectionFields;
  readonly onObjectionChange: (objection: ObjectionFields) => void;
  readonly theme: ThemeState;
  readonly onOpenAnother: () => void;
  readonly initialView?: string;
  /** Off in tests and screenshots. */
  readonly animate?: boolean;
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function exportTitle(scan: ExportScan): string {
  const names = scan.inputs.filter((i) => i.error === null).map((i) => i.name);
  return names.length === 0 ? 'Your export' : names.join(' + ');
}

export function ResultsScreen({ result, host, policy, onPolicyChange, objection, onObjectionChange, theme, onOpenAnother, initialView = 'overview', animate }: ResultsScreenProps) {
  const { scan, items } = result;
  const [view, setView] = useState(initialView);
  const [exporting, setExporting] = useState(false);
  const asOf = result.analysis.policy.asOf;
  // The run's own analysis while the settings are those it started with; a change recomputes.
  const analysis = useMemo(() => {
    const first = result.analysis;
    if (first.policy.region === policy.region && first.policy.optedOut === policy.optedOut && first.policy.adultFrom === policy.adultFrom) return first;
    return buildAnalysis(scan, { region: policy.region, optedOut: policy.optedOut, adultFrom: policy.adultFrom, asOf: first.policy.asOf });
  }, [result.analysis, scan, policy.region, policy.optedOut, policy.adultFrom]);
  const openSource = useMemo(() => (url: string) => void host.openLinkedIn(url), [host]);
  const invented = isInvented(scan.inputs);
  const animateCharts = useMemo(() => animate ?? !prefersReducedMotion(), [animate]);
  const heading = useRef<HTMLHeadingElement>(null);
  const exportButton = useRef<HTMLButtonElement>(null);
  // Announce the results once.
  useEffect(() => heading.current?.focus(), []);
  // A view opens at its top. Chosen with a click (or Enter), focus goes to its heading; moving
  // through the tab list with the arrow keys leaves focus on the tabs, as in any tab list.
  // Counted, so choosing the view already shown takes the member to its top as well.
  const [opened, setOpened] = useState<{ readonly by: SelectedBy; readonly count: number } | null>(null);
  const openView = (id: string, by: SelectedBy) => {
    setView(id);
    setOpened((last) => ({ by, count: (last?.count ?? 0) + 1 }));
  };
  useLayoutEffect(() => {
    if (opened === null) return;
    document.documentElement.scrollTop = 0;
    if (opened.by === 'click') heading.current?.focus({ preventScroll: true });
  }, [opened]);

  const current = VIEWS.find((v) => v.id === view) ?? VIEWS[0]!;
  const View = current.component;
  // While the dialog is open the page behind it takes no focus, clicks or screen-reader reading.
  const behindDialog = exporting || undefined;
  return (
    <SourceOpener.Provider value={openSource}>
      <div className="results">
        <header className="toolbar" aria-label="Settings and actions" inert={behindDialog}>
          <div className="toolbar-title">
            <span className="app-name">LinkedIn AI exposure</span>
            <span className="export-name" title={exportTitle(scan)}>
              {exportTitle(scan)}
            </span>
            {invented && (
              <span className="sample-badge" data-testid="sample-badge">
                {SAMPLE_LABEL}
              </span>
            )}
          </div>
          <div className="toolbar-controls">
            <RegionSelect policy={policy} onChange={onPolicyChange} asOf={asOf} compact />
            <OptOutControl policy={policy} onChange={onPolicyChange} asOf={asOf} compact />
            <ThemePicker theme={theme} />
            {/* A report may quote the member's items: offered once they have arrived (a moment after the results). */}
            <button
              ref={exportButton}
              type="button"
              className="button"
              onClick={() => setExporting(true)}
              aria-haspopup="dialog"
              disabled={items === null}
              title={items === null ? 'Your items are still loading' : undefined}
              data-testid="export-report"
            >
              Export report…
            </button>
            <button type="button" className="button" onClick={onOpenAnother}>
              Open another export
            </button>
          </div>
        </header>
        <div className="results-body" inert={behindDialog}>
          <ViewNav items={VIEWS} selected={current.id} onSelect={openView} panelId={(id) => `panel-${id}`} tabId={(id) => `tab-${id}`} />
          {/* The page's main landmark holds the tab panel (a role on <main> would replace the landmark). */}
          <main className="view">
            <div id={`panel-${current.id}`} role="tabpanel" aria-labelledby={`tab-${current.id}`} data-view={current.id}>
              <h1 ref={heading} tabIndex={-1} className="view-title">
                {current.label}
              </h1>
              <View
                scan={scan}
                items={items}
                analysis={analysis}
                policy={policy}
                onPolicyChange={onPolicyChange}
                objection={objection}
                onObjectionChange={onObjectionChange}
                asOf={asOf}
                palette={theme.palette}
                host={host}
                animate={animateCharts}
                onOpenView={(id) => openView(id, 'click')}
              />
            </div>
          </main>
        </div>
        {exporting && items && <ExportDialog source={{ scan, items, analysis }} host={host} policy={policy} objection={objection} onClose={() => setExporting(false)} opener={exportButton} />}
      </div>
    </SourceOpener.Provider>
  );
}
