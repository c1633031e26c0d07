// End to end, in a real Electron: opens the sample, sees the headline, and checks the page's
// isolation from the inside. Runs only where an Electron binary is present: set
// ELECTRON_OVERRIDE_DIST_PATH to the folder holding the electron executable (on Linux, also a
// display: run under xvfb-run). Elsewhere it reports itself skipped, with the reason.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { _electron, type ElectronApplication } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BRIDGE_NAME } from '../../shared/contract/desktopApi';

const root = join(import.meta.dirname, '..', '..');
const distPath = process.env.ELECTRON_OVERRIDE_DIST_PATH;
const binaryName = process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : process.platform === 'win32' ? 'electron.exe' : 'electron';
const executable = distPath ? join(distPath, binaryName) : null;

function skipReason(): string | null {
  if (!distPath) return 'ELECTRON_OVERRIDE_DIST_PATH is not set (the folder that holds the electron executable)';
  if (!executable || !existsSync(executable)) return `no Electron executable at ${executable}`;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return 'no display (run the tests under xvfb-run)';
  return null;
}

const reason = skipReason();
if (reason) console.info(`Skipping the Electron end-to-end test: ${reason}.`);

describe('desktop app, end to end', () => {
  it.skipIf(reason !== null)(
    'opens the sample, shows the headline, and runs isolated, sandboxed and offline',
    async () => {
      await promisify(execFile)(process.execPath, [join(root, 'scripts', 'build.mjs'), 'all'], { cwd: root });
      const app: ElectronApplication = await _electron.launch({ executablePath: executable!, args: [root], cwd: root });
      try {
        const page = await app.firstWindow();
        expect(page.url()).toBe('app://app/index.html');

        await page.getByRole('button', { name: /sample/i }).click();
        const headline = page.getByTestId('headline');
        await headline.waitFor({ state: 'visible', timeout: 60_000 });
        expect((await headline.textContent())?.length).toBeGreaterThan(10);

        // From the inside: no Node, only the bridge's functions, and no way out to the network.
        const inside = await page.evaluate(async (bridgeName) => {
          const w = window as unknown as Record<string, unknown>;
          const bridge = w[bridgeName] as Record<string, unknown>;
          const network = await fetch('https://example.com/').then(
            () => 'reached',
            () => 'blocked',
          );
          return { require: typeof w.require, process: typeof w.process, module: typeof w.module, bridge: Object.keys(bridge).sort(), network, opened: window.open('https://example.com/') === null };
        }, BRIDGE_NAME);
        expect(inside).toEqual({
          require: 'undefined',
          process: 'undefined',
          module: 'undefined',
          bridge: ['cancelAnalysis', 'copyText', 'onAnalysisEvent', 'onOpenRequest', 'openExportDialog', 'openLinkedIn', 'pathForFile', 'saveReport', 'startAnalysis'],
          network: 'blocked',
          opened: true,
        });

        // The window's webPreferences as Electron applied them.
        const prefs = await app.evaluate(({ BrowserWindow }) => {
          const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as { getLastWebPreferences?: () => Record<string, unknown> | null };
          return contents.getLastWebPreferences?.() ?? null;
        });
        if (prefs) expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, spellcheck: false });
      } finally {
        await app.close();
      }
    },
    240_000,
  );
});
