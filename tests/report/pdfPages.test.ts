// The printed report, page by page (poppler's pdftotext): page 1 alone holds the verdict and
// what to do next, the objection's form for EU/EEA/CH/UK members only, and no page but the last
// is half empty; for the sample and for an export of typical size (30,000 items), A4 and Letter.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPT_OUT } from '../../shared/policy/policyModel';
import { generateExport, zipExport } from '../../shared/sample';
import { writeGeneratedExport } from '../../scripts/bench/generatedExport';
import { TYPICAL_SCALE, TYPICAL_SEED } from '../../scripts/bench/shapes';
import { pdfPages, squeezed, type PdfPage } from '../support/pdfPages';
import { runCli } from '../support/runCli';

let dir: string;
let samplePath: string;
let typicalPath: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lae-pdf-pages-'));
  samplePath = join(dir, 'Complete_LinkedInDataExport_09-05-2026.zip');
  await writeFile(samplePath, await zipExport(generateExport({ era: 2026 })));
  typicalPath = join(dir, 'Complete_LinkedInDataExport_typical.zip');
  await writeGeneratedExport(typicalPath, { era: 2026, scale: TYPICAL_SCALE }, TYPICAL_SEED);
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Printed {
  readonly pages: readonly PdfPage[];
  readonly json: { readonly verdict: Record<string, { readonly text: string } | null>; readonly totals: { readonly items: number } };
}

async function printed(zip: string, paper: 'a4' | 'letter', settings: readonly string[]): Promise<Printed> {
  const out = join(dir, `report-${Math.random().toString(36).slice(2)}.pdf`);
  const run = await runCli(['analyze', zip, '--format', 'pdf', '--paper', paper, '--out', out, ...settings]);
  expect(run.code, run.stderr).toBe(0);
  const json = JSON.parse((await runCli(['analyze', zip, '--format', 'json', ...settings])).stdout);
  return { pages: pdfPages(out), json };
}

const CASES = [
  { name: 'the sample, EU, opted out 1 Dec 2025', export: () => samplePath, settings: ['--region', 'eu', '--opted-out', '2025-12-01'], gdpr: true },
  { name: 'the sample, US, not opted out', export: () => samplePath, settings: ['--region', 'us'], gdpr: false },
  { name: 'a typical-size export, EU, opted out 1 Oct 2025', export: () => typicalPath, settings: ['--region', 'eu', '--opted-out', '2025-10-01'], gdpr: true },
  { name: 'a typical-size export, UK, not opted out', export: () => typicalPath, settings: ['--region', 'uk'], gdpr: true },
  { name: 'a typical-size export, US, opted out 1 Jun 2025', export: () => typicalPath, settings: ['--region', 'us', '--opted-out', '2025-06-01'], gdpr: false },
] as const;

describe('the PDF report, page by page', () => {
  for (const paper of ['a4', 'letter'] as const) {
    it.each(CASES.map((c) => [c.name, c] as const))(`${paper}: %s`, async (_, c) => {
      const { pages, json } = await printed(c.export(), paper, c.settings);
      expect(pages.length).toBeGreaterThan(3);
      const [first, second] = pages;
      // Page 1 alone: the verdict, every line of it, and what to do next.
      const page1 = squeezed(first!.text);
      for (const [key, line] of Object.entries(json.verdict)) if (line) expect(page1, key).toContain(squeezed(line.text));
      expect(page1).toContain(squeezed('What you can do'));
      expect(page1).toContain(squeezed(OPT_OUT.desktopSteps.join(' → ')));
      expect(page1).toContain(squeezed(OPT_OUT.settingsUrl));
      if (c.gdpr) {
        expect(page1).toContain(squeezed(OPT_OUT.objectionFormUrl));
        expect(page1).toMatch(/Article21\(1\)(UK)?GDPR/);
      } else {
        expect(page1).not.toContain(squeezed(OPT_OUT.objectionFormUrl));
        expect(page1).not.toContain('Article21');
      }
      // The summary ends on page 1: page 2 opens the next section.
      expect(second!.text.startsWith('The categories, one by one'), second!.text.slice(0, 80)).toBe(true);
      // No page but the last is half empty.
      const halfEmpty = pages.slice(0, -1).flatMap((p, i) => (p.reach < 0.5 ? [`page ${i + 1} ends at ${Math.round(p.reach * 100)}%`] : []));
      expect(halfEmpty).toEqual([]);
    }, 180_000);
  }
});
