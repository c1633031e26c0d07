// The "Export report…" dialog: an accessible modal (defaults, focus, keyboard), each format built
// in the page and handed to the host's saveReport with the right content, where it went, the
// browser's PDF limit, the busy state, and the objection letter in the report.

import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { SaveReportRequest, SaveReportResult } from '../../shared/contract/desktopApi';
import { REDACTION_LABELS, REDACTION_LEVELS } from '../../shared/report/redaction';
import type { ReportJson } from '../../shared/report/reportJson';
import type { ExportScan } from '../../shared/scan/scanTypes';
import { localIsoDay } from '../../renderer/report/reportFileName';
import { verdictOfAnalysis } from '../../renderer/overview/verdictOfAnalysis';
import { validateReport } from '../support/reportSchemaValidator';
import { generateExport } from '../../shared/sample';
import { analysisOf, fakeHost, generatedScan, renderView, type FakeHost } from './fixtures';

let result: ExportScan;
beforeAll(async () => {
  result = await generatedScan(2026);
});
afterEach(cleanup);

function openDialog(options: Parameters<typeof renderView>[2] = {}) {
  const rendered = renderView(result, 'overview', options);
  fireEvent.click(screen.getByTestId('export-report'));
  return { ...rendered, dialog: screen.getByRole('dialog', { name: 'Export report' }) };
}

function radio(testId: string): HTMLInputElement {
  return screen.getByTestId(testId) as HTMLInputElement;
}

/** Chooses a format, saves, and returns what the host was handed. */
async function saveAs(host: FakeHost, format: string): Promise<SaveReportRequest> {
  fireEvent.click(radio(`format-${format}`));
  const before = host.saved.length;
  await act(async () => fireEvent.click(screen.getByTestId('export-save')));
  await waitFor(() => expect(host.saved.length).toBe(before + 1), { timeout: 10_000 });
  await waitFor(() => expect(screen.getByTestId('export-status').textContent).not.toBe('Preparing the report…'));
  return host.saved.at(-1)!;
}

const today = () => localIsoDay();

describe('export dialog', () => {
  test('is a labelled modal with focus inside; counts only (safe to share) and HTML by default', () => {
    const { dialog } = openDialog();
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(radio('format-html').checked).toBe(true);
    expect(radio('redaction-counts').checked).toBe(true);
    expect(document.activeElement).toBe(radio('format-html'));
    for (const level of REDACTION_LEVELS) expect(dialog.textContent).toContain(REDACTION_LABELS[level]);
    expect(within(radio('redaction-counts').closest('label')!).getByText('Safe to share')).toBeTruthy();
    // The default region is the United States: no objection letter there.
    expect(screen.queryByTestId('include-letter')).toBeNull();
    // The page behind takes no focus or clicks while it is open.
    expect(screen.getByRole('banner', { hidden: true }).hasAttribute('inert')).toBe(true);
    expect(document.querySelector('.results-body')!.hasAttribute('inert')).toBe(true);
  });

  test('Tab and Shift+Tab stay inside; Escape closes and focus returns to the button', () => {
    const { dialog } = openDialog();
    const close = within(dialog).getByRole('button', { name: 'Close' });
    close.focus();
    fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement).toBe(radio('format-html'));
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(close);
    // Only the checked button of a radio group is a stop: Tab from the format goes to the redaction.
    fireEvent.click(radio('format-json'));
    radio('format-json').focus();
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('export-report'));
    expect(screen.getByRole('banner').hasAttribute('inert')).toBe(false);
  });

  test('Close closes it too, and it opens again with the defaults', () => {
    openDialog();
    fireEvent.click(radio('format-csv'));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('export-report'));
    fireEvent.click(screen.getByTestId('export-report'));
    expect(radio('format-html').checked).toBe(true);
  });

  test('in the browser, PDF is offered disabled, with the way to get one', () => {
    const { dialog } = openDialog({ host: fakeHost('browser') });
    expect(radio('format-pdf').disabled).toBe(true);
    expect(dialog.textContent).toContain('save HTML and print it from your browser');
  });

  test('HTML: one self-contained page, one SVG per chart, no script; "Saved to …" names the file', async () => {
    const { host } = openDialog({ host: fakeHost('electron') });
    const request = await saveAs(host, 'html');
    expect(request.format).toBe('html');
    expect(request.suggestedName).toBe(`linkedin-ai-exposure-report-${today()}.html`);
    const doc = new DOMParser().parseFromString(request.content, 'text/html');
    // The app's three charts: the exposure bars and the timeline (recharts), the login heatmap.
    expect(doc.querySelectorAll('figure svg.recharts-surface')).toHaveLength(2);
    expect(doc.querySelectorAll('figure svg.heatmap')).toHaveLength(1);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(request.content).not.toMatch(/<script/i);
    expect(doc.querySelector('.headline')!.textContent).toBe(verdictOfAnalysis(result, analysisOf(result)).headline.text);
    expect(screen.getByTestId('export-status').textContent).toBe(`Saved to /home/me/Documents/linkedin-ai-exposure-report-${today()}.html`);
  });

  test('JSON: validates against the schema, counts only holds no excerpts', async () => {
    const { host } = openDialog();
    const request = await saveAs(host, 'json');
    expect(request.suggestedName).toBe(`linkedin-ai-exposure-report-${today()}.json`);
    const report = JSON.parse(request.content) as ReportJson;
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.schemaVersion).toBe(2);
    expect(report.redaction).toBe('counts');
    expect(report.excerpts).toEqual([]);
    expect(report.totals.items).toBe(analysisOf(result).totals.items);
  });

  test('JSON with excerpts takes the items back from the item store', async () => {
    const { host } = openDialog();
    fireEvent.click(radio('redaction-excerpts'));
    const report = JSON.parse((await saveAs(host, 'json')).content) as ReportJson;
    expect(report.redaction).toBe('excerpts');
    expect(report.excerpts.length).toBeGreaterThan(0);
    expect(validateReport(report)).toBe(true);
  });

  test('CSV starts with the report row; Markdown has the headline', async () => {
    const { host } = openDialog();
    const csv = await saveAs(host, 'csv');
    expect(csv.suggestedName).toBe(`linkedin-ai-exposure-report-${today()}.csv`);
    const lines = csv.content.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toMatch(/^kind,id,name,/);
    expect(lines[1]).toMatch(/^report,counts,/);
    const md = await saveAs(host, 'md');
    expect(md.suggestedName).toBe(`linkedin-ai-exposure-report-${today()}.md`);
    expect(md.content).toContain(`**${verdictOfAnalysis(result, analysisOf(result)).headline.text}**`);
  });

  test('in Electron: PDF with the paper chosen, from the same HTML', async () => {
    const host = fakeHost('electron');
    openDialog({ host });
    expect(radio('format-pdf').disabled).toBe(false);
    expect(screen.queryByTestId('paper-select')).toBeNull();
    fireEvent.click(radio('format-pdf'));
    fireEvent.change(screen.getByTestId('paper-select'), { target: { value: 'letter' } });
    const request = await saveAs(host, 'pdf');
    expect(request).toMatchObject({ format: 'pdf', paper: 'letter', suggestedName: `linkedin-ai-exposure-report-${today()}.pdf` });
    expect(new DOMParser().parseFromString(request.content, 'text/html').querySelectorAll('figure svg.recharts-surface, figure svg.heatmap')).toHaveLength(3);
  });

  test('says "Not saved." on cancel, and a failure in plain words', async () => {
    const host = fakeHost('electron');
    openDialog({ host });
    host.saveResult = (): SaveReportResult => ({ saved: false, reason: 'cancelled' });
    await saveAs(host, 'md');
    expect(screen.getByTestId('export-status').textContent).toBe('Not saved.');
    host.saveResult = (): SaveReportResult => ({ saved: false, reason: 'failed', message: 'The report could not be written to /media/usb/r.md (EACCES). Check that the folder exists and that you may write there.' });
    await saveAs(host, 'csv');
    expect(screen.getByTestId('export-status').textContent).toMatch(/could not be written to \/media\/usb\/r\.md \(EACCES\)/);
  });

  test('the browser says the file went to its downloads', async () => {
    const host = fakeHost('browser');
    openDialog({ host });
    await saveAs(host, 'json');
    expect(screen.getByTestId('export-status').textContent).toBe(`Downloaded as linkedin-ai-exposure-report-${today()}.json (your browser's downloads folder).`);
  });

  test('shows a busy state while the report is made and saved, and stays open meanwhile', async () => {
    const host = fakeHost('electron');
    let finish: (result: SaveReportResult) => void = () => undefined;
    host.saveReport = (request) => {
      host.saved.push(request);
      return new Promise((resolve) => (finish = resolve));
    };
    const { dialog } = openDialog({ host });
    fireEvent.click(radio('format-md'));
    fireEvent.click(screen.getByTestId('export-save'));
    expect(screen.getByTestId('export-status').textContent).toBe('Preparing the report…');
    expect(dialog.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByTestId('export-save').getAttribute('aria-disabled')).toBe('true');
    await waitFor(() => expect(host.saved).toHaveLength(1));
    // A second click while busy starts nothing; Escape does not close it.
    fireEvent.click(screen.getByTestId('export-save'));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.getByRole('dialog')).toBeTruthy();
    await act(async () => finish({ saved: true, path: '/home/me/r.md' }));
    expect(screen.getByTestId('export-status').textContent).toBe('Saved to /home/me/r.md');
    expect(dialog.getAttribute('aria-busy')).toBe('false');
    expect(host.saved).toHaveLength(1);
  });

  test('in the United States no letter is offered, in any format', () => {
    const { dialog } = openDialog({ host: fakeHost('electron') });
    for (const format of ['html', 'pdf', 'json', 'md', 'csv']) {
      fireEvent.click(radio(`format-${format}`));
      expect(screen.queryByTestId('include-letter')).toBeNull();
      expect(dialog.textContent).not.toMatch(/objection letter/i);
    }
  });

  test('in the EU the letter is offered for HTML, PDF and Markdown only, and the saved Markdown carries it', async () => {
    const { host } = openDialog({ host: fakeHost('electron'), policy: { region: 'eu', optedOut: '2025-12-01', adultFrom: null } });
    const include = () => screen.getByTestId('include-letter') as HTMLInputElement;
    expect(include().checked).toBe(false);
    fireEvent.click(include());
    for (const format of ['json', 'csv']) {
      fireEvent.click(radio(`format-${format}`));
      expect(screen.queryByTestId('include-letter')).toBeNull();
    }
    fireEvent.click(radio('format-pdf'));
    expect(include().checked).toBe(true);
    const md = await saveAs(host, 'md');
    expect(include().checked).toBe(true);
    expect(md.content).toContain('Article 21(1)');
    const csv = await saveAs(host, 'csv');
    expect(csv.content).not.toContain('Article 21(1)');
  });
});

/** The preview once it is ready: the page's text (HTML, PDF) or the lines shown. */
async function previewText(): Promise<string> {
  await waitFor(() => expect(screen.getByTestId('report-preview-status').textContent).not.toBe('Preparing the preview…'), { timeout: 10_000 });
  const page = screen.getByTestId('report-preview').querySelector('[data-testid="report-preview-page"]');
  const text = page ? page.shadowRoot!.querySelector('.report-page')!.textContent! : screen.getByTestId('report-preview').querySelector('pre')!.textContent!;
  expect(text.length).toBeGreaterThan(0);
  return text;
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('export dialog preview', () => {
  test('shows the start of the very document Save… writes, in every format', async () => {
    const { host } = openDialog({ host: fakeHost('electron') });
    for (const format of ['html', 'pdf', 'json', 'md', 'csv']) {
      fireEvent.click(radio(`format-${format}`));
      const shown = await previewText();
      const saved = await saveAs(host, format);
      if (format === 'html' || format === 'pdf') {
        const body = new DOMParser().parseFromString(saved.content, 'text/html').body.textContent!;
        expect(words(body).startsWith(words(shown)), format).toBe(true);
        expect(shown).toContain(verdictOfAnalysis(result, analysisOf(result)).headline.text);
        expect(words(shown).length).toBeLessThan(words(body).length);
      } else {
        expect(saved.content.startsWith(shown), format).toBe(true);
        expect(shown.split('\n').length).toBe(Math.min(40, saved.content.replace(/\n$/, '').split('\n').length));
      }
    }
  });

  test('follows the format and the redaction chosen', async () => {
    openDialog();
    expect(await previewText()).toContain(REDACTION_LABELS.counts);
    // A choice marks the preview as being prepared at once; previewText waits for the new one.
    fireEvent.click(radio('redaction-excerpts'));
    expect(await previewText()).toContain(REDACTION_LABELS.excerpts);
    fireEvent.click(radio('format-json'));
    const json = await previewText();
    expect(json).toMatch(/^\{\n {2}"schemaVersion": \d+,/);
    expect(json).toContain('"redaction": "excerpts"');
    fireEvent.click(radio('format-md'));
    expect(await previewText()).toMatch(/^# LinkedIn AI-training exposure report/);
  });

  test('at "counts only" shows none of the personal values the generator wrote into the export', async () => {
    const sensitive = generateExport({ era: 2026, archive: 'complete' }).expected.sensitive;
    expect(sensitive.length).toBeGreaterThan(10);
    openDialog({ policy: { region: 'eu', optedOut: '2025-12-01', adultFrom: null } });
    for (const format of ['html', 'json', 'md', 'csv']) {
      fireEvent.click(radio(`format-${format}`));
      const shown = await previewText();
      expect(sensitive.filter((value) => shown.includes(value)), format).toEqual([]);
    }
  });
});
