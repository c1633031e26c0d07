// The host layer without a browser: the Electron host over a fake bridge, the worker's progress
// throttle, and the UI's number formatting against the shared wording's.

import { describe, expect, test, vi } from 'vitest';
import type { AnalysisEvent, AnalysisRequest, DesktopApi, SaveReportRequest, SaveReportResult } from '../../shared/contract/desktopApi';
import { packItems } from '../../shared/items/packedItems';
import type { Analysis } from '../../shared/analysis/buildAnalysis';
import type { ExportScan, ScanProgress } from '../../shared/scan/scanTypes';
import { parseDayText, parseOptOut } from '../../renderer/app/policySettings';
import { REGION_IDS } from '../../shared/policy/policyModel';
import { dateStyleOf } from '../../shared/report/wording';
import type { HostEvent } from '../../renderer/host/analysisHost';
import { electronHost } from '../../renderer/host/electronHost';
import { throttleLatest } from '../../shared/pipeline/progressThrottle';
import { formatBytes, formatCount, formatDate, formatDateRange } from '../../shared/text/format';

function fakeBridge() {
  let listener: ((event: AnalysisEvent) => void) | null = null;
  let openListener: ((request: AnalysisRequest) => void) | null = null;
  const api = {
    pathForFile: vi.fn((file: { name: string }) => (file.name === 'no-path' ? '' : `/home/me/${file.name}`)),
    openExportDialog: vi.fn(async () => ['/home/me/Basic.zip', '/home/me/Complete.zip']),
    startAnalysis: vi.fn(async () => undefined),
    cancelAnalysis: vi.fn(async () => undefined),
    onAnalysisEvent: vi.fn((l: (event: AnalysisEvent) => void) => {
      listener = l;
      return () => {
        listener = null;
      };
    }),
    onOpenRequest: vi.fn((l: (request: AnalysisRequest) => void) => {
      openListener = l;
      return () => {
        openListener = null;
      };
    }),
    saveReport: vi.fn(async (request: SaveReportRequest): Promise<SaveReportResult> => ({ saved: true, path: `/home/me/Documents/${request.suggestedName}` })),
    copyText: vi.fn(async (_text: string) => true),
    openLinkedIn: vi.fn(async () => true),
  };
  return { api: api as unknown as DesktopApi & typeof api, emit: (event: AnalysisEvent) => listener?.(event), open: (request: AnalysisRequest) => openListener?.(request) };
}

const progress: ScanProgress = { input: 'a.zip', file: 'Shares.csv', filesDone: 1, filesTotal: 4, bytesDone: 10, bytesTotal: 40 };
const scan = { files: [] } as unknown as ExportScan;
const analysis = { policy: { region: 'us' } } as unknown as Analysis;
const items = packItems([{ day: [19_000], words: [3], text: ['hello there you'] }]);
const US = { region: 'us', optedOut: null, adultFrom: null } as const;

describe('electron host', () => {
  test('reads paths through the bridge and relays its events; done carries the packed items', async () => {
    const { api, emit } = fakeBridge();
    const host = electronHost(api);
    const events: HostEvent[] = [];
    host.start({ kind: 'paths', paths: ['/home/me/Complete.zip'] }, (e) => events.push(e), US);
    expect(api.startAnalysis).toHaveBeenCalledWith({ request: { kind: 'paths', paths: ['/home/me/Complete.zip'] }, settings: US });
    emit({ type: 'progress', progress });
    emit({ type: 'done', scan, items, analysis });
    emit({ type: 'progress', progress });
    expect(events.map((e) => e.type)).toEqual(['progress', 'done']);
    const done = events[1] as Extract<HostEvent, { type: 'done' }>;
    expect(done.result.scan).toBe(scan);
    expect(done.result.analysis).toBe(analysis);
    // Electron's "done" carries the items: no "items" event follows.
    expect(done.result.items?.text(0)).toBe('hello there you');
    expect(done.result.items?.day(0)).toBe(19_000);
    expect([...(done.result.items?.byDate ?? [])]).toEqual([0]);
  });

  test('cancel asks the bridge to stop and drops later events', () => {
    const { api, emit } = fakeBridge();
    const events: HostEvent[] = [];
    const run = electronHost(api).start({ kind: 'sample' }, (e) => events.push(e), US);
    expect(api.startAnalysis).toHaveBeenCalledWith({ request: { kind: 'sample' }, settings: US });
    run.cancel();
    expect(api.cancelAnalysis).toHaveBeenCalledTimes(1);
    emit({ type: 'done', scan, items, analysis });
    expect(events).toEqual([]);
  });

  test('dropped files and the dialog become paths; links go to the bridge', async () => {
    const { api } = fakeBridge();
    const host = electronHost(api);
    const file = (name: string) => ({ name }) as File;
    expect(await host.selectionFromDrop([{ file: file('Complete.zip'), entry: null }, { file: file('no-path'), entry: null }])).toEqual({ kind: 'paths', paths: ['/home/me/Complete.zip'] });
    expect(await host.selectionFromDrop([{ file: null, entry: null }])).toBeNull();
    expect(await host.openDialog!()).toEqual({ kind: 'paths', paths: ['/home/me/Basic.zip', '/home/me/Complete.zip'] });
    await host.openLinkedIn('https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement');
    expect(api.openLinkedIn).toHaveBeenCalledWith('https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement');
  });
});

describe('electron host: opening, saving, copying', () => {
  test('paths and the sample opened from the menu become selections; empty paths are dropped', () => {
    const { api, open } = fakeBridge();
    const opened: unknown[] = [];
    electronHost(api).onOpenRequest((selection) => opened.push(selection));
    open({ kind: 'sample' });
    open({ kind: 'paths', paths: ['/home/me/Basic.zip', '/home/me/Complete.zip'] });
    open({ kind: 'paths', paths: [] });
    expect(opened).toEqual([{ kind: 'sample' }, { kind: 'paths', paths: ['/home/me/Basic.zip', '/home/me/Complete.zip'] }]);
  });

  test('saves through the bridge, and a refused call becomes a plain failure', async () => {
    const { api } = fakeBridge();
    const host = electronHost(api);
    expect(host.canPrintPdf).toBe(true);
    const request: SaveReportRequest = { format: 'pdf', suggestedName: 'linkedin-ai-exposure-report-2026-11-29.pdf', content: '<!doctype html>', paper: 'letter' };
    expect(await host.saveReport(request)).toEqual({ saved: true, path: '/home/me/Documents/linkedin-ai-exposure-report-2026-11-29.pdf' });
    expect(api.saveReport).toHaveBeenCalledWith(request);
    api.saveReport.mockRejectedValueOnce(new Error("Error invoking remote method 'report:save': Error: Refused"));
    const failed = await host.saveReport(request);
    expect(failed).toMatchObject({ saved: false, reason: 'failed' });
    expect(failed.saved === false && failed.message).not.toMatch(/invoking|report:save/);
  });

  test('copies through the bridge; a refused call is false', async () => {
    const { api } = fakeBridge();
    const host = electronHost(api);
    expect(await host.copyText('Dear LinkedIn')).toBe(true);
    expect(api.copyText).toHaveBeenCalledWith('Dear LinkedIn');
    api.copyText.mockRejectedValueOnce(new Error('Refused'));
    expect(await host.copyText('Dear LinkedIn')).toBe(false);
  });
});

describe('progress throttle', () => {
  test('sends at most one update per interval and keeps the last one', () => {
    vi.useFakeTimers();
    let now = 0;
    const sent: number[] = [];
    const throttle = throttleLatest((p: ScanProgress) => sent.push(p.bytesDone), 100, () => now);
    for (let t = 0; t <= 250; t += 10) {
      now = t;
      throttle.push({ ...progress, bytesDone: t });
    }
    expect(sent).toEqual([0, 100, 200]);
    now = 300;
    vi.advanceTimersByTime(100);
    expect(sent).toEqual([0, 100, 200, 250]);
    throttle.push({ ...progress, bytesDone: 301 });
    throttle.flush();
    expect(sent.at(-1)).toBe(301);
    vi.useRealTimers();
  });
});

describe('formatting', () => {
  test('counts with thousands separators, rounded', () => {
    const expected = ['0', '7', '999', '1,000', '12,345', '999,999', '1,000,000', '123,456,789', '-4,321', '3', '1,500'];
    expect([0, 7, 999, 1000, 12_345, 999_999, 1_000_000, 123_456_789, -4321, 2.5, 1499.5].map(formatCount)).toEqual(expected);
  });

  test('one date formatter, in the region\'s form: "18 Sep 2024" or "Sep 18, 2024", never digits only, as precise as the date is', () => {
    expect(formatDate('2024-09-18', 'day-month-year')).toBe('18 Sep 2024');
    expect(formatDate('2024-09-18', 'month-day-year')).toBe('Sep 18, 2024');
    expect(formatDate('2024-09-18T12:34:56Z', 'day-month-year')).toBe('18 Sep 2024');
    expect(formatDate('2019-03', 'month-day-year')).toBe('Mar 2019');
    expect(formatDate('2011', 'day-month-year')).toBe('2011');
    expect(formatDateRange('2017-02-23', '2026-08-27T10:00:00Z', 'day-month-year')).toBe('23 Feb 2017 – 27 Aug 2026');
    expect(formatDateRange(null, null, 'day-month-year')).toBe('No dates');
    // Europe writes the day first, the United States the month; neither as 03/11/2025.
    expect(dateStyleOf('eu')).toBe('day-month-year');
    expect(dateStyleOf('uk')).toBe('day-month-year');
    expect(dateStyleOf('us')).toBe('month-day-year');
    for (const region of REGION_IDS) expect(formatDate('2025-11-03', dateStyleOf(region))).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{2,4}/);
    expect(formatBytes(85 * 1024 * 1024)).toBe('85 MB');
    expect(formatBytes(1536)).toBe('1.5 KB');
  });

  test('a typed day: ISO, or the month as a word in either order; digits-only days are refused as ambiguous', () => {
    for (const text of ['2025-11-03', '3 Nov 2025', '3 November 2025', 'Nov 3, 2025', 'November 3 2025', ' 03 nov 2025 ']) {
      expect(parseDayText(text, 'day-month-year'), text).toEqual({ ok: true, iso: '2025-11-03' });
    }
    const ambiguous = parseDayText('03/11/2025', 'day-month-year');
    expect(ambiguous.ok).toBe(false);
    expect(!ambiguous.ok && ambiguous.message).toMatch(/month as a word/);
    expect(parseDayText('31 Feb 2025', 'day-month-year').ok).toBe(false);
    expect(parseDayText('2025-13-45', 'day-month-year').ok).toBe(false);
  });

  test('the opt-out date: later than the analysis is refused', () => {
    expect(parseOptOut('2025-01-15', '2026-11-29', 'day-month-year')).toEqual({ ok: true, iso: '2025-01-15' });
    expect(parseOptOut('15 Jan 2025', '2026-11-29', 'day-month-year')).toEqual({ ok: true, iso: '2025-01-15' });
    const late = parseOptOut('2027-01-01', '2026-11-29', 'day-month-year');
    expect(late.ok).toBe(false);
    expect(!late.ok && late.message).toBe('The opt-out date cannot be after the analysis date.');
  });
});
