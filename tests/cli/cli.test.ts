import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LABELS_HINT } from '../../node/cli/analyzeExport';
import { generateExport, sampleExport, zipExport } from '../../shared/sample';
import { validateReport } from '../support/reportSchemaValidator';
import { runCli } from '../support/runCli';
import { SAMPLE_LABEL } from '../../shared/report/verdict';

let dir: string;
let completeZip: string;
let basicZip: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lae-cli-'));
  const complete = generateExport({ era: 2026 });
  completeZip = join(dir, complete.name);
  await writeFile(completeZip, await zipExport(complete));
  const basic = generateExport({ era: 2026, archive: 'basic' });
  basicZip = join(dir, basic.name);
  await writeFile(basicZip, await zipExport(basic));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('analyze', () => {
  it('with no path, prints the built-in sample’s summary, labelled invented in the title and on the terminal', async () => {
    const run = await runCli(['analyze']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(`# LinkedIn AI-training exposure report: ${SAMPLE_LABEL}`);
    expect(run.stdout).toContain(sampleExport().name.replace(/_/g, '\\_'));
    expect(run.stdout).toMatch(/\*\*Of the [\d,]+ words you wrote on LinkedIn, about [\d,]+ \(\d+%\) could have been used/);
    expect(run.stderr).toContain(`this is the built-in sample. ${SAMPLE_LABEL}.`);
    const json = JSON.parse((await runCli(['analyze', '--format', 'json'])).stdout);
    expect(json.inputs.map((i: { invented: boolean }) => i.invented)).toEqual([true]);
    expect(json.verdict.sample.text).toContain(SAMPLE_LABEL);
  });

  it('a real export is not labelled invented, even when it is named like the sample', async () => {
    const run = await runCli(['analyze', completeZip, '--format', 'json']);
    const json = JSON.parse(run.stdout);
    expect(json.inputs.map((i: { invented: boolean }) => i.invented)).toEqual([false]);
    expect(json.verdict.sample).toBeNull();
    expect(run.stderr).not.toContain(SAMPLE_LABEL);
  });

  it('takes "today" as an opt-out day, and the day the member turned 18', async () => {
    const today = JSON.parse((await runCli(['analyze', completeZip, '--format', 'json', '--opted-out', 'today', '--as-of', '2026-03-01'])).stdout);
    expect(today.policy).toMatchObject({ optedOut: '2026-03-01', asOf: '2026-03-01', adultFrom: null });
    const minor = JSON.parse((await runCli(['analyze', completeZip, '--format', 'json', '--opted-out', '2025-06-01', '--adult-from', '2025-07-01'])).stdout);
    expect(minor.policy.adultFrom).toBe('2025-07-01');
    expect(minor.totals.exposure.exposed + minor.totals.exposure.possiblyExposed).toBe(0);
    expect(minor.verdict.headline.text).toContain('the day you turned 18 (Jul 1, 2025)');
    expect((await runCli(['analyze', '--adult-from', '18 May 2007'])).code).toBe(2);
  });

  it('writes JSON that validates against the schema, with the figures of the export', async () => {
    const run = await runCli(['analyze', completeZip, '--format', 'json', '--region', 'eu', '--opted-out', '2025-12-01']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.policy).toMatchObject({ region: 'eu', optedOut: '2025-12-01', adultFrom: null, asOf: '2026-11-29' });
    const expected = generateExport({ era: 2026 }).expected;
    for (const category of report.categories) expect(category.items, category.id).toBe(expected.categories[category.id as keyof typeof expected.categories]);
    expect(report.files.find((f: { name: string }) => f.name.startsWith('Shares_')).status).toBe('parsed');
  });

  it('changes exposure with the region and the opt-out date', async () => {
    const us = JSON.parse((await runCli(['analyze', completeZip, '--format', 'json'])).stdout);
    const euEarly = JSON.parse((await runCli(['analyze', completeZip, '--format', 'json', '--region', 'eu', '--opted-out', '2025-10-01'])).stdout);
    expect(us.totals.exposure.exposed).toBeGreaterThan(0);
    expect(euEarly.totals.exposure.exposed).toBe(0);
    expect(euEarly.totals.items).toBe(us.totals.items);
  });

  it('reads the Basic and Complete zips together as one export', async () => {
    const both = JSON.parse((await runCli(['analyze', basicZip, completeZip, '--format', 'json'])).stdout);
    const alone = JSON.parse((await runCli(['analyze', completeZip, '--format', 'json'])).stdout);
    expect(both.totals.items).toBe(alone.totals.items);
    expect(both.inputs.map((i: { archiveKind: string }) => i.archiveKind)).toEqual(['basic', 'complete']);
  });

  it('writes to --out and says where', async () => {
    const out = join(dir, 'report.md');
    const run = await runCli(['analyze', completeZip, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(out);
    expect(await readFile(out, 'utf8')).toContain('## The four categories the public reporting names');
  });

  it('analyzes each export on its own with --each', async () => {
    const run = await runCli(['analyze', '--each', completeZip, basicZip, '--format', 'json']);
    const reports = JSON.parse(run.stdout);
    expect(reports).toHaveLength(2);
    expect(reports[1].totals.items).toBeLessThan(reports[0].totals.items);
  });
});

describe('exit status and messages', () => {
  it.each([
    [['analyze', '--region', 'mars'], /--region must be one of us, eu, uk, ca, hk, other/],
    [['analyze', '--opted-out', '2025-13-01'], /--opted-out takes a date written YYYY-MM-DD/],
    [['analyze', '--format', 'docx'], /--format must be one of/],
    [['analyze', '--bogus'], /Unknown option/],
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['analyze', '--limit', 'bogus=10'], /--limit takes NAME=N .* NAME one of rows, columns/],
    [['analyze', '--limit', 'rows=0'], /--limit takes NAME=N with N a whole number of at least 1/],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const run = await runCli(args as string[]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  });

  it('exits 1 with one line naming the file when nothing can be read (by its place at counts, with a line saying so)', async () => {
    const notZip = join(dir, 'notes.zip');
    await writeFile(notZip, 'just some text');
    const run = await runCli(['analyze', notZip]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^\[input 1\] is not a zip archive/), LABELS_HINT]);
    expect(run.stdout).toBe('');
    const full = await runCli(['analyze', notZip, '--redact', 'full']);
    expect(full.code).toBe(1);
    expect(full.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^notes\.zip is not a zip archive/)]);
  });

  it('skips an input it cannot read, says which on stderr, lists it in the report, and reads the rest', async () => {
    const missing = join(dir, 'missing.zip');
    const run = await runCli(['analyze', missing, completeZip, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr.trim().split('\n')).toEqual(['Skipped: [input 1] does not exist or cannot be opened. Check the path.', LABELS_HINT]);
    const report = JSON.parse(run.stdout);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.inputs.map((i: { name: string; kind: string }) => [i.name, i.kind])).toEqual([['[input 1]', 'unknown'], [generateExport({ era: 2026 }).name, 'zip']]);
    expect(report.inputs[0].error.message).toContain('does not exist');
    const alone = JSON.parse((await runCli(['analyze', completeZip, '--format', 'json'])).stdout);
    expect(report.totals).toEqual(alone.totals);
  });

  it("exits 1 with one sentence naming both when given two members' exports, and merges nothing", async () => {
    const other = generateExport({ era: 2026, seed: 5 });
    const otherZip = join(dir, 'other member.zip');
    await writeFile(otherZip, await zipExport(other));
    const run = await runCli(['analyze', completeZip, otherZip, '--format', 'json', '--redact', 'full']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim()).toBe(
      `${generateExport({ era: 2026 }).name} and other member.zip are exports of two different members (their files carry different member ids), so they were not read together. Open one member's export at a time.`,
    );
    // At counts the name the member chose is its place on the command line; LinkedIn's stays.
    const counts = await runCli(['analyze', completeZip, otherZip, '--format', 'json']);
    expect(counts.stderr.trim().split('\n')).toEqual([
      `${generateExport({ era: 2026 }).name} and [input 2] are exports of two different members (their files carry different member ids), so they were not read together. Open one member's export at a time.`,
      LABELS_HINT,
    ]);
  });

  it('reads CSV files named on the command line as a partial export, and says so', async () => {
    const exp = generateExport({ era: 2026 });
    const paths: string[] = [];
    for (const file of exp.files.filter((f) => /^(Shares_\d+|Connections)\.csv$/.test(f.path))) {
      paths.push(join(dir, file.path));
      await writeFile(paths.at(-1)!, file.bytes);
    }
    const run = await runCli(['analyze', ...paths, '--format', 'json']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.inputs.map((i: { kind: string }) => i.kind)).toEqual(['file', 'file']);
    expect(report.files.map((f: { status: string }) => f.status)).toEqual(['parsed', 'parsed']);
    expect(report.problems.map((p: { code: string }) => p.code)).toEqual(['partial-export']);
  });

  it('exits 1 for a path that does not exist', async () => {
    const run = await runCli(['analyze', join(dir, 'missing.zip'), '--redact', 'full']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('missing.zip does not exist');
  });

  it('prints usage for --help and the version for --version', async () => {
    expect((await runCli(['--help'])).stdout).toContain('linkedin-ai-exposure analyze');
    expect((await runCli(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('prints the JSON schema', async () => {
    const schema = JSON.parse((await runCli(['schema'])).stdout);
    expect(schema.properties.schemaVersion.const).toBe(2);
    expect(Object.keys(schema.properties.totals.properties.exposure.properties.possiblyExposedByReason.properties)).toEqual(['unclear-category', 'eu-cutoff-unknown', 'unconfirmed-period', 'undated']);
  });
});
