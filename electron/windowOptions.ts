// Runtime: Electron main. The options of every window the app opens, as pure functions so a test
// can hold each security setting in place.

import type { BrowserWindowConstructorOptions, Session, WebPreferences } from 'electron';

/** What every page of ours gets: no Node, isolated and sandboxed, web security on. */
const LOCKED_DOWN: WebPreferences = {
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  contextIsolation: true,
  sandbox: true,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  // The cloud spellchecker would send what is typed elsewhere; the app has nothing to spell.
  spellcheck: false,
  safeDialogs: true,
  autoplayPolicy: 'document-user-activation-required',
  // A middle click (auxclick) must not open a link, even where navigation is already refused.
  disableBlinkFeatures: 'Auxclick',
};

export interface MainWindowSettings {
  readonly preload: string;
  /** The UI's session (in memory: nothing it caches reaches the disk). */
  readonly session: Session;
  /** Developer tools: only in development, never in a packaged build. */
  readonly devTools: boolean;
  readonly title: string;
}

export function windowOptions(settings: MainWindowSettings): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 520,
    title: settings.title,
    // Shown once the first paint is ready, so it never flashes blank.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      ...LOCKED_DOWN,
      preload: settings.preload,
      session: settings.session,
      devTools: settings.devTools,
    },
  };
}

/** The hidden window a report is printed in: no script at all, no preload, its own session. */
export function pdfWindowOptions(ses: Session): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 900,
    height: 1200,
    webPreferences: {
      ...LOCKED_DOWN,
      javascript: false,
      images: true,
      session: ses,
      devTools: false,
      offscreen: false,
    },
  };
}
