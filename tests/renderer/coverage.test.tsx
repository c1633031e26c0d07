// What was read: every file with its status, the inputs, and the scan's notes in plain words.

import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { TRAINING_STATUS_LABELS, entriesSummary, entryOutcome } from '../../shared/report/wording';
import { formatCount } from '../../shared/text/format';
import JSZip from 'jszip';
import { analysisOf, generatedScan, renderView, scanOfInputs } from './fixtures';
import { everyEntryExport } from '../support/everyEntryExport';

afterEach(cleanup);

describe('coverage', () => {
  test('lists every file once with its status and records', async () => {
    const result = await generatedScan(2026);
    renderView(result, 'coverage');
    const rows = within(screen.getByTestId('coverage-table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(result.files.length);
    for (const file of result.files.slice(0, 10)) {
      const row = rows.find((r) => r.firstElementChild!.textContent === file.path)!;
      const cells = within(row).getAllByRole('cell').map((c) => c.textContent);
      expect(cells[2]).toBe(entryOutcome({ ...file, duplicateOf: null }));
      expect(cells[3]).toBe(formatCount(file.rows));
    }
    // Each file with its training status in the region and its exposure figures, as the analysis has them.
    const analysis = analysisOf(result);
    const shares = result.files.findIndex((f) => f.catalogId === 'shares' && f.rows > 0);
    expect(shares).toBeGreaterThanOrEqual(0);
    const sharesRow = within(rows.find((r) => r.firstElementChild!.textContent === result.files[shares]!.path)!).getAllByRole('cell').map((c) => c.textContent);
    expect(sharesRow.slice(4, 7)).toEqual([TRAINING_STATUS_LABELS[analysis.files[shares]!.training!.status], formatCount(analysis.files[shares]!.exposure.exposed), formatCount(analysis.files[shares]!.exposure.possiblyExposed)]);
    expect(analysis.files[shares]!.exposure.exposed).toBeGreaterThan(0);
    const messages = result.files.findIndex((f) => f.category === 'messages' && f.rows > 0);
    const messagesRow = within(rows.find((r) => r.firstElementChild!.textContent === result.files[messages]!.path)!).getAllByRole('cell').map((c) => c.textContent);
    expect(messagesRow.slice(4, 7)).toEqual([TRAINING_STATUS_LABELS['not-used'], '0', '0']);
    const { totals } = analysisOf(result);
    expect(screen.getByTestId('coverage-summary').textContent).toBe(entriesSummary(totals));
    expect(screen.getByTestId('coverage-summary').textContent).toMatch(/^\d+ files found: \d+ read, \d+ empty, \d+ not known to this app, \d+ could not be read\.$/);
    expect(screen.getByTestId('inputs').textContent).toContain(result.inputs[0]!.name);
  });

  test('lists every entry of every input, with its input and outcome: as many rows as the zips hold entries', async () => {
    const zips = await everyEntryExport();
    let entries = 0;
    for (const zip of zips) entries += Object.values((await JSZip.loadAsync(zip.bytes)).files).filter((f) => !f.dir).length;
    const result = await scanOfInputs(zips.map((zip) => ({ kind: 'zip', ...zip })));
    renderView(result, 'coverage');
    const rows = within(screen.getByTestId('coverage-table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(entries);
    const texts = rows.map((row) => row.textContent ?? '');
    expect(texts.filter((t) => t.includes('Identical copy of')).length).toBeGreaterThan(5);
    expect(texts.some((t) => t.includes('Read: 29 items only this copy has (a copy of Endorsement_Received_Info.csv in linkedin complete.zip)'))).toBe(true);
    expect(texts.filter((t) => t.includes('Not read'))).toHaveLength(4);
    expect(screen.getByTestId('coverage-summary').textContent).toBe(entriesSummary(analysisOf(result).totals));
    expect(screen.getByTestId('inputs').textContent).toContain('linkedin basic.zip — zip file, Basic archive');
    expect(screen.getByTestId('inputs').textContent).toContain('exported Mar 15, 2022');
  });

  test('a Basic archive alone says so, in the scan\'s own words', async () => {
    const result = await generatedScan(2024, 'basic');
    renderView(result, 'coverage');
    const note = result.problems.find((p) => p.code === 'basic-only')!;
    expect(note).toBeDefined();
    expect(screen.getByTestId('scan-problems').textContent).toContain(note.message);
    expect(screen.getByTestId('inputs').textContent).toContain('Basic archive');
  });
});
