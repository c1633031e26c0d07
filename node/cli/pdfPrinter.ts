// Runtime: Node. PDF from the command line: the report's HTML printed by a Chromium-family
// browser or an Electron found on this computer, offline (every request refused), no script.

import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export class NoPdfEngine extends Error {
  constructor() {
    super(
      'No Chromium, Chrome, Edge or Electron was found on this computer to make the PDF. Install one (or set CHROME_PATH to its program), or save --format html and print it to PDF from a browser.',
    );
  }
}

const CANDIDATES: Readonly<Record<string, readonly string[]>> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge', '/snap/bin/chromium'],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    join(process.env.PROGRAMFILES ?? 'C:\\Program Files', 'Google\\Chrome\\Application\\chrome.exe'),
    join(process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', 'Microsoft\\Edge\\Application\\msedge.exe'),
    join(process.env.LOCALAPPDATA ?? '', 'Google\\Chrome\\Application\\chrome.exe'),
  ],
};

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const chosen = env.CHROME_PATH;
  if (chosen) return existsSync(chosen) ? chosen : null;
  return (CANDIDATES[process.platform] ?? []).find((path) => existsSync(path)) ?? null;
}

export function findElectron(env: NodeJS.ProcessEnv = process.env): string | null {
  const dist = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!dist) return null;
  const binary = join(dist, process.platform === 'win32' ? 'electron.exe' : process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron');
  return existsSync(binary) ? binary : null;
}

/** Flags for a headless print that reaches nothing beyond this computer and keeps no state. */
const OFFLINE_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-extensions',
  '--disable-breakpad',
  '--disable-crash-reporter',
  '--disk-cache-size=0',
];

/** Chromium's own settings (GTK through dconf) stay in memory instead of the member's home. */
const CHROMIUM_ENV = { GSETTINGS_BACKEND: 'memory' };

async function printWithChromium(executablePath: string, html: string, paper: 'a4' | 'letter'): Promise<Uint8Array> {
  const { chromium } = await import('playwright-core');
  // Chromium writes crash-report settings under its config folder whatever the flags: give it an
  // empty one for this print and remove it after, so nothing stays in the member's home.
  const config = await mkdtemp(join(tmpdir(), 'lae-chromium-'));
  try {
    const browser = await chromium.launch({ executablePath, args: OFFLINE_FLAGS, env: { ...process.env, ...CHROMIUM_ENV, XDG_CONFIG_HOME: config } });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      await context.route('**/*', (route) => route.abort());
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({ format: paper === 'letter' ? 'Letter' : 'A4', printBackground: true, outline: true, tagged: true, margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' } });
    } finally {
      await browser.close();
    }
  } finally {
    await rm(config, { recursive: true, force: true });
  }
}

async function printWithElectron(electron: string, html: string, paper: 'a4' | 'letter', out: string, pdfScript: string): Promise<void> {
  // Loaded only to print: node:child_process costs every start a few ms.
  const { spawn } = await import('node:child_process');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(electron, [pdfScript, '--out', out, '--paper', paper], { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(stderr.trim() || `Electron exited with ${code}`))));
    child.stdin.end(html);
  });
}

/** Writes the PDF to `out`; says which engine printed it. */
export async function writePdf(html: string, paper: 'a4' | 'letter', out: string, write: (bytes: Uint8Array) => Promise<void>, pdfScript: string | null): Promise<string> {
  const chromium = findChromium();
  if (chromium) {
    await write(await printWithChromium(chromium, html, paper));
    return chromium;
  }
  const electron = findElectron();
  if (electron && pdfScript) {
    await printWithElectron(electron, html, paper, out, pdfScript);
    return electron;
  }
  throw new NoPdfEngine();
}
