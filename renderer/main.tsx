// Entry point: pick the host (Electron bridge or Web Worker) and mount the app.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { selectHost } from './host/selectHost';
import './ui/theme.css';
import './ui/layout.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App host={selectHost()} />
    </StrictMode>,
  );
}
