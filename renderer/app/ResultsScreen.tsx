// The results: a toolbar with the member's settings, the views in a side bar, one view at a
// time. The analysis is recomputed from the scan whenever region or opt-out date change.

import { useEffect, useMemo, useRef, useState } from 'react';
import { buildAnalysis } from '../../shared/analysis/buildAnalysis';
import type { ExportScan } from '../../shared/scan/scanTypes';
import type { AnalysisHost, LoadedExport } from '../host/analysisHost';
import { OptOutInput, RegionSelect } from '../ui/PolicyControls';
import { ThemePicker } from '../ui/ThemePicker';
import { ViewNav } from '../ui/ViewNav';
import type { ExportReportHandler } from './exportReport';
import type { PolicySettings } from './policySettings';
import type { ThemeState } from './theme';
import { VIEWS } from './views';

export interface ResultsScreenProps {
  readonly result: LoadedExport;
  readonly host: AnalysisHost;
  readonly policy: PolicySettings;
  readonly onPolicyChange: (policy: PolicySettings) => void;
  readonly theme: ThemeState;
  readonly onOpenAnother: () => void;
  readonly onExportReport?: ExportReportHandler;
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

export function ResultsScreen({ result, host, policy, onPolicyChange, theme, onOpenAnother, onExportReport, initialView = 'overview', animate }: ResultsScreenProps) {
  const { scan, items } = result;
  const [view, setView] = useState(initialView);
  const [reportNotice, setReportNotice] = useState<string | null>(null);
  const asOf = scan.scannedAt.slice(0, 10);
  const analysis = useMemo(() => {
    const ready = result.analysis;
    if (ready && ready.policy.region === policy.region && ready.policy.optedOut === policy.optedOut && ready.policy.asOf === asOf) return ready;
    return buildAnalysis(scan, { region: policy.region, optedOut: policy.optedOut, asOf });
  }, [result.analysis, scan, policy.region, policy.optedOut, asOf]);
  const animateCharts = useMemo(() => animate ?? !prefersReducedMotion(), [animate]);
  const heading = useRef<HTMLHeadingElement>(null);
  // Announce the results once; later view changes keep focus where the member put it.
  useEffect(() => heading.current?.focus(), []);

  const current = VIEWS.find((v) => v.id === view) ?? VIEWS[0]!;
  const View = current.component;
  const exportReport = () => {
    // REPORTS: the reports engineer's dialog is plugged in here through onExportReport.
    if (onExportReport) onExportReport({ scan, items, analysis, policy });
    else setReportNotice('Saving a report is not available in this version yet.');
  };
  return (
    <div className="results">
      <header className="toolbar" aria-label="Settings and actions">
        <div className="toolbar-title">
          <span className="app-name">LinkedIn AI exposure</span>
          <span className="export-name" title={exportTitle(scan)}>
            {exportTitle(scan)}
          </span>
        </div>
        <div className="toolbar-controls">
          <RegionSelect policy={policy} onChange={onPolicyChange} asOf={asOf} compact />
          <OptOutInput policy={policy} onChange={onPolicyChange} asOf={asOf} compact />
          <ThemePicker theme={theme} />
          <button type="button" className="button" onClick={exportReport} data-testid="export-report">
            Export report…
          </button>
          <button type="button" className="button" onClick={onOpenAnother}>
            Open another export
          </button>
        </div>
      </header>
      {reportNotice && (
        <p className="notice toolbar-notice" role="status">
          {reportNotice}{' '}
          <button type="button" className="button small" onClick={() => setReportNotice(null)}>
            Dismiss
          </button>
        </p>
      )}
      <div className="results-body">
        <ViewNav items={VIEWS} selected={current.id} onSelect={setView} panelId={(id) => `panel-${id}`} tabId={(id) => `tab-${id}`} />
        <main id={`panel-${current.id}`} role="tabpanel" aria-labelledby={`tab-${current.id}`} className="view" data-view={current.id}>
          <h1 ref={heading} tabIndex={-1} className="view-title">
            {current.label}
          </h1>
          <View scan={scan} items={items} analysis={analysis} policy={policy} onPolicyChange={onPolicyChange} asOf={asOf} palette={theme.palette} host={host} animate={animateCharts} />
        </main>
      </div>
    </div>
  );
}
