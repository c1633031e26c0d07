// The architecture's lint rules, shown to bite: app code cannot use the network, shared/ cannot
// reach Node, Electron or the DOM, imports follow the layers (top folders, and shared/'s folders
// in one order, so no cycle), no app code imports test code (the hostile corpus), and inputs are
// refused only through inputError (one wording per failure). (npm test
// runs ESLint over the real code.)

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

  it.each([
    ['shared/report/x.ts', '../../renderer/app/App', 'shared/ runs in every runtime'],
    ['shared/scan/x.ts', '../../charts/palette', 'shared/ runs in every runtime'],
    ['shared/x.ts', '../node/cli/cli', 'shared/ runs in every runtime'],
    ['renderer/overview/x.tsx', '../../electron/main', 'renderer/ is the browser interface'],
    ['renderer/host/x.ts', '../../node/platform/readInputs', 'renderer/ is the browser interface'],
    ['node/cli/x.ts', '../../renderer/app/App', 'node/ is the command line'],
    ['charts/x.tsx', '../renderer/ui/DataTable', 'charts/ holds the chart components'],
    ['electron/x.ts', '../renderer/app/App', 'electron/ is the desktop shell'],
  ])('keep %s from importing %s', async (file, target, why) => {
    const broken = await rulesBroken(`import * as other from '${target}';\nexport const a = other;\n`, file);
    expect(broken.some((message) => message.startsWith('import-layers/allowed') && message.includes(why)), broken.join('; ')).toBe(true);
  });

  it.each([
    ['shared/archive/x.ts', '../scan/scanExport'],
    ['shared/csv/x.ts', '../scan/cancel'],
    ['shared/scan/insights/x.ts', '../../analysis/buildAnalysis'],
    ['shared/policy/x.ts', '../catalog/fileCatalog'],
    ['shared/text/x.ts', '../report/wording'],
  ])("keep shared/'s folders in one order: %s may not import %s", async (file, target) => {
    const broken = await rulesBroken(`export * from '${target}';\n`, file);
    expect(broken.some((message) => message.startsWith('import-layers/allowed') && message.includes('no cycle can form')), broken.join('; ')).toBe(true);
  });

  it('allow imports along the layers', async () => {
    for (const [file, target] of [
      ['shared/scan/x.ts', '../archive/types'],
      ['shared/scan/insights/x.ts', '../columns'],
      ['shared/report/x.ts', '../appInfo'],
      ['charts/x.tsx', '../shared/policy/policyModel'],
      ['renderer/overview/x.tsx', '../../charts/palette'],
      ['node/cli/x.ts', '../../charts/reportCharts'],
      ['electron/x.ts', '../node/platform/nodePlatform'],
      ['tests/x.ts', '../renderer/app/App'],
    ]) {
      expect(await rulesBroken(`export * from '${target}';\n`, file!), `${file} → ${target}`).toEqual([]);
    }
  });

  it.each(['shared/scan/x.ts', 'node/cli/x.ts', 'renderer/host/x.ts', 'electron/x.ts'])('forbid importing test code in %s', async (file) => {
    const depth = file.split('/').length - 1;
    const broken = await rulesBroken(`import { zipBombCase } from '${'../'.repeat(depth)}tests/hostile/corpus';\nexport const a = zipBombCase;\n`, file);
    expect(broken.some((message) => message.includes('Test code never ships'))).toBe(true);
  });

  it.each(['shared/scan/x.ts', 'node/platform/x.ts', 'renderer/host/x.ts', 'electron/x.ts'])('make %s refuse an input through inputError, not its own sentence', async (file) => {
    const depth = file.split('/').length - 1;
    const broken = await rulesBroken(
      `import { InputError } from '${'../'.repeat(depth)}shared/archive/inputError';\nexport const refuse = (name: string) => new InputError(name, 'unreadable', name + ' is odd.');\n`,
      file,
    );
    expect(broken.some((message) => message.startsWith('no-restricted-syntax') && message.includes('inputError(name, failure)')), broken.join('; ')).toBe(true);
  });

  it('leave clean code alone', async () => {
    expect(await rulesBroken(`export const add = (a: number, b: number): number => a + b;\n`, 'shared/x.ts')).toEqual([]);
  });
});
