// "Counts only" means counts only: generated exports whose every position holds one of the
// member's personal values (leakCorpus.ts), rendered at the default redaction in every format
// (JSON, Markdown, CSV, HTML, the PDF's text through pdftotext) and summarized by the command
// line (stdout and stderr), contain none of them. A file that vanishes while it is read (its
// error names a local path) and an input that is not a zip are part of every case.

import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadedSource, type InputSource } from '../../shared/archive/types';
import { itemsView } from '../../shared/items/packedItems';
import { runAnalysis } from '../../shared/pipeline/runAnalysis';
import { renderDocument } from '../../shared/report/renderDocument';
import { buildReportJson } from '../../shared/report/reportJson';
import { nodeFolderReader } from '../../node/platform/nodeFolderReader';
import { nodeInflater } from '../../node/platform/nodeInflater';
import { nodeTextDecoder } from '../../node/platform/nodeTextDecoder';
import { pathSource } from '../../node/platform/readInputs';
import { renderChartsInJsdom } from '../../node/cli/chartsInJsdom';
import { writePdf } from '../../node/cli/pdfPrinter';
import { csvText, htmlText, jsonStrings, leakedValues as leaked, markdownText } from '../support/leakCheck';
import { runCli } from '../support/runCli';
import { leakCase, leakZip, type LeakCase } from './leakCorpus';

interface Written {
  readonly sources: InputSource[];
  readonly paths: string[];
}

/**
 * The case on disk: the export (a zip, or a folder named by the member), and beside it the input
 * that is not a zip. For a folder, one file is removed once it is listed, so reading it fails
 * with the system's error, whose own text names the local path.
 */
async function writeCase(leak: LeakCase, dir: string): Promise<Written> {
  const unreadable = join(dir, leak.unreadableInput.name);
  await writeFile(unreadable, leak.unreadableInput.bytes);
  const exportPath = join(dir, leak.inputName);
  if (leak.inputName.endsWith('.zip')) {
    await writeFile(exportPath, await leakZip(leak));
    const bytes = new Uint8Array(await readFile(exportPath));
    return { sources: [loadedSource({ kind: 'zip', name: leak.inputName, bytes }), pathSource(unreadable)], paths: [exportPath, unreadable] };
  }
  for (const file of leak.exp.files) {
    const full = join(exportPath, ...file.path.split('/'));
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, file.bytes);
  }
  const reader = nodeFolderReader(exportPath);
  const vanishing = leak.vanishingPath;
  const vanishingReader = {
    ...reader,
    async list(maxFiles: number) {
      const listed = await reader.list(maxFiles);
      await unlink(join(exportPath, ...vanishing.split('/')));
      return listed;
    },
  };
  const folder = loadedSource({ kind: 'folder', name: leak.inputName, reader: vanishingReader });
  return { sources: [folder, pathSource(unreadable)], paths: [exportPath, unreadable] };
}

/** Each format's text at "counts", as a reader (or pdftotext) sees it. */
async function countsReports(written: Written, dir: string): Promise<Record<string, string>> {
  const { scan, items, analysis } = await runAnalysis(written.sources, {
    settings: { region: 'eu', optedOut: '2025-11-03', adultFrom: null },
    asOf: '2026-11-29',
    collectItems: true,
    platform: { inflate: nodeInflater, decoder: nodeTextDecoder },
    now: new Date('2026-11-29T12:00:00Z'),
  });
  // A file of the folder vanished while it was read: its problem is on that file, words only.
  if (scan.inputs[0]!.kind === 'folder') expect(scan.files.some((f) => f.problems.some((p) => p.code === 'unreadable'))).toBe(true);
  const report = buildReportJson(scan, analysis, 'counts', items && itemsView(items));
  const charts = await renderChartsInJsdom(analysis);
  const html = renderDocument('html', report, { charts });
  const pdfPath = join(dir, 'report.pdf');
  await writePdf(html, 'a4', pdfPath, (bytes) => writeFile(pdfPath, bytes), null);
  return {
    json: jsonStrings(JSON.parse(renderDocument('json', report))).join('\n'),
    md: markdownText(renderDocument('md', report)),
    csv: csvText(renderDocument('csv', report)),
    html: htmlText(html),
    pdf: execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }),
  };
}

const caseOptions = fc.record({
  era: fc.constantFrom(2018 as const, 2022 as const, 2024 as const, 2026 as const),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  picks: fc.array(fc.nat(), { minLength: 8, maxLength: 30 }),
  shape: fc.constantFrom('zip' as const, 'rezipped' as const, 'folder' as const),
  connections: fc.constantFrom('headerless' as const, 'cr-only' as const),
});

describe('counts only', () => {
  it(
    'no personal value from any position of the export reaches any format, or the command line, at counts',
    async () => {
      await fc.assert(
        fc.asyncProperty(caseOptions, async (options) => {
          const leak = leakCase(options);
          const dir = await mkdtemp(join(tmpdir(), 'lae-counts-'));
          try {
            const written = await writeCase(leak, dir);
            const reports = await countsReports(written, dir);
            for (const [format, text] of Object.entries(reports)) expect(leaked(text, leak.sensitive), `${format} at counts`).toEqual([]);
            // The command line at its default: the Markdown on stdout, what it skipped on stderr.
            const run = await runCli(['analyze', ...written.paths]);
            expect(run.code, run.stderr).toBe(0);
            expect(run.stderr).toMatch(/^Skipped: \[input 2\] is not a zip archive/);
            expect(leaked(markdownText(run.stdout), leak.sensitive), 'stdout').toEqual([]);
            expect(leaked(run.stderr, leak.sensitive), 'stderr').toEqual([]);
            const json = await runCli(['analyze', ...written.paths, '--format', 'json', '--out', join(dir, 'report.json')]);
            expect(leaked(json.stderr, leak.sensitive), 'stderr with --out').toEqual([]);
          } finally {
            await rm(dir, { recursive: true, force: true });
          }
        }),
        { numRuns: Number(process.env.LEAK_RUNS ?? 6), seed: 20_261_205 },
      );
    },
    300_000,
  );

  it('the same exports at full show the planted names, so the check above can fail', async () => {
    const leak = leakCase({ era: 2026, seed: 7, picks: [0, 1, 2, 3, 4, 5, 6, 7], shape: 'zip', connections: 'headerless' });
    const dir = await mkdtemp(join(tmpdir(), 'lae-counts-'));
    try {
      const written = await writeCase(leak, dir);
      const run = await runCli(['analyze', ...written.paths, '--format', 'json', '--redact', 'full']);
      const strings = jsonStrings(JSON.parse(run.stdout)).join('\n');
      expect(leaked(strings, leak.sensitive).length).toBeGreaterThan(3);
      expect(run.stderr).toContain(leak.unreadableInput.name);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
