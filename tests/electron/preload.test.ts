// The preload, run with a stand-in 'electron' module: what it gives the page, and what it keeps.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_NAME, IPC } from '../../shared/contract/desktopApi';

const electron = await vi.hoisted(async () => (await import('../support/preloadElectron')).preloadElectron());

vi.mock('electron', () => electron.module);

let api: Record<string, (...args: unknown[]) => unknown>;
let userActive = false;

beforeAll(async () => {
  vi.stubGlobal('navigator', { userActivation: { get isActive() { return userActive; } } });
  // A path opened on the command line can arrive before the page subscribes.
  await import('../../electron/preload');
  electron.emit(IPC.openRequest, { kind: 'paths', paths: ['/early/export.zip'] });
  api = electron.exposed.get(BRIDGE_NAME) as typeof api;
});

afterEach(() => {
  electron.invoke.mockClear();
  userActive = false;
});

describe('preload bridge', () => {
  it('exposes exactly the DesktopApi functions under the bridge name, and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual([BRIDGE_NAME]);
    expect(Object.keys(api).sort()).toEqual(['cancelAnalysis', 'copyText', 'onAnalysisEvent', 'onOpenRequest', 'openExportDialog', 'openLinkedIn', 'pathForFile', 'saveReport', 'startAnalysis']);
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipcRenderer|invoke|send/);
  });

  it('sends each request on its own fixed channel', async () => {
    await api.openExportDialog!();
    await api.startAnalysis!({ kind: 'sample' });
    await api.cancelAnalysis!();
    await api.saveReport!({ format: 'md', suggestedName: 'r', content: 'x' });
    expect(electron.invoke.mock.calls).toEqual([
      [IPC.openDialog],
      [IPC.startAnalysis, { kind: 'sample' }],
      [IPC.cancelAnalysis],
      [IPC.saveReport, { format: 'md', suggestedName: 'r', content: 'x' }],
    ]);
  });

  it('gives listeners the payload only, never the IPC event, and unsubscribes', () => {
    const listener = vi.fn();
    const unsubscribe = api.onAnalysisEvent!(listener) as () => void;
    electron.emit(IPC.analysisEvent, { type: 'cancelled' });
    expect(listener.mock.calls).toEqual([[{ type: 'cancelled' }]]);
    unsubscribe();
    electron.emit(IPC.analysisEvent, { type: 'cancelled' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('hands requests opened before the page listened to its next listener, then live ones, the sample too', async () => {
    const early = { kind: 'paths', paths: ['/early/export.zip'] };
    // React's development double effect: subscribe, unsubscribe at once, subscribe again.
    const discarded = vi.fn();
    (api.onOpenRequest!(discarded) as () => void)();
    const listener = vi.fn();
    const unsubscribe = api.onOpenRequest!(listener) as () => void;
    await Promise.resolve();
    expect(discarded).not.toHaveBeenCalled();
    expect(listener.mock.calls).toEqual([[early]]);
    electron.emit(IPC.openRequest, { kind: 'sample' });
    expect(listener.mock.calls).toEqual([[early], [{ kind: 'sample' }]]);
    unsubscribe();
    electron.emit(IPC.openRequest, { kind: 'paths', paths: ['/queued-again.zip'] });
    expect(listener).toHaveBeenCalledTimes(2);
    const next = vi.fn();
    api.onOpenRequest!(next);
    await Promise.resolve();
    expect(next.mock.calls).toEqual([[{ kind: 'paths', paths: ['/queued-again.zip'] }]]);
  });

  it('opens LinkedIn only during a click', async () => {
    electron.invoke.mockResolvedValueOnce(true);
    expect(await api.openLinkedIn!('https://www.linkedin.com/settings')).toBe(false);
    expect(electron.invoke).not.toHaveBeenCalled();
    userActive = true;
    electron.invoke.mockResolvedValueOnce(true);
    expect(await api.openLinkedIn!('https://www.linkedin.com/settings')).toBe(true);
    expect(electron.invoke).toHaveBeenCalledWith(IPC.openExternal, 'https://www.linkedin.com/settings');
  });

  it('copies text only during a click, on its own channel', async () => {
    expect(await api.copyText!('the letter')).toBe(false);
    expect(electron.invoke).not.toHaveBeenCalled();
    userActive = true;
    electron.invoke.mockResolvedValueOnce(true);
    expect(await api.copyText!('the letter')).toBe(true);
    expect(electron.invoke.mock.calls).toEqual([[IPC.copyText, 'the letter']]);
  });

  it('turns a dropped file into its path with webUtils and hands that path to main; anything else is "" and sends nothing', () => {
    expect(api.pathForFile!({ name: 'export.zip' })).toBe('/home/me/export.zip');
    expect(electron.getPathForFile).toHaveBeenCalledWith({ name: 'export.zip' });
    expect(electron.invoke.mock.calls).toEqual([[IPC.droppedPath, '/home/me/export.zip']]);
    electron.invoke.mockClear();
    expect(api.pathForFile!('not a file')).toBe('');
    expect(electron.invoke).not.toHaveBeenCalled();
  });
});
