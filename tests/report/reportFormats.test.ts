import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderCsv, neutralizeCell } from '../../shared/report/csvReport';
import { OPT_OUT, SOURCES } from '../../shared/policy/policyModel';
import { generateExport, zipExport } from '../../shared/sample';
import { validateReport } from '../support/reportSchemaValidator';
import { runCli } from '../support/runCli';

let dir: string;
let zipPath: string;
let hostilePath: string;
const exp = generateExport({ era: 2026 });

const HOSTILE = {
  script: '<script>alert("owned")</script> Look at this',
  img: '<img src=x onerror="alert(1)"> nice post',
  link: '[click](javascript:alert(1)) and <a href="javascript:alert(2)">here</a>',
  bidi: 'Invoice \u202Egnp.exe\u202C due',
  formula: '=HYPERLINK("http://attacker.example","click")',
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lae-report-'));
  zipPath = join(dir, exp.name);
  await writeFile(zipPath, await zipExport(exp));
  const zip = new JSZip();
  zip.file('Profile.csv', 'First Name,Last Name,Headline\nAda,Quill,"=cmd|\' /C calc\'!A0"\n');
  zip.file('Shares.csv', `Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n${Object.values(HOSTILE).map((t, i) => `2025-0${i + 1}-01 10:00:00,x,"${t.replace(/"/g, '""')}",,,MEMBER_NETWORK`).join('\n')}\n`);
  zip.file('=SUM(A1)<img src=x onerror=alert(1)>.csv', 'a,b\n1,2\n');
  zip.file('Comments.csv', 'Date,Link,Message\n2025-02-02 10:00:00,x,"+1 555 0100 @everyone -2+3"\n');
  hostilePath = join(dir, 'hostile.zip');
  await writeFile(hostilePath, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function report(args: string[]): Promise<string> {
  const out = join(dir, `out-${Math.random().toString(36).slice(2)}`);
  const run = await runCli(['analyze', ...args, '--out', out]);
  expect(run.code, run.stderr).toBe(0);
  return readFile(out, 'utf8');
}

describe('HTML report', () => {
  it('is one self-contained document: parses, no script, one SVG per chart, strict CSP, nothing external', async () => {
    const html = await report([zipPath, '--format', 'html', '--region', 'eu', '--opted-out', '2025-12-01']);
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelector('h1')?.textContent).toBe('LinkedIn AI-training exposure report');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(html).not.toMatch(/<script/i);
    // The app's three charts, each as its component draws it: the exposure bars, the timeline, the login heatmap.
    expect(doc.querySelectorAll('figure svg.recharts-surface')).toHaveLength(2);
    expect(doc.querySelectorAll('figure svg.heatmap')).toHaveLength(1);
    expect(doc.querySelectorAll('figure')).toHaveLength(3);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
    expect(doc.querySelectorAll('link, img, iframe, object, embed')).toHaveLength(0);
    // Nothing loads from outside; the only addresses are the sources' links, to LinkedIn's own pages.
    expect(html).not.toMatch(/src\s*=\s*["']?https?:/i);
    const urls = new Set(Object.values(SOURCES).flatMap((s) => (s.url ? [s.url] : [])));
    const links = [...doc.querySelectorAll('a')];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) expect(urls.has(a.getAttribute('href')!) || a.getAttribute('href') === OPT_OUT.settingsUrl, a.outerHTML).toBe(true);
    // The figures and sentences shown are the report's own, dates as the EU writes them.
    const json = JSON.parse((await runCli(['analyze', zipPath, '--format', 'json', '--region', 'eu', '--opted-out', '2025-12-01'])).stdout);
    expect(doc.querySelector('.headline')?.textContent).toContain(json.verdict.headline.text);
    expect(doc.querySelector('.verdict-counts')?.textContent).toContain(json.verdict.counts.text);
    expect(doc.body.textContent).toContain('EU, EEA or Switzerland');
    expect(doc.body.textContent).toContain('opted out on 1 Dec 2025');
    expect(doc.body.textContent).not.toMatch(/\b\d{1,2}\/\d{1,2}\/\d{4}\b/);
  });

  it('shows hostile text as text, never as markup', async () => {
    const html = await report([hostilePath, '--format', 'html', '--redact', 'full']);
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll('script, img')).toHaveLength(0);
    // The only links are the sources', never anything from the export.
    const urls = new Set([...Object.values(SOURCES).flatMap((s) => (s.url ? [s.url] : [])), OPT_OUT.settingsUrl]);
    for (const a of doc.querySelectorAll('a')) expect(urls.has(a.getAttribute('href')!), a.outerHTML).toBe(true);
    expect(doc.querySelectorAll('[onerror], [onclick]')).toHaveLength(0);
    expect(doc.body.textContent).toContain('<script>alert("owned")</script>');
    expect(doc.body.textContent).toContain('=SUM(A1)<img src=x onerror=alert(1)>.csv');
    // Bidirectional overrides are shown, not obeyed, inside their own isolated span.
    expect(doc.body.textContent).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    const bidi = [...doc.querySelectorAll('bdi')].find((b) => b.textContent?.includes('Invoice \\u202egnp.exe\\u202c due'));
    expect(bidi).toBeDefined();
  });
});

describe('PDF report', () => {
  it('opens with real text, A4 and Letter, with an outline from the headings', async () => {
    for (const paper of ['a4', 'letter']) {
      const out = join(dir, `report-${paper}.pdf`);
      const run = await runCli(['analyze', zipPath, '--format', 'pdf', '--paper', paper, '--out', out]);
      expect(run.code, run.stderr).toBe(0);
      const text = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' });
      expect(text).toContain('LinkedIn AI-training exposure report');
      expect(text).toContain('The four categories the public reporting names');
      expect(text).toMatch(/Of the [\d,]+ words you wrote on LinkedIn/);
      const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
      expect(info).toMatch(paper === 'a4' ? /Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/ : /Page size:\s+[\d.]+ x [\d.]+ pts \(letter\)/);
    }
    const outline = execFileSync('pdftotext', ['-layout', join(dir, 'report-a4.pdf'), '-'], { encoding: 'utf8' });
    expect(outline).toContain('Policy and sources');
    const bytes = await readFile(join(dir, 'report-a4.pdf'), 'latin1');
    expect(bytes).toMatch(/\/Outlines/);
  });
});

describe('CSV report', () => {
  it.each(['=1+1', '+cmd', '-2+3', '@SUM(A1)', '\tx', '\rx'])('neutralizes a cell starting like %j', (value) => {
    expect(neutralizeCell(value).startsWith("'")).toBe(true);
  });

  it('has one row per category and per file, and no cell a spreadsheet would run', async () => {
    const csv = await report([hostilePath, '--format', 'csv', '--redact', 'full']);
    const rows = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(rows[0]).toMatch(/^kind,id,name,category/);
    expect(rows.filter((r) => r.startsWith('category,'))).toHaveLength(11);
    expect(rows.filter((r) => r.startsWith('file,')).length).toBeGreaterThanOrEqual(4);
    for (const row of rows) {
      for (const cell of row.split(',')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(csv).toContain("'=SUM(A1)<img src=x onerror=alert(1)>.csv");
  });

  it('lists the same figures as the JSON', async () => {
    const json = JSON.parse((await runCli(['analyze', zipPath, '--format', 'json'])).stdout);
    const csv = renderCsv(json);
    for (const c of json.categories) expect(csv).toContain(`category,${c.id},`);
    const posts = csv.split('\r\n').find((r) => r.startsWith('category,posts,'))!.split(',');
    expect(Number(posts[6])).toBe(json.categories[0].items);
  });
});

describe('redaction', () => {
  it('leaves no name, e-mail, IP address or post text in a counts-only report, in any format', async () => {
    for (const format of ['json', 'md', 'html', 'csv']) {
      const text = await report([zipPath, '--format', format]);
      const leaked = exp.expected.sensitive.filter((value) => text.includes(value));
      expect(leaked, `${format} leaks`).toEqual([]);
      expect(format === 'json' ? JSON.parse(text).redaction : text).toMatch(/^counts$|Counts only/);
    }
  });

  it('shows the first words of recent posts and comments with excerpts, and IP addresses only when full', async () => {
    const excerpts = JSON.parse((await runCli(['analyze', zipPath, '--format', 'json', '--redact', 'excerpts'])).stdout);
    expect(excerpts.excerpts.length).toBeGreaterThan(0);
    expect(excerpts.excerpts.every((e: { text: string }) => e.text.split(' ').length <= 13)).toBe(true);
    expect(excerpts.insights.logins.topIps).toBeUndefined();
    const full = JSON.parse((await runCli(['analyze', zipPath, '--format', 'json', '--redact', 'full'])).stdout);
    expect(full.insights.logins.topIps.length).toBeGreaterThan(0);
    for (const r of [excerpts, full]) expect(validateReport(r), JSON.stringify(validateReport.errors)).toBe(true);
  });
});

describe('objection letter', () => {
  it('drafts an Article 21(1) objection for the EU with the counts, a grounds field and the form address', async () => {
    const md = await report([zipPath, '--region', 'eu', '--objection']);
    expect(md).toContain('Article 21(1) of the General Data Protection Regulation');
    expect(md).toContain('[Required: describe the grounds relating to your particular situation');
    expect(md).toContain('https://www.linkedin.com/help/linkedin/ask/TS-DPRO');
    expect(md).toMatch(/to erase, under Article 17\(1\)\(c\) GDPR \(erasure after an objection under Article 21\(1\)\)/);
    expect(md).toContain('I am not asking you to close or delete my LinkedIn account');
    expect(md).toMatch(/- Posts: [\d,]+ items/);
  });

  it('gives the opt-out steps, not a GDPR letter, in the United States', async () => {
    const md = await report([zipPath, '--region', 'us', '--objection']);
    expect(md).not.toContain('Article 21(1) of the');
    expect(md).toContain('Data for Generative AI Improvement');
    expect(md).toContain('Opting out does not affect training that has already taken place.');
  });
});

describe('PDF without a browser', () => {
  it('says clearly that no Chromium, Chrome, Edge or Electron was found, and writes nothing', async () => {
    const saved = { chrome: process.env.CHROME_PATH, electron: process.env.ELECTRON_OVERRIDE_DIST_PATH };
    process.env.CHROME_PATH = join(dir, 'no-such-browser');
    delete process.env.ELECTRON_OVERRIDE_DIST_PATH;
    try {
      const out = join(dir, 'never.pdf');
      const run = await runCli(['analyze', zipPath, '--format', 'pdf', '--out', out]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^No Chromium, Chrome, Edge or Electron was found on this computer to make the PDF\./);
      expect(run.stderr).not.toMatch(/Unexpected error/);
      await expect(readFile(out)).rejects.toThrow();
    } finally {
      if (saved.chrome === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = saved.chrome;
      if (saved.electron !== undefined) process.env.ELECTRON_OVERRIDE_DIST_PATH = saved.electron;
    }
  });
});
