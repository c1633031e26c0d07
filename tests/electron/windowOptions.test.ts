import { describe, expect, it } from 'vitest';
import type { Session } from 'electron';
import { pdfWindowOptions, windowOptions } from '../../electron/windowOptions';

const fakeSession = { id: 'ui' } as unknown as Session;

describe('main window options', () => {
  const options = windowOptions({ preload: '/app/dist/electron/preload.cjs', session: fakeSession, devTools: false, title: 'LinkedIn AI Exposure' });
  const prefs = options.webPreferences!;

  it('isolates and sandboxes the page, with no Node and web security on', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
  });

  it('has no webview tag, no experimental features, no Blink feature switches and no spellcheck', () => {
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    // electronegativity's AUXCLICK check: a middle click cannot open a link.
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('uses the given preload and session, and no developer tools when packaged', () => {
    expect(prefs.preload).toBe('/app/dist/electron/preload.cjs');
    expect(prefs.session).toBe(fakeSession);
    expect(prefs.devTools).toBe(false);
    expect(windowOptions({ preload: 'p', session: fakeSession, devTools: true, title: 't' }).webPreferences!.devTools).toBe(true);
  });

  it('waits for the first paint before showing', () => {
    expect(options.show).toBe(false);
  });
});

describe('PDF printing window options', () => {
  const options = pdfWindowOptions(fakeSession);
  const prefs = options.webPreferences!;

  it('is hidden, runs no JavaScript, has no preload and uses the given private session', () => {
    expect(options.show).toBe(false);
    expect(prefs.javascript).toBe(false);
    expect(prefs.preload).toBeUndefined();
    expect(prefs.session).toBe(fakeSession);
    expect(prefs.devTools).toBe(false);
  });

  it('is as locked down as the main window', () => {
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, webviewTag: false, spellcheck: false });
  });
});
