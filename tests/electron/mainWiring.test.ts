// The main process's wiring, run with a stand-in 'electron' module: what happens before ready,
// what every session and page gets, the window it opens, and where opened exports go.
import { EventEmitter } from 'node:events';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { IPC } from '../../shared/contract/desktopApi';

const fake = vi.hoisted(() => {
  // Not node:events: vi.hoisted runs before imports. A minimal emitter is enough here.
  class Emitter {
    listeners = new Map<string, ((...args: unknown[]) => unknown)[]>();
    on(name: string, listener: (...args: unknown[]) => unknown) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    once(name: string, listener: (...args: unknown[]) => unknown) {
      return this.on(name, listener);
    }
    emit(name: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(name) ?? []) listener(...args);
      return true;
    }
  }
  const log: string[] = [];
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));

  function makeSession(name: string) {
    const ses = new Emitter() as Emitter & Record<string, unknown>;
    Object.assign(ses, {
      name,
      protocolHandlers: new Map<string, unknown>(),
      beforeRequest: null as null | ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void),
      webRequest: { onBeforeRequest: (listener: never) => (ses.beforeRequest = listener) },
      setPermissionRequestHandler: () => undefined,
      setPermissionCheckHandler: (handler: unknown) => (ses.permissionCheck = handler),
      setDevicePermissionHandler: () => undefined,
      setDisplayMediaRequestHandler: () => undefined,
      setUSBProtectedClassesHandler: () => undefined,
      setBluetoothPairingHandler: () => undefined,
      setSpellCheckerEnabled: () => undefined,
    });
    ses.protocol = { handle: (scheme: string, handler: unknown) => (ses.protocolHandlers as Map<string, unknown>).set(scheme, handler) };
    return ses;
  }

  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    enableSandbox: () => log.push('enableSandbox'),
    requestSingleInstanceLock: () => (log.push('requestSingleInstanceLock'), true),
    whenReady: () => ready,
    quit: () => log.push('quit'),
    getVersion: () => '0.1.0',
    getPath: () => '/home/me/Documents',
  });

  const windows: Array<Emitter & Record<string, unknown>> = [];
  class BrowserWindow extends Emitter {
    options: Record<string, unknown>;
    webContents: Emitter & Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      super();
      this.options = options;
      const contents = new Emitter() as Emitter & Record<string, unknown>;
      Object.assign(contents, {
        sent: [] as unknown[][],
        send: (...args: unknown[]) => (contents.sent as unknown[][]).push(args),
        mainFrame: { url: 'app://app/index.html', parent: null, processId: 1, frameToken: 't', detached: false },
        isDestroyed: () => false,
        setWindowOpenHandler: () => undefined,
      });
      this.webContents = contents;
      windows.push(this as never);
    }
    loadURL(url: string) {
      (this as unknown as Record<string, unknown>).loaded = url;
      return Promise.resolve();
    }
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {
      log.push('focus');
    }
    show() {}
  }

  const workers: Array<Emitter & Record<string, unknown>> = [];
  return {
    log,
    resolveReady,
    app,
    windows,
    workers,
    makeSession,
    defaultSession: makeSession('default'),
    partitions: new Map<string, ReturnType<typeof makeSession>>(),
    schemes: [] as unknown[],
    handlers: new Map<string, (...args: unknown[]) => Promise<unknown>>(),
    menu: null as unknown,
    clipboard: [] as string[],
    BrowserWindow,
    Emitter,
  };
});

vi.mock('electron', () => ({
  app: fake.app,
  BrowserWindow: fake.BrowserWindow,
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => {
      fake.log.push('registerSchemesAsPrivileged');
      fake.schemes.push(...schemes);
    },
  },
  session: {
    get defaultSession() {
      return fake.defaultSession;
    },
    fromPartition: (name: string) => {
      if (!fake.partitions.has(name)) fake.partitions.set(name, fake.makeSession(name));
      return fake.partitions.get(name);
    },
  },
  ipcMain: { handle: (channel: string, handler: (...args: unknown[]) => Promise<unknown>) => fake.handlers.set(channel, handler) },
  Menu: { buildFromTemplate: (template: unknown) => ({ template }), setApplicationMenu: (menu: unknown) => (fake.menu = menu) },
  dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })) },
  shell: { openExternal: vi.fn(async () => undefined) },
  clipboard: { writeText: (text: string) => fake.clipboard.push(text) },
  utilityProcess: {
    fork: (modulePath: string, args: string[], options: unknown) => {
      const worker = Object.assign(new fake.Emitter(), { modulePath, args, options, posted: [] as unknown[], killed: false }) as unknown as InstanceType<typeof fake.Emitter> & Record<string, unknown>;
      worker.postMessage = (message: unknown) => (worker.posted as unknown[]).push(message);
      worker.kill = () => (worker.killed = true);
      fake.workers.push(worker);
      return worker;
    },
  },
}));

const savedArgv = process.argv;

beforeAll(async () => {
  process.argv = ['/usr/lib/linkedin-ai-exposure/app', '/home/me/Complete_LinkedInDataExport.zip', '--enable-logging'];
  await import('../../electron/main');
  process.argv = savedArgv;
});

afterAll(() => {
  process.argv = savedArgv;
});

function readyNow(): Promise<void> {
  fake.resolveReady();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

describe('main process, before ready', () => {
  it('registers app:// as standard and secure, turns the sandbox on and takes the single-instance lock', () => {
    expect(fake.log.slice(0, 3)).toEqual(['registerSchemesAsPrivileged', 'enableSandbox', 'requestSingleInstanceLock']);
    expect(fake.schemes).toContainEqual({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) });
    for (const scheme of fake.schemes as { privileges: Record<string, boolean> }[]) {
      expect(scheme.privileges.bypassCSP).toBeFalsy();
      expect(scheme.privileges.corsEnabled).toBeFalsy();
      expect(scheme.privileges.allowServiceWorkers).toBeFalsy();
    }
    expect(fake.windows).toHaveLength(0);
  });

  it('hardens every session Chromium creates, and guards every page', () => {
    const ses = fake.makeSession('created-later');
    fake.app.emit('session-created', ses);
    let cancelled: boolean | undefined;
    (ses.beforeRequest as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void)({ url: 'https://example.com/' }, (r) => (cancelled = r.cancel));
    expect(cancelled).toBe(true);
    const contents = new fake.Emitter() as InstanceType<typeof fake.Emitter> & Record<string, unknown>;
    let openHandler: (() => unknown) | null = null;
    contents.setWindowOpenHandler = (h: () => unknown) => (openHandler = h);
    fake.app.emit('web-contents-created', {}, contents);
    expect(openHandler!()).toEqual({ action: 'deny' });
    expect(contents.listeners.has('will-navigate')).toBe(true);
    expect(contents.listeners.has('will-attach-webview')).toBe(true);
  });
});

describe('main process, once ready', () => {
  beforeAll(async () => {
    await readyNow();
  });

  it('serves the UI on app:// from an in-memory, hardened session', () => {
    const ui = fake.partitions.get('ui')!;
    expect(ui).toBeDefined();
    expect([...(ui.protocolHandlers as Map<string, unknown>).keys()]).toEqual(['app']);
    expect(ui.beforeRequest).not.toBeNull();
    expect(fake.defaultSession.beforeRequest).not.toBeNull();
    expect((ui.permissionCheck as () => boolean)()).toBe(false);
  });

  it('opens one locked-down window on app://app/index.html with the bundled preload', () => {
    expect(fake.windows).toHaveLength(1);
    const window = fake.windows[0]!;
    const prefs = (window.options as { webPreferences: Record<string, unknown> }).webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, spellcheck: false, devTools: true });
    expect(prefs.preload).toMatch(/preload\.cjs$/);
    expect(prefs.session).toBe(fake.partitions.get('ui'));
    expect(window.loaded).toBe('app://app/index.html');
  });

  it('answers exactly the contract channels, and sets the menu', () => {
    expect([...fake.handlers.keys()].sort()).toEqual([IPC.cancelAnalysis, IPC.copyText, IPC.openDialog, IPC.openExternal, IPC.saveReport, IPC.startAnalysis].sort());
    expect(fake.menu).not.toBeNull();
  });

  it('sends the path from the command line once the page has loaded', () => {
    const contents = fake.windows[0]!.webContents as InstanceType<typeof fake.Emitter> & { sent: unknown[][] };
    expect(contents.sent).toEqual([]);
    contents.emit('did-finish-load');
    expect(contents.sent).toEqual([[IPC.openRequest, { kind: 'paths', paths: ['/home/me/Complete_LinkedInDataExport.zip'] }]]);
  });

  it('forwards a second launch’s paths to the window and brings it forward', () => {
    const contents = fake.windows[0]!.webContents as InstanceType<typeof fake.Emitter> & { sent: unknown[][] };
    fake.app.emit('second-instance', {}, ['/usr/lib/linkedin-ai-exposure/app', 'Basic.zip'], '/home/me/Downloads');
    expect(contents.sent.at(-1)).toEqual([IPC.openRequest, { kind: 'paths', paths: ['/home/me/Downloads/Basic.zip'] }]);
    expect(fake.log).toContain('focus');
    const preventDefault = vi.fn();
    fake.app.emit('open-file', { preventDefault }, '/Users/me/export.zip');
    expect(preventDefault).toHaveBeenCalled();
    expect(contents.sent.at(-1)).toEqual([IPC.openRequest, { kind: 'paths', paths: ['/Users/me/export.zip'] }]);
  });

  it('File > Open sample data asks the page, through the open-request queue, instead of starting an analysis itself', () => {
    const contents = fake.windows[0]!.webContents as InstanceType<typeof fake.Emitter> & { sent: unknown[][] };
    const template = (fake.menu as { template: MenuItemConstructorOptions[] }).template;
    const items = template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []));
    const workersBefore = fake.workers.length;
    (items.find((item) => item.label === 'Open sample data')!.click as () => void)();
    expect(contents.sent.at(-1)).toEqual([IPC.openRequest, { kind: 'sample' }]);
    expect(fake.workers).toHaveLength(workersBefore);
    // While the page reloads it waits, and goes to the page once it has loaded.
    contents.emit('did-start-loading');
    (items.find((item) => item.label === 'Open sample data')!.click as () => void)();
    const sent = contents.sent.length;
    contents.emit('did-finish-load');
    expect(contents.sent.slice(sent)).toEqual([[IPC.openRequest, { kind: 'sample' }]]);
  });

  it('copies text for the page with Electron’s clipboard, for the trusted sender only', async () => {
    const contents = fake.windows[0]!.webContents as Record<string, unknown>;
    const copy = fake.handlers.get(IPC.copyText)!;
    expect(await copy({ sender: contents, senderFrame: contents.mainFrame }, 'Dear LinkedIn')).toBe(true);
    expect(fake.clipboard).toEqual(['Dear LinkedIn']);
    const subframe = { url: 'app://app/index.html', parent: contents.mainFrame, processId: 1, frameToken: 'child', detached: false };
    await expect(copy({ sender: contents, senderFrame: subframe }, 'other')).rejects.toThrow(/did not come/);
    expect(fake.clipboard).toEqual(['Dear LinkedIn']);
  });

  it('runs an analysis in a utility process and relays its events; cancel kills it', async () => {
    const window = fake.windows[0]!;
    const contents = window.webContents as InstanceType<typeof fake.Emitter> & { sent: unknown[][]; mainFrame: unknown };
    const event = { sender: contents, senderFrame: contents.mainFrame };
    await fake.handlers.get(IPC.startAnalysis)!(event, { request: { kind: 'sample' }, settings: { region: 'us', optedOut: null, adultFrom: null } });
    const worker = fake.workers[0]!;
    expect(worker.modulePath).toMatch(/parseWorker\.cjs$/);
    expect(worker.posted).toEqual([{ request: { kind: 'sample' }, settings: { region: 'us', optedOut: null, adultFrom: null } }]);
    const progress = { type: 'progress', progress: { input: 'x', file: '', filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0 } };
    worker.emit('message', progress);
    expect(contents.sent.at(-1)).toEqual([IPC.analysisEvent, progress]);
    await fake.handlers.get(IPC.cancelAnalysis)!(event);
    expect(worker.killed).toBe(true);
    expect(contents.sent.at(-1)).toEqual([IPC.analysisEvent, { type: 'cancelled' }]);
  });

  it('refuses a request from a frame that is not the window’s top frame', async () => {
    const contents = fake.windows[0]!.webContents as Record<string, unknown>;
    const subframe = { url: 'app://app/index.html', parent: contents.mainFrame, processId: 1, frameToken: 'child', detached: false };
    await expect(fake.handlers.get(IPC.startAnalysis)!({ sender: contents, senderFrame: subframe }, { request: { kind: 'sample' }, settings: { region: 'us', optedOut: null, adultFrom: null } })).rejects.toThrow(/did not come from the app's own window/);
    const stranger = new EventEmitter();
    await expect(fake.handlers.get(IPC.openDialog)!({ sender: stranger, senderFrame: contents.mainFrame })).rejects.toThrow(/did not come/);
  });

  it('stops a running analysis when the window closes, and quits when no window is left', async () => {
    const window = fake.windows[0]!;
    const contents = window.webContents as Record<string, unknown>;
    await fake.handlers.get(IPC.startAnalysis)!({ sender: contents, senderFrame: contents.mainFrame }, { request: { kind: 'sample' }, settings: { region: 'us', optedOut: null, adultFrom: null } });
    const worker = fake.workers.at(-1)!;
    window.emit('closed');
    expect(worker.killed).toBe(true);
    fake.app.emit('window-all-closed');
    expect(fake.log).toContain('quit');
  });
});
