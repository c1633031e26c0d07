// The app's screens as a state machine driven by the host's events:
// home → reading (the verdict shown as soon as its files are read) → results (the member's items
// may arrive just after), or → failed; Cancel returns home at once.

import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { PartialAnalysis } from '../../shared/pipeline/runAnalysis';
import type { ScanProgress } from '../../shared/scan/scanTypes';
import type { PolicySettings } from '../../shared/analysis/exposure';
import type { AnalysisHost, AnalysisRun, ExportSelection, HostEvent, LoadedExport } from '../host/analysisHost';
import type { ItemStore } from '../host/itemStore';

export type Screen =
  | { readonly kind: 'home'; readonly notice: string | null }
  | { readonly kind: 'reading'; readonly progress: ScanProgress | null; readonly partial: PartialAnalysis | null; readonly sample: boolean }
  | { readonly kind: 'failed'; readonly messages: readonly string[] }
  | { readonly kind: 'results'; readonly result: LoadedExport };

export interface AnalysisRunState {
  readonly screen: Screen;
  readonly start: (selection: ExportSelection | null) => void;
  readonly cancel: () => void;
  readonly goHome: () => void;
}

export function useAnalysisRun(host: AnalysisHost, settings: PolicySettings, initial: Screen = { kind: 'home', notice: null }): AnalysisRunState {
  const [screen, setScreen] = useState<Screen>(initial);
  const run = useRef<AnalysisRun | null>(null);
  // Read when a run starts; a change of settings does not restart anything.
  const currentSettings = useRef(settings);
  currentSettings.current = settings;

  // The items of a run whose results are not drawn yet wait for them: an update while React
  // renders the results (a transition) would restart that render.
  const drawn = useRef(false);
  const waitingItems = useRef<ItemStore | null>(null);

  const stopRun = () => {
    run.current?.cancel();
    run.current = null;
    drawn.current = false;
    waitingItems.current = null;
  };

  const addItems = (items: ItemStore) => startTransition(() => setScreen((s) => (s.kind === 'results' && s.result.items === null ? { ...s, result: { ...s.result, items } } : s)));

  useEffect(() => {
    drawn.current = screen.kind === 'results';
    const items = waitingItems.current;
    if (items === null || screen.kind !== 'results') return;
    waitingItems.current = null;
    addItems(items);
  }, [screen]);

  const start = useCallback(
    (selection: ExportSelection | null) => {
      stopRun();
      if (selection === null) {
        setScreen({ kind: 'home', notice: 'Nothing to read was dropped. Drop the export zips or the unpacked folder.' });
        return;
      }
      setScreen({ kind: 'reading', progress: null, partial: null, sample: selection.kind === 'sample' });
      const onEvent = (event: HostEvent) => {
        if (run.current !== current) return;
        switch (event.type) {
          case 'progress':
            setScreen((s) => (s.kind === 'reading' ? { ...s, progress: event.progress } : s));
            break;
          case 'verdict-ready':
            setScreen((s) => (s.kind === 'reading' ? { ...s, partial: event.partial } : s));
            break;
          case 'done':
            // Items still to come keep the run: leaving the results stops it.
            if (event.result.items !== null) run.current = null;
            // A transition lets React render the results in slices, so the page never freezes
            // for the whole first render of the charts.
            startTransition(() => setScreen({ kind: 'results', result: event.result }));
            break;
          case 'items':
            run.current = null;
            if (drawn.current) addItems(event.items);
            else waitingItems.current = event.items;
            break;
          case 'failed':
            run.current = null;
            setScreen({ kind: 'failed', messages: event.messages });
            break;
          case 'cancelled':
            run.current = null;
            setScreen({ kind: 'home', notice: null });
            break;
        }
      };
      const current = host.start(selection, onEvent, currentSettings.current);
      run.current = current;
    },
    [host],
  );

  const cancel = useCallback(() => {
    stopRun();
    setScreen({ kind: 'home', notice: null });
  }, []);

  const goHome = cancel;

  useEffect(() => host.onOpenRequest((selection) => start(selection)), [host, start]);
  useEffect(() => () => stopRun(), []);

  return { screen, start, cancel, goHome };
}
