// Charts are the heaviest thing the app draws (recharts measures text and lays out in one go).
// In the app they mount one task after the view around them, so showing a view never blocks
// the page for long; tests render them at once, synchronously.

import { createContext, startTransition, useContext, useEffect, useState, type ReactNode } from 'react';

const DeferCharts = createContext(false);

export function DeferredChartsProvider({ children }: { children: ReactNode }) {
  return <DeferCharts.Provider value={true}>{children}</DeferCharts.Provider>;
}

/** False for the first render when charts are deferred; true one task later. */
export function useChartReady(): boolean {
  const defer = useContext(DeferCharts);
  const [ready, setReady] = useState(!defer);
  useEffect(() => {
    if (ready) return;
    const timer = setTimeout(() => startTransition(() => setReady(true)), 0);
    return () => clearTimeout(timer);
  }, [ready]);
  return ready;
}
