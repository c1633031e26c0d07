// The esbuild step: four self-contained bundles; the sandboxed preload needs only 'electron', and
// nothing but Electron and Node's own modules is left to load at run time.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script, without types
import { buildElectron } from '../../scripts/buildElectron.mjs';

const root = join(import.meta.dirname, '..', '..');
let out: string;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'lae-electron-build-'));
  const nodeCommon = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: false, logLevel: 'warning', absWorkingDir: root, external: ['playwright-core', 'jsdom', 'electron'] };
  await buildElectron(root, nodeCommon, out);
}, 60_000);

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

async function requires(name: string): Promise<string[]> {
  const code = await readFile(join(out, `${name}.cjs`), 'utf8');
  return [...new Set([...code.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1]!))].sort();
}

const NODE = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

describe('buildElectron', () => {
  it('bundles the preload so that it requires only electron', async () => {
    expect(await requires('preload')).toEqual(['electron']);
  });

  it.each(['main', 'parseWorker', 'pdfCli'])('leaves %s only Electron and Node built-ins to load', async (name) => {
    const outside = (await requires(name)).filter((m) => m !== 'electron' && !NODE.has(m));
    expect(outside).toEqual([]);
  });

  it('keeps the parse worker free of Electron and of network modules', async () => {
    const modules = await requires('parseWorker');
    expect(modules).not.toContain('electron');
    for (const net of ['http', 'https', 'net', 'tls', 'dgram', 'dns', 'http2']) {
      expect(modules).not.toContain(net);
      expect(modules).not.toContain(`node:${net}`);
    }
  });
});
