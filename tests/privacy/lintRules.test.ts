// The architecture's lint rules, shown to bite: app code cannot use the network, shared/ cannot
// reach Node, Electron or the DOM, and no app code imports test code (the hostile corpus). (npm
// test runs ESLint over the real code.)

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function rulesBroken(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint rules', () => {
  it.each(['renderer/views/x.ts', 'electron/x.ts', 'node/cli/x.ts', 'shared/x.ts'])('forbid network use in %s', async (file) => {
    const broken = await rulesBroken(
      `import http from 'node:https';\nimport { net } from 'electron';\nexport const a = [http, net, fetch, XMLHttpRequest, WebSocket, globalThis.fetch, navigator.sendBeacon];\n`,
      file,
    );
    for (const what of ["'node:https'", "'net' import from 'electron'", "'fetch'", "'XMLHttpRequest'", "'WebSocket'", "'globalThis.fetch'", "'navigator.sendBeacon'"]) {
      expect(broken.some((message) => message.includes(what) && message.includes('never opens a network connection')), what).toBe(true);
    }
  });

  it('keep shared/ free of Node, Electron and the DOM', async () => {
    const broken = await rulesBroken(
      `import { readFile } from 'node:fs';\nimport path from 'path';\nimport { app } from 'electron';\nexport const a = [readFile, path, app, document, window, process, Buffer];\n`,
      'shared/scan/x.ts',
    );
    for (const what of ["'node:fs'", "'path'", "'electron'", "'document'", "'window'", "'process'", "'Buffer'"]) {
      expect(broken.some((message) => message.includes(what)), what).toBe(true);
    }
  });

  it.each(['shared/scan/x.ts', 'node/cli/x.ts', 'renderer/host/x.ts', 'electron/x.ts'])('forbid importing test code in %s', async (file) => {
    const depth = file.split('/').length - 1;
    const broken = await rulesBroken(`import { zipBombCase } from '${'../'.repeat(depth)}tests/hostile/corpus';\nexport const a = zipBombCase;\n`, file);
    expect(broken.some((message) => message.includes('Test code never ships'))).toBe(true);
  });

  it('leave clean code alone', async () => {
    expect(await rulesBroken(`export const add = (a: number, b: number): number => a + b;\n`, 'shared/x.ts')).toEqual([]);
  });
});
