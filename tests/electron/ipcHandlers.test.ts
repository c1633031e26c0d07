// Who the IPC handlers answer (only our window's top frame on app://) and what they accept.
import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { IPC, MAX_COPY_CHARS } from '../../shared/contract/desktopApi';
import { ipcHandlers, registerIpcHandlers, type IpcDeps } from '../../electron/ipcHandlers';
import { isTrustedSender } from '../../electron/ipcSender';

interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  processId: number;
  frameToken: string;
  detached: boolean;
}

function frame(url: string, parent: FakeFrame | null = null, frameToken = 'top-token'): FakeFrame {
  return { url, parent, processId: 7, frameToken, detached: false };
}

function window() {
  const mainFrame = frame('app://app/index.html');
  const contents = { mainFrame, isDestroyed: () => false } as unknown as WebContents;
  return { contents, mainFrame };
}

function event(sender: WebContents, senderFrame: FakeFrame | null): IpcMainInvokeEvent {
  return { sender, senderFrame } as unknown as IpcMainInvokeEvent;
}

function deps(trusted: WebContents | null): IpcDeps & { [K in keyof IpcDeps]: ReturnType<typeof vi.fn> } {
  return {
    trustedContents: vi.fn(() => trusted),
    showOpenDialog: vi.fn(async () => ['/home/me/export.zip']),
    startAnalysis: vi.fn(),
    cancelAnalysis: vi.fn(),
    saveReport: vi.fn(async () => ({ saved: false as const, reason: 'cancelled' as const })),
    copyText: vi.fn(),
    openExternal: vi.fn(async () => undefined),
  } as never;
}

describe('IPC sender check', () => {
  const { contents, mainFrame } = window();

  it('trusts the top frame of our window on app://app', () => {
    expect(isTrustedSender(event(contents, mainFrame), contents)).toBe(true);
    // Electron may hand out another wrapper for the same frame: same process and token count.
    expect(isTrustedSender(event(contents, { ...mainFrame }), contents)).toBe(true);
  });

  it('refuses another window', () => {
    const other = window();
    expect(isTrustedSender(event(other.contents, other.mainFrame), contents)).toBe(false);
  });

  it('refuses a subframe, even one on app://app', () => {
    expect(isTrustedSender(event(contents, frame('app://app/frame.html', mainFrame, 'child-token')), contents)).toBe(false);
  });

  it('refuses a frame that is not the main frame', () => {
    expect(isTrustedSender(event(contents, frame('app://app/index.html', null, 'other-token')), contents)).toBe(false);
  });

  it.each(['https://evil.example/', 'file:///tmp/x.html', 'app://evil/index.html', 'about:blank', 'data:text/html,x', ''])('refuses the top frame when it shows %s', (url) => {
    const { contents: c, mainFrame: top } = window();
    top.url = url;
    expect(isTrustedSender(event(c, top), c)).toBe(false);
  });

  it('refuses a missing, detached or unreadable frame, and a closed window', () => {
    expect(isTrustedSender(event(contents, null), contents)).toBe(false);
    expect(isTrustedSender(event(contents, { ...mainFrame, detached: true }), contents)).toBe(false);
    const throwing = {} as FakeFrame;
    Object.defineProperty(throwing, 'url', { get: () => { throw new Error('Render frame was disposed'); } });
    Object.defineProperty(throwing, 'parent', { get: () => null });
    expect(isTrustedSender(event(contents, throwing), contents)).toBe(false);
    expect(isTrustedSender(event(contents, mainFrame), null)).toBe(false);
    const closed = { mainFrame, isDestroyed: () => true } as unknown as WebContents;
    expect(isTrustedSender(event(closed, mainFrame), closed)).toBe(false);
  });
});

describe('IPC handlers', () => {
  const { contents, mainFrame } = window();
  const trusted = event(contents, mainFrame);
  const subframe = event(contents, frame('app://app/x.html', mainFrame, 'child'));

  it('handle exactly the contract channels', () => {
    const handle = vi.fn();
    registerIpcHandlers({ handle }, ipcHandlers(deps(contents)));
    expect(handle.mock.calls.map((c) => c[0]).sort()).toEqual([IPC.cancelAnalysis, IPC.copyText, IPC.openDialog, IPC.openExternal, IPC.saveReport, IPC.startAnalysis].sort());
  });

  it('refuse every channel from an untrusted sender, doing nothing', async () => {
    const d = deps(contents);
    const handlers = ipcHandlers(d);
    for (const [channel, handler] of Object.entries(handlers)) {
      await expect(handler(subframe, { kind: 'sample' }), channel).rejects.toThrow(/did not come from the app's own window/);
    }
    for (const fn of [d.showOpenDialog, d.startAnalysis, d.cancelAnalysis, d.saveReport, d.copyText, d.openExternal]) expect(fn).not.toHaveBeenCalled();
  });

  it('start an analysis only for a valid request', async () => {
    const d = deps(contents);
    const start = ipcHandlers(d)[IPC.startAnalysis]!;
    const settings = { region: 'eu', optedOut: '2025-12-01', adultFrom: null };
    await start(trusted, { request: { kind: 'paths', paths: ['/home/me/export.zip'] }, settings });
    expect(d.startAnalysis).toHaveBeenCalledWith({ request: { kind: 'paths', paths: ['/home/me/export.zip'] }, settings });
    const badRequests = [undefined, null, 'sample', { kind: 'paths', paths: [] }, { kind: 'paths', paths: ['a\0b'] }, { kind: 'paths', paths: [42] }, { kind: 'sample', extra: 1 }, { kind: 'shell', command: 'rm' }];
    const badSettings = [undefined, null, {}, { region: 'mars', optedOut: null, adultFrom: null }, { region: 'us' }, { region: 'us', optedOut: '1 Dec', adultFrom: null }, { region: 'us', optedOut: null, adultFrom: null, extra: 1 }, { region: 'us', optedOut: null }, { region: 'us', optedOut: null, adultFrom: 'when I was 18' }];
    for (const bad of [
      ...badRequests.map((request) => ({ request, settings })),
      ...badSettings.map((s) => ({ request: { kind: 'sample' }, settings: s })),
      { kind: 'sample' },
      { request: { kind: 'sample' }, settings, extra: 1 },
    ]) {
      await expect(start(trusted, bad)).rejects.toThrow(/not a valid StartAnalysis/);
    }
    expect(d.startAnalysis).toHaveBeenCalledTimes(1);
  });

  it('open the dialog, cancel and save for the trusted sender', async () => {
    const d = deps(contents);
    const handlers = ipcHandlers(d);
    expect(await handlers[IPC.openDialog]!(trusted)).toEqual(['/home/me/export.zip']);
    await handlers[IPC.cancelAnalysis]!(trusted);
    expect(d.cancelAnalysis).toHaveBeenCalled();
    const request = { format: 'md', suggestedName: 'report', content: '# x' };
    expect(await handlers[IPC.saveReport]!(trusted, request)).toEqual({ saved: false, reason: 'cancelled' });
    expect(d.saveReport).toHaveBeenCalledWith(request);
  });

  it('copy only a string of at most 1 MB to the clipboard, and only for the trusted sender', async () => {
    const d = deps(contents);
    const copy = ipcHandlers(d)[IPC.copyText]!;
    expect(await copy(trusted, 'Objection under Article 21(1)…')).toBe(true);
    expect(d.copyText).toHaveBeenCalledWith('Objection under Article 21(1)…');
    expect(await copy(trusted, 'x'.repeat(MAX_COPY_CHARS))).toBe(true);
    for (const bad of ['x'.repeat(MAX_COPY_CHARS + 1), 42, null, undefined, ['text'], { toString: () => 'text' }]) {
      expect(await copy(trusted, bad)).toBe(false);
    }
    expect(d.copyText).toHaveBeenCalledTimes(2);
    await expect(copy(subframe, 'text')).rejects.toThrow(/did not come from the app's own window/);
    const other = window();
    await expect(copy(event(other.contents, other.mainFrame), 'text')).rejects.toThrow(/did not come/);
    expect(d.copyText).toHaveBeenCalledTimes(2);
  });

  it('open only https://www.linkedin.com/ links in the browser', async () => {
    const d = deps(contents);
    const open = ipcHandlers(d)[IPC.openExternal]!;
    expect(await open(trusted, 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement')).toBe(true);
    expect(d.openExternal).toHaveBeenCalledWith('https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement');
    for (const url of ['http://www.linkedin.com/', 'https://linkedin.com/', 'https://www.linkedin.com.evil.example/', 'https://evil@www.linkedin.com/', 'https://www.linkedin.com:8443/', 'file:///etc/passwd', 'javascript:alert(1)', 'ms-settings:', 42, null]) {
      expect(await open(trusted, url)).toBe(false);
    }
    expect(d.openExternal).toHaveBeenCalledTimes(1);
  });
});
