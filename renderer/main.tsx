// Entry point: pick the host (Electron bridge or Web Worker) and mount the app.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { selectHost } from './host/selectHost';
import { warmUpWhenIdle } from './app/warmUp';
import { DeferredChartsProvider } from './ui/chartMounting';
import './ui/theme.css';
import './ui/layout.css';
import './ui/dialog.css';
import './ui/verdict.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <DeferredChartsProvider>
        <App host={selectHost()} />
      </DeferredChartsProvider>
    </StrictMode>,
  );
  warmUpWhenIdle();
}
