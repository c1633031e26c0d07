// The app's screens with a fake host: first screen, reading with progress and Cancel, a failed
// read and the way back, results, the letter fields kept across exports, and the report dialog.

import { afterEach, describe, expect, test } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { verdictOfAnalysis } from '../../renderer/overview/verdictOfAnalysis';
import { App } from '../../renderer/app/App';
import { PRIVACY_SENTENCE } from '../../renderer/home/HomeScreen';
import { analysisOf, fakeHost, generatedScan, loadedExport } from './fixtures';
import { DEFAULT_POLICY_SETTINGS } from '../../renderer/app/policySettings';
import { packedItemStore } from '../../renderer/host/itemStore';
import { nodeInflater } from '../../node/platform/nodeInflater';
import { nodeTextDecoder } from '../../node/platform/nodeTextDecoder';
import { runAnalysis, type PartialAnalysis } from '../../shared/pipeline/runAnalysis';
import { categoryById } from '../../shared/policy/policyModel';
import { sampleSource } from '../../shared/sample';

afterEach(cleanup);

const progress = { input: 'Complete.zip', file: 'Shares.csv', filesDone: 2, filesTotal: 10, bytesDone: 512 * 1024, bytesTotal: 2 * 1024 * 1024 };

/** The app with a generated export read: the sample button pressed, the host answering done. */
async function appShowingResults() {
  const result = await generatedScan(2026);
  const host = fakeHost();
  render(<App host={host} />);
  fireEvent.click(screen.getByRole('button', { name: 'Try it with sample data' }));
  await act(async () => host.emit({ type: 'done', result: loadedExport(result) }));
  return { host, result };
}

describe('app', () => {
  test('the first screen: drop zone, open buttons, sample, and the privacy sentence', () => {
    render(<App host={fakeHost('browser')} />);
    expect(screen.getByTestId('drop-zone')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open zip or CSV files…' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Open a folder…' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try it with sample data' })).toBeTruthy();
    expect(screen.getByText(PRIVACY_SENTENCE)).toBeTruthy();
    expect((screen.getByTestId('zip-input') as HTMLInputElement).accept).toBe('.zip,application/zip,.csv,text/csv');
    expect(screen.getByTestId('folder-input').hasAttribute('webkitdirectory')).toBe(true);
  });

  test('in Electron, Open uses the native dialog and reads the chosen paths', async () => {
    const host = fakeHost('electron');
    render(<App host={host} />);
    expect(screen.queryByRole('button', { name: 'Open zip or CSV files…' })).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Open export…' })));
    expect(host.started).toEqual([{ kind: 'paths', paths: ['/exports/Complete.zip'] }]);
  });

  test('reading shows the file and percent; Cancel returns to the first screen at once', () => {
    const host = fakeHost();
    render(<App host={host} />);
    fireEvent.click(screen.getByRole('button', { name: 'Try it with sample data' }));
    expect(host.started).toEqual([{ kind: 'sample' }]);
    act(() => host.emit({ type: 'progress', progress }));
    expect(screen.getByTestId('progress-percent').textContent).toBe('25%');
    expect(screen.getByTestId('progress-file').textContent).toBe('Reading Shares.csv');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('25');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(host.cancelled).toBe(1);
    expect(screen.getByTestId('drop-zone')).toBeTruthy();
  });

  test('the verdict shows while the rest is read: the overview\'s sentences from the partial analysis, the categories still read, progress going on; then the results', async () => {
    const partials: PartialAnalysis[] = [];
    const final = await runAnalysis([sampleSource()], {
      settings: DEFAULT_POLICY_SETTINGS,
      collectItems: true,
      platform: { inflate: nodeInflater, decoder: nodeTextDecoder },
      onVerdictReady: (partial) => partials.push(partial),
    });
    const partial = partials[0]!;
    const host = fakeHost();
    render(<App host={host} />);
    fireEvent.click(screen.getByRole('button', { name: 'Try it with sample data' }));
    act(() => host.emit({ type: 'progress', progress }));
    expect(screen.queryByTestId('reading-verdict')).toBeNull();
    act(() => host.emit({ type: 'verdict-ready', partial }));
    const verdict = verdictOfAnalysis(partial.scan, partial.analysis);
    expect(screen.getByTestId('reading-headline-text').textContent).toBe(verdict.headline.text);
    expect(screen.getByTestId('reading-verdict-whileTraining').textContent).toContain(verdict.whileTraining.text);
    expect(screen.getByTestId('reading-sample-note').textContent).toBe(verdict.sample!.text);
    expect(screen.getByTestId('reading-pending').textContent).toContain(`Still reading: ${partial.pending.map((id) => categoryById(id).label).join(', ')}.`);
    expect(partial.pending).toContain('messages');
    // Still the reading screen: progress goes on, Cancel still works, no results yet.
    act(() => host.emit({ type: 'progress', progress: { ...progress, file: 'messages.csv', filesDone: 8 } }));
    expect(screen.getByTestId('progress-file').textContent).toBe('Reading messages.csv');
    expect(screen.getByTestId('reading-verdict')).toBeTruthy();
    expect(screen.queryByTestId('headline')).toBeNull();
    await act(async () => host.emit({ type: 'done', result: { scan: final.scan, items: packedItemStore(final.items!), analysis: final.analysis } }));
    expect((await screen.findByTestId('headline-text')).textContent).toBe(verdictOfAnalysis(final.scan, final.analysis).headline.text);
    expect(screen.queryByTestId('reading-verdict')).toBeNull();
  });

  test('a failed read shows the reader\'s sentences and a way back', () => {
    const host = fakeHost();
    render(<App host={host} />);
    fireEvent.click(screen.getByRole('button', { name: 'Try it with sample data' }));
    const message = 'holiday.zip is not a LinkedIn data export: none of its 3 files is one LinkedIn exports.';
    act(() => host.emit({ type: 'failed', messages: [message] }));
    expect(within(screen.getByRole('alert')).getByText(message)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back to the start' }));
    expect(screen.getByTestId('drop-zone')).toBeTruthy();
  });

  test('done shows the results; the letter\'s grounds survive opening another export; Export report… saves this analysis', async () => {
    const { host, result } = await appShowingResults();
    const expected = verdictOfAnalysis(result, analysisOf(result)).headline.text;
    expect((await screen.findByTestId('headline-text')).textContent).toBe(expected);

    // The letter's fields live in the app, like region and opt-out date.
    fireEvent.change(screen.getAllByTestId('region-select')[0]!, { target: { value: 'eu' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Opt-out guide' }));
    fireEvent.change(screen.getByTestId('objection-grounds'), { target: { value: 'I am a translator.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open another export' }));
    fireEvent.click(screen.getByRole('button', { name: 'Try it with sample data' }));
    await act(async () => host.emit({ type: 'done', result: loadedExport(result) }));
    fireEvent.click(await screen.findByRole('tab', { name: 'Opt-out guide' }));
    expect((screen.getByTestId('objection-grounds') as HTMLTextAreaElement).value).toBe('I am a translator.');

    fireEvent.click(screen.getByTestId('export-report'));
    fireEvent.click(within(screen.getByRole('dialog')).getByTestId('format-md'));
    await act(async () => fireEvent.click(screen.getByTestId('export-save')));
    await waitFor(() => expect(host.saved).toHaveLength(1));
    const euExpected = verdictOfAnalysis(result, analysisOf(result, { region: 'eu', optedOut: null, adultFrom: null })).headline.text;
    expect(host.saved[0]!.content).toContain(euExpected);
  });

  test('the results show before the items arrive: the explorer says they are loading, Export report… waits; leaving stops the run', async () => {
    const result = await generatedScan(2026);
    const loaded = loadedExport(result);
    const host = fakeHost();
    render(<App host={host} />);
    fireEvent.click(screen.getByRole('button', { name: 'Try it with sample data' }));
    await act(async () => host.emit({ type: 'done', result: { ...loaded, items: null } }));
    expect((await screen.findByTestId('headline-text')).textContent).toBe(verdictOfAnalysis(result, analysisOf(result)).headline.text);
    expect((screen.getByTestId('export-report') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('tab', { name: 'Your items' }));
    expect(screen.getByTestId('explorer-loading').textContent).toMatch(/loading/i);

    await act(async () => host.emit({ type: 'items', items: loaded.items }));
    expect(await screen.findByTestId('explorer-count')).toBeTruthy();
    expect(screen.queryByTestId('explorer-loading')).toBeNull();
    expect((screen.getByTestId('export-report') as HTMLButtonElement).disabled).toBe(false);
    // The run ended with its items: leaving now cancels nothing.
    fireEvent.click(screen.getByRole('button', { name: 'Open another export' }));
    expect(host.cancelled).toBe(0);

    // Items that come before the results are drawn (a small export) wait for them, then show.
    fireEvent.click(screen.getByRole('button', { name: 'Try it with sample data' }));
    await act(async () => {
      host.emit({ type: 'done', result: { ...loaded, items: null } });
      host.emit({ type: 'items', items: loaded.items });
    });
    fireEvent.click(await screen.findByRole('tab', { name: 'Your items' }));
    expect(await screen.findByTestId('explorer-count')).toBeTruthy();
    expect((screen.getByTestId('export-report') as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Open another export' }));
    expect(host.cancelled).toBe(0);

    // Leaving while the items are still coming stops that run, and its items never show.
    fireEvent.click(screen.getByRole('button', { name: 'Try it with sample data' }));
    await act(async () => host.emit({ type: 'done', result: { ...loaded, items: null } }));
    await screen.findByTestId('headline-text');
    fireEvent.click(screen.getByRole('button', { name: 'Open another export' }));
    expect(host.cancelled).toBe(1);
    expect(screen.getByTestId('drop-zone')).toBeTruthy();
  });

  test('the view list moves with the arrow keys', async () => {
    await appShowingResults();
    const overview = await screen.findByRole('tab', { name: 'Overview' });
    expect(overview.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(overview, { key: 'ArrowDown' });
    const timeline = screen.getByRole('tab', { name: 'Timeline' });
    expect(timeline.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(timeline);
    expect(screen.getByRole('tabpanel').getAttribute('data-view')).toBe('timeline');
    fireEvent.keyDown(timeline, { key: 'End' });
    expect(screen.getByRole('tabpanel').getAttribute('data-view')).toBe('guide');
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Opt-out guide' }), { key: 'ArrowDown' });
    expect(screen.getByRole('tabpanel').getAttribute('data-view')).toBe('overview');
  });

  test('a view chosen with a click opens with focus on its heading', async () => {
    await appShowingResults();
    for (const label of ['Login activity', 'Opt-out guide', 'Overview']) {
      const tab = await screen.findByRole('tab', { name: label });
      tab.focus();
      fireEvent.click(tab);
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
      expect(document.activeElement?.textContent).toBe(label);
    }
    // The page's main landmark is there, with the tab panel inside it.
    expect(screen.getByRole('main').querySelector('[role="tabpanel"]')?.getAttribute('data-view')).toBe('overview');
  });
});
