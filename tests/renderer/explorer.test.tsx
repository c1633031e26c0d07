// The explorer: the member's own items, filtered by category and search text, sorted by date
// or words, each with its exposure from the shared rule.

import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { classifyItem, exposureFrame } from '../../shared/analysis/exposure';
import { catalogEntryById } from '../../shared/catalog/fileCatalog';
import type { ExportScan } from '../../shared/scan/scanTypes';
import { categoryCounts, classCounts, explorerIndex, explorerRows, itemExposures } from '../../renderer/explorer/explorerRows';
import { FILE_TEXT_BUDGET, ITEM_TEXT_CHARS, ItemCollector, keptItemText } from '../../shared/scan/itemCollector';
import type { ItemStore } from '../../renderer/host/itemStore';
import { formatCount, formatDay } from '../../shared/text/format';
import { analysisOf, generatedScan, itemStoreOf, renderView, scanOfExport } from './fixtures';
import { ZEBRA_QUERY, manyItemsIndex } from '../support/manyItems';
import { generateExport } from '../../shared/sample';

let result: ExportScan;
let items: ItemStore;
beforeAll(async () => {
  result = await generatedScan(2026);
  items = itemStoreOf(result);
});
afterEach(cleanup);

const indexes = () => Array.from({ length: items.count }, (_, i) => i);
const texts = () => indexes().map((i) => items.text(i));

function itemsOf(category: string): number[] {
  return indexes().filter((i) => result.files[items.file(i)]!.category === category);
}

describe('explorer', () => {
  test('opens on posts, newest first, with date, words and exposure per row', () => {
    renderView(result, 'explorer');
    const posts = itemsOf('posts');
    expect(screen.getByTestId('explorer-count').textContent).toContain(`Showing ${formatCount(posts.length)} of ${formatCount(posts.length)} items`);
    const newest = [...posts].sort((a, b) => (items.day(b) ?? -Infinity) - (items.day(a) ?? -Infinity))[0]!;
    const firstRow = screen.getAllByTestId('explorer-row')[0]!;
    const cells = within(firstRow).getAllByRole('cell');
    // The United States writes the month first.
    expect(cells[0]!.textContent).toBe(formatDay(items.day(newest), 'month-day-year'));
    expect(cells[2]!.textContent).toBe(formatCount(items.words(newest)));
    const frame = exposureFrame({ region: 'us', optedOut: null, adultFrom: null, asOf: result.scannedAt.slice(0, 10) }, result.exportDate!);
    const expected = classifyItem(items.day(newest), catalogEntryById(result.files[items.file(newest)]!.catalogId!).dataKind, frame);
    expect(expected.cls).toBe('exposed');
    expect(cells[4]!.textContent!.trim()).toBe('Exposed');
  });

  test('says why an item is only possibly exposed, in the shared words', () => {
    // EU, opted out mid-January 2026: the newest posts are after the opt-out, older ones before 3 Nov 2025.
    renderView(result, 'explorer', { policy: { region: 'eu', optedOut: '2026-01-15', adultFrom: null } });
    const labels = screen.getAllByTestId('explorer-row').map((r) => within(r).getAllByRole('cell')[4]!.textContent!.trim());
    expect(labels.every((l) => ['Exposed', 'Not exposed', 'Possibly exposed (unknown EU cut-off)'].includes(l)), labels.join(' | ')).toBe(true);
    fireEvent.click(screen.getByTestId('sort-date'));
    const oldest = screen.getAllByTestId('explorer-row')[0]!;
    expect(within(oldest).getAllByRole('cell')[4]!.textContent!.trim()).toBe('Possibly exposed (unknown EU cut-off)');
    expect(within(oldest).getAllByRole('cell')[4]!.getAttribute('title')).toMatch(/^Possibly exposed because they were created before 3 Nov 2025/);
  });

  test('search text filters the rows to the items containing it', async () => {
    renderView(result, 'explorer');
    fireEvent.change(screen.getByTestId('explorer-category'), { target: { value: 'all' } });
    // A word from the middle of some item, searched in another case.
    const word = texts().flatMap((t) => t.split(/\s+/)).find((w) => /^[a-z]{6,}$/i.test(w))!;
    const expected = texts().filter((t) => t.toLowerCase().includes(word.toLowerCase())).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(items.count);
    fireEvent.change(screen.getByTestId('explorer-search'), { target: { value: word.toUpperCase() } });
    await waitFor(() => expect(screen.getByTestId('explorer-count').textContent).toContain(`Showing ${formatCount(expected)} of ${formatCount(items.count)} items`));
    for (const row of screen.getAllByTestId('explorer-row')) {
      expect(within(row).getAllByRole('cell')[3]!.textContent!.toLowerCase()).toContain(word.toLowerCase());
    }
  });

  test('filters by exposure class, with each class\'s count as the shared rule gives it', () => {
    const policy = { region: 'eu' as const, optedOut: '2026-01-15', adultFrom: null };
    renderView(result, 'explorer', { policy });
    fireEvent.change(screen.getByTestId('explorer-category'), { target: { value: 'all' } });
    const frame = exposureFrame({ ...policy, asOf: result.scannedAt.slice(0, 10) }, result.exportDate!);
    const index = explorerIndex(result, items);
    const counts = classCounts(itemExposures(result, index, frame), index, 'all');
    // Each item by the rule itself, not by the explorer's helper.
    const byRule = { exposed: 0, 'possibly-exposed': 0, 'not-exposed': 0 };
    for (const i of indexes()) {
      const entry = catalogEntryById(result.files[items.file(i)]!.catalogId!);
      byRule[classifyItem(entry.dateMeaning === 'real-world' ? null : items.day(i), entry.dataKind, frame).cls]++;
    }
    expect(counts).toEqual(byRule);
    expect(counts['possibly-exposed']).toBeGreaterThan(0);
    fireEvent.change(screen.getByTestId('explorer-exposure'), { target: { value: 'possibly-exposed' } });
    expect(screen.getByTestId('explorer-count').textContent).toContain(`Showing ${formatCount(counts['possibly-exposed'])} of ${formatCount(items.count)} items possibly exposed`);
    const labels = screen.getAllByTestId('explorer-row').map((r) => within(r).getAllByRole('cell')[4]!.textContent!.trim());
    expect(labels.every((l) => l.startsWith('Possibly exposed'))).toBe(true);
  });

  test('says what it counts, and how that differs from the overview', () => {
    renderView(result, 'explorer');
    const analysis = analysisOf(result);
    expect(screen.getByTestId('explorer-scope').textContent).toContain(`the ${formatCount(items.count)} items with text you wrote yourself`);
    expect(screen.getByTestId('explorer-scope').textContent).toContain(`The overview counts ${formatCount(analysis.totals.items)} items in all`);
    const posts = analysis.categories.find((c) => c.id === 'posts')!;
    expect(itemsOf('posts').length).toBeLessThan(posts.items);
    expect(screen.getByTestId('explorer-scope').textContent).toContain(`In Posts, the overview counts ${formatCount(posts.items)}; ${formatCount(itemsOf('posts').length)} hold text of yours.`);
  });

  test('a chosen item is shown whole in the detail pane, line breaks kept', () => {
    renderView(result, 'explorer');
    const multiLine = itemsOf('posts').filter((i) => items.text(i).includes('\n'));
    expect(multiLine.length).toBeGreaterThan(0);
    fireEvent.change(screen.getByTestId('explorer-search'), { target: { value: items.text(multiLine[0]!).split('\n')[0]! } });
    return waitFor(() => {
      const row = screen.getAllByTestId('explorer-row')[0]!;
      fireEvent.click(within(row).getByTestId('explorer-open'));
      expect(screen.getByTestId('explorer-detail-text').textContent).toBe(items.text(multiLine[0]!));
      expect(screen.getByTestId('explorer-detail').textContent).toContain(result.files[items.file(multiLine[0]!)]!.path);
    });
  });

  test('items keep their whole text up to a cap far above LinkedIn\'s longest message', () => {
    const message = `Dear team,\n\n${'the quarterly plan is on track '.repeat(260)}`.trim();
    expect(message.length).toBeGreaterThan(7_000);
    expect(keptItemText(`  ${message}\n`)).toBe(message);
    const huge = 'x'.repeat(ITEM_TEXT_CHARS + 50);
    expect(keptItemText(huge)).toBe(`${'x'.repeat(ITEM_TEXT_CHARS - 1)}…`);
    expect(keptItemText('a\u0000b')).toBe('ab');
    // A file of very many long items keeps excerpts once its budget is spent.
    const collector = new ItemCollector();
    const long = 'word '.repeat(1_900);
    const rows = Math.ceil(FILE_TEXT_BUDGET / long.trim().length) + 5;
    for (let i = 0; i < rows; i++) collector.add(null, 1_900, long);
    const kept = collector.result().text;
    expect(kept[0]).toBe(long.trim());
    expect(kept[rows - 1]!.length).toBeLessThanOrEqual(280);
    expect(kept.reduce((sum, t) => sum + t.length, 0)).toBeLessThan(FILE_TEXT_BUDGET + ITEM_TEXT_CHARS + 5 * 280);
  });

  test('sorting by words orders the rows, and a second click reverses them', () => {
    renderView(result, 'explorer');
    const words = () => screen.getAllByTestId('explorer-row').map((r) => Number(within(r).getAllByRole('cell')[2]!.textContent!.replace(/,/g, '')));
    fireEvent.click(screen.getByTestId('sort-words'));
    const descending = words();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect(screen.getByTestId('sort-words').closest('[role="columnheader"]')!.getAttribute('aria-sort')).toBe('descending');
    fireEvent.click(screen.getByTestId('sort-words'));
    const ascending = words();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  });

  test('only the rows in view are rendered (virtualized)', () => {
    renderView(result, 'explorer');
    fireEvent.change(screen.getByTestId('explorer-category'), { target: { value: 'all' } });
    const total = items.count;
    expect(total).toBeGreaterThan(30);
    const rendered = screen.getAllByTestId('explorer-row').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(total);
    expect(screen.getByTestId('explorer-table').getAttribute('aria-rowcount')).toBe(String(total + 1));
  });

  test('the row index filters and sorts 300,000 items', () => {
    const n = 300_000;
    const index = manyItemsIndex(result, n);
    const rows = explorerRows(index, ZEBRA_QUERY);
    expect(rows.length).toBe(Math.ceil(n / 13));
    expect(index.items.words(rows[0]!)).toBe(96);
    // How long this takes is measured by `npm run bench:ui`.
  });

  test('says plainly that which private messages are yours is unknown when no sender is you', async () => {
    const exp = generateExport({ era: 2024 });
    const decoder = new TextDecoder();
    const files = exp.files
      .filter((f) => f.path !== 'Invitations.csv')
      .map((f) => (f.path === 'Profile.csv' ? { ...f, bytes: new TextEncoder().encode(decoder.decode(f.bytes).replace(/\n[^,\n]*,[^,\n]*,/, '\nQuinta,Renamed,')) } : f));
    const renamed = await scanOfExport({ ...exp, files });
    renderView(renamed, 'explorer');
    expect(screen.getByTestId('explorer-owner-unknown').textContent).toContain('which messages are yours is unknown');
    expect(categoryCounts(explorerIndex(renamed, itemStoreOf(renamed))).has('messages')).toBe(false);
    cleanup();
    renderView(result, 'explorer');
    expect(screen.queryByTestId('explorer-owner-unknown')).toBeNull();
  });
});
