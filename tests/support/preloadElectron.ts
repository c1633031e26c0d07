// A stand-in for the 'electron' module as the preload sees it (contextBridge, ipcRenderer,
// webUtils), for tests that run the real preload in Node. It records what the preload exposes,
// lets a test play the main process (handlers answer invoke; emit sends an event), and
// records every invoke. Load it with `await vi.hoisted(() => import(...))`, since vi.mock's
// factory runs before the test file's imports.
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => void;

export function preloadElectron() {
  const listeners = new Map<string, Set<Listener>>();
  const exposed = new Map<string, unknown>();
  /** The main process's ipcMain.handle, as a test sets it. */
  const handlers = new Map<string, (payload: unknown) => unknown>();
  const invoke = vi.fn(async (channel: string, payload?: unknown): Promise<unknown> => handlers.get(channel)?.(payload));
  const getPathForFile = vi.fn((file: unknown) => {
    if (!(file && typeof file === 'object' && 'name' in file)) throw new TypeError('not a File');
    return `/home/me/${(file as { name: string }).name}`;
  });
  const module = {
    contextBridge: { exposeInMainWorld: (name: string, api: unknown) => exposed.set(name, api) },
    ipcRenderer: {
      invoke: (channel: string, ...args: unknown[]) => invoke(channel, ...args),
      on: (channel: string, listener: Listener) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)!.add(listener);
      },
      removeListener: (channel: string, listener: Listener) => listeners.get(channel)?.delete(listener),
    },
    webUtils: { getPathForFile: (file: unknown) => getPathForFile(file) },
  };
  return {
    module,
    exposed,
    handlers,
    invoke,
    getPathForFile,
    /** An event from the main process on a channel, as ipcRenderer delivers it. */
    emit(channel: string, payload: unknown) {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: 'the IPC event', senderId: 0 }, payload);
    },
  };
}
