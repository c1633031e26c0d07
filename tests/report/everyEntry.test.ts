// Nothing disappears: every entry of every input is listed, with its outcome, in every report
// format. The count of entries comes from the zips' own listing (`unzip -Z1`, folders aside: they
// hold no data), and each format's lines for entries are counted against it.

import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportJson } from '../../shared/report/reportJson';
import { everyEntryExport } from '../support/everyEntryExport';
import { runCli } from '../support/runCli';

let dir: string;
let paths: string[];
let entries: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lae-entries-'));
  paths = [];
  for (const zip of await everyEntryExport()) {
    paths.push(join(dir, zip.name));
    await writeFile(paths.at(-1)!, zip.bytes);
  }
  entries = paths.flatMap((path) => execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' }).split('\n').filter((line) => line !== '' && !line.endsWith('/')));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function report(format: string): Promise<string> {
  const out = join(dir, `report.${format}`);
  const run = await runCli(['analyze', ...paths, '--format', format, '--out', out]);
  expect(run.code, run.stderr).toBe(0);
  return readFile(out, format === 'pdf' ? 'latin1' : 'utf8');
}

/** The lines of a section, from its heading to the next one. */
function section(text: string, heading: RegExp, next: RegExp): string {
  const start = text.search(heading);
  const rest = text.slice(start);
  const end = rest.slice(1).search(next);
  return end === -1 ? rest : rest.slice(0, end + 1);
}

describe('every entry of every input, in every format', () => {
  it('has entries of every outcome to list', async () => {
    const json = JSON.parse(await report('json')) as ReportJson;
    const statuses = new Set(json.files.map((f) => f.status));
    for (const status of ['parsed', 'empty', 'unknown', 'duplicate', 'skipped']) expect(statuses, status).toContain(status);
    expect(json.files.some((f) => f.duplicateOf && !f.duplicateOf.identical && f.rows === 29)).toBe(true);
    expect(entries.length).toBeGreaterThan(60);
  });

  it('JSON: one files[] element per entry, each with its input and outcome', async () => {
    const json = JSON.parse(await report('json')) as ReportJson;
    expect(json.files).toHaveLength(entries.length);
    expect(json.totals.files).toBe(entries.length);
    expect(json.inputs.map((i) => i.files).reduce((a, b) => a + b)).toBe(entries.length);
    for (const input of json.inputs) expect(input.exportDate).toBe('2022-03-15');
  });

  it('CSV: one file row per entry', async () => {
    const rows = (await report('csv')).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(rows.filter((row) => row.startsWith('file,'))).toHaveLength(entries.length);
  });

  it('Markdown: one table row per entry under "Every file", with its outcome', async () => {
    const md = section(await report('md'), /^## Every file$/m, /^## /m);
    const rows = md.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    expect(rows).toHaveLength(entries.length);
    expect(md).toMatch(/\| Identical copy of .* counted once there \|/);
    // The zip the member named is a label at counts.
    expect(md).toMatch(/\| Read: 29 items only this copy has \(a copy of Endorsement\\_Received\\_Info\.csv in \\\[zip 1\\\]\) \|/);
    expect(md).toMatch(/\| Not read \| 0 \|/);
    expect(md).toMatch(/\| Not known to this app \(3 rows\) \|/);
  });

  it('HTML: one numbered row per entry in the "Every file" table', async () => {
    const doc = new JSDOM(await report('html')).window.document;
    const rows = [...doc.querySelectorAll('table.entries tbody tr')];
    expect(rows).toHaveLength(entries.length);
    expect(rows.map((row) => row.firstElementChild!.textContent)).toEqual(entries.map((_, i) => String(i + 1)));
  });

  it('PDF: every row number of the "Every file" table, and no other, in the printed text', async () => {
    const out = join(dir, 'report.pdf');
    const run = await runCli(['analyze', ...paths, '--format', 'pdf', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    const table = section(text, /^\s*Every file\s*$/m, /^\s*What the app could not read\s*$/m);
    const numbers = [...table.matchAll(/^[ \t]*(\d+)[ \t]{2,}\S/gm)].map((m) => Number(m[1]));
    expect(numbers).toEqual(entries.map((_, i) => i + 1));
  });
});
