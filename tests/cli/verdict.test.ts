// The verdict from the command line on a generated export, against the generator's own dates:
// EU posts before 3 Nov 2025 possibly exposed (unknown cut-off), from then to the opt-out
// exposed; logins out of the EU's training row but "unclear" in the US; reasons that add up;
// and no format, for an EU member who opted out before training began there, claiming that
// none of their items is in a category LinkedIn trains on.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { POSSIBLE_REASONS } from '../../shared/policy/policyModel';
import type { ReportExposure, ReportJson } from '../../shared/report/reportJson';
import { formatCount } from '../../shared/text/format';
import { SAMPLE_LABEL } from '../../shared/report/verdict';
import { generateExport, zipExport, type GeneratedExport } from '../../shared/sample';
import { validateReport } from '../support/reportSchemaValidator';
import { runCli } from '../support/runCli';

let dir: string;
let zipPath: string;
// A believable active member: enough posts on both sides of 3 Nov 2025.
const exp: GeneratedExport = generateExport({ era: 2026, size: 'sample' });

async function json(args: string[]): Promise<ReportJson> {
  const run = await runCli(['analyze', zipPath, '--format', 'json', ...args]);
  expect(run.code, run.stderr).toBe(0);
  const report = JSON.parse(run.stdout) as ReportJson;
  expect(validateReport(report), JSON.stringify(validateReport.errors?.slice(0, 3))).toBe(true);
  return report;
}

function expectedFile(catalogId: string) {
  const file = exp.expected.files.find((f) => f.catalogId === catalogId && f.duplicateOf === undefined);
  if (!file?.itemDays) throw new Error(`no generated ${catalogId}`);
  return file;
}

function reportFile(report: ReportJson, catalogId: string) {
  const file = report.files.find((f) => f.catalogId === catalogId);
  if (!file) throw new Error(`no ${catalogId} in the report`);
  return file;
}

function reasonsAddUp(exposure: ReportExposure, where: string): void {
  const sum = POSSIBLE_REASONS.reduce((n, r) => n + exposure.possiblyExposedByReason[r], 0);
  expect(sum, where).toBe(exposure.possiblyExposed);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lae-verdict-'));
  zipPath = join(dir, exp.name);
  await writeFile(zipPath, await zipExport(exp));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the built-in sample', () => {
  it('says it is invented in every report format\'s title, and on the terminal', async () => {
    for (const format of ['md', 'json', 'csv', 'html']) {
      const run = await runCli(['analyze', '--format', format]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr, format).toContain(SAMPLE_LABEL);
      const titles: Record<string, () => string | undefined> = {
        md: () => run.stdout.split('\n')[0],
        json: () => (JSON.parse(run.stdout) as ReportJson).verdict.sample?.text,
        csv: () => run.stdout.split('\r\n')[1],
        html: () => /<title>([^<]*)<\/title>/.exec(run.stdout)?.[1],
      };
      const title = titles[format]!();
      expect(title, format).toContain(SAMPLE_LABEL.replace(/'/g, format === 'html' ? '&#39;' : "'"));
    }
  });
});

describe('the verdict on a generated export', () => {
  it('EU, opted out 15 Jan 2026: every post before 3 Nov 2025 possibly exposed (unknown cut-off), every post from then to 14 Jan 2026 exposed', async () => {
    const report = await json(['--region', 'eu', '--opted-out', '2026-01-15']);
    const days = expectedFile('shares').itemDays!;
    const before = days.filter((d) => d < '2025-11-03').length;
    const during = days.filter((d) => d >= '2025-11-03' && d <= '2026-01-14').length;
    const after = days.filter((d) => d >= '2026-01-15').length;
    // The export must hold posts on both sides for this to mean anything.
    expect(before).toBeGreaterThan(0);
    expect(during).toBeGreaterThan(0);
    const shares = reportFile(report, 'shares');
    expect(shares.exposure.exposed).toBe(during);
    expect(shares.exposure.possiblyExposed).toBe(before);
    expect(shares.exposure.possiblyExposedByReason['eu-cutoff-unknown']).toBe(before);
    expect(shares.exposure.notExposed).toBe(after);
    expect(report.verdict.possibly!.text).toContain('created before 3 Nov 2025');
    expect(report.verdict.possibly!.sources).toContain('dpc-statement-2025');
  });

  it('EU: logins are neither exposed nor possibly exposed; the US: they stay possibly exposed, reason "unclear category"', async () => {
    const loginRows = expectedFile('logins').rows + expectedFile('security-challenges').rows;
    const eu = await json(['--region', 'eu']);
    const euLogins = eu.categories.find((c) => c.id === 'logins')!;
    expect(euLogins.items).toBe(loginRows);
    expect(euLogins.exposure).toMatchObject({ exposed: 0, possiblyExposed: 0, notExposed: loginRows });
    expect(euLogins.training.status).toBe('not-used');
    expect(euLogins.training.rules.map((r) => r.text).join(' ')).toContain('not in its row "To train our content-generating Generative AI systems"');
    expect(euLogins.training.rules[0]!.note!.text).toContain('content classification');

    const us = await json(['--region', 'us']);
    const usLogins = us.categories.find((c) => c.id === 'logins')!;
    expect(usLogins.exposure).toMatchObject({ exposed: 0, possiblyExposed: loginRows, notExposed: 0 });
    expect(usLogins.exposure.possiblyExposedByReason['unclear-category']).toBe(loginRows);
    expect(usLogins.training.status).toBe('unclear');
    expect(usLogins.training.rules[0]!.sources).toEqual(['techcrunch-2024-qa']);
  });

  it('carries the reason counts per file, per category and in the totals, and they add up', async () => {
    for (const args of [['--region', 'eu', '--opted-out', '2026-01-15'], ['--region', 'ca', '--opted-out', '2025-06-01'], ['--region', 'us', '--opted-out', '2024-09-10']]) {
      const report = await json(args);
      reasonsAddUp(report.totals.exposure, `${args} totals`);
      for (const c of report.categories) reasonsAddUp(c.exposure, `${args} ${c.id}`);
      for (const f of report.files) reasonsAddUp(f.exposure, `${args} ${f.path}`);
      const byCategory = POSSIBLE_REASONS.map((r) => report.categories.reduce((n, c) => n + c.exposure.possiblyExposedByReason[r], 0));
      expect(byCategory).toEqual(POSSIBLE_REASONS.map((r) => report.totals.exposure.possiblyExposedByReason[r]));
    }
    // Canada's weeks after 18 Sep 2024, and the US's reported August: "unconfirmed period".
    expect((await json(['--region', 'us', '--opted-out', '2024-09-10'])).totals.exposure.possiblyExposedByReason['unconfirmed-period']).toBeGreaterThan(0);
  });

  it('reposts without text of the member\'s own are counted as items, never as words, and are not called used', async () => {
    const report = await json(['--region', 'us']);
    const reposts = reportFile(report, 'instant-reposts');
    expect(reposts.rows).toBe(expectedFile('instant-reposts').rows);
    expect(reposts.words).toBe(0);
    expect(reposts.exposure.exposedWords + reposts.exposure.possiblyExposedWords).toBe(0);
    expect(reposts.training!.status).toBe('unclear');
    expect(reposts.exposure.exposed).toBe(0);
  });

  it('EU, opted out 1 Oct 2025: no format claims that none of the items is in a category LinkedIn trains on', async () => {
    const args = ['--region', 'eu', '--opted-out', '2025-10-01'];
    const report = await json(args);
    const { used } = report.totals.itemsByTrainingStatus;
    expect(used).toBeGreaterThan(0);
    expect(report.totals.exposure.exposed).toBe(0);
    const claim = `${formatCount(used)} of your ${formatCount(report.totals.items)} items are in categories LinkedIn trains on in the EU, EEA or Switzerland`;
    const denials = [
      /\bnone of (?:your|the|its)\b[^.]*\bis in a category LinkedIn (?:says it )?trains? on/i,
      /\b0 of your [\d,]+ (?:items|records)\b[^.]*\bcategor(?:y|ies) LinkedIn (?:says it )?trains? on/i,
      /\bno (?:items?|records?)\b[^.]*\bin (?:a )?categor(?:y|ies) LinkedIn (?:says it )?trains? on/i,
    ];
    for (const format of ['md', 'json', 'csv', 'html']) {
      const out = join(dir, `eu-early.${format}`);
      const run = await runCli(['analyze', zipPath, ...args, '--format', format, '--out', out]);
      expect(run.code, run.stderr).toBe(0);
      const text = await readFile(out, 'utf8');
      const plain = format === 'html' ? text.replace(/<[^>]+>/g, '') : text;
      for (const denial of denials) expect(plain, `${format}: ${denial}`).not.toMatch(denial);
      expect(plain, format).toContain(claim);
      // Why nothing counts, and what LinkedIn does train on there, are said too.
      expect(plain, format).toContain('before training in the EU, EEA or Switzerland began on 3 Nov 2025');
      expect(plain, format).toContain('LinkedIn does train on these kinds of data in the EU, EEA or Switzerland');
    }
  });
});
