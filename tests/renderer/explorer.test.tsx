// The explorer: the member's own items, filtered by category and search text, sorted by date
// or words, each with its exposure from the shared rule.

import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { classifyDay, exposureFrame } from '../../shared/analysis/exposure';
import { catalogEntryById } from '../../shared/catalog/fileCatalog';
import type { ExportScan } from '../../shared/scan/scanTypes';
import { explorerIndex, explorerRows } from '../../renderer/explorer/explorerRows';
import { packItems } from '../../shared/items/packedItems';
import { packedItemStore } from '../../renderer/host/itemStore';
import { formatCount, formatDay } from '../../renderer/ui/format';
import { generatedScan, renderView } from './fixtures';

let result: ExportScan;
beforeAll(async () => {
  result = await generatedScan(2026);
});
afterEach(cleanup);

function itemsOf(category: string): number[] {
  const items = result.items!;
  return items.file.map((_, i) => i).filter((i) => result.files[items.file[i]!]!.category === category);
}

describe('explorer', () => {
  test('opens on posts, newest first, with date, words and exposure per row', () => {
    renderView(result, 'explorer');
    const posts = itemsOf('posts');
    expect(screen.getByTestId('explorer-count').textContent).toContain(`Showing ${formatCount(posts.length)} of ${formatCount(posts.length)} items`);
    const items = result.items!;
    const newest = [...posts].sort((a, b) => (items.day[b] ?? -Infinity) - (items.day[a] ?? -Infinity))[0]!;
    const firstRow = screen.getAllByTestId('explorer-row')[0]!;
    const cells = within(firstRow).getAllByRole('cell');
    expect(cells[0]!.textContent).toBe(formatDay(items.day[newest] ?? null));
    expect(cells[2]!.textContent).toBe(formatCount(items.words[newest]!));
    const frame = exposureFrame({ region: 'us', optedOut: null, asOf: result.scannedAt.slice(0, 10) });
    const expected = classifyDay(items.day[newest] ?? null, catalogEntryById(result.files[items.file[newest]!]!.catalogId!).training, frame);
    expect(cells[4]!.textContent!.trim()).toBe({ exposed: 'Exposed', 'possibly-exposed': 'Possibly', 'not-exposed': 'Not used' }[expected]);
  });

  test('search text filters the rows to the items containing it', async () => {
    renderView(result, 'explorer');
    fireEvent.change(screen.getByTestId('explorer-category'), { target: { value: 'all' } });
    const items = result.items!;
    // A word from the middle of some item, searched in another case.
    const word = items.text.flatMap((t) => t.split(/\s+/)).find((w) => /^[a-z]{6,}$/i.test(w))!;
    const expected = items.text.filter((t) => t.toLowerCase().includes(word.toLowerCase())).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(items.text.length);
    fireEvent.change(screen.getByTestId('explorer-search'), { target: { value: word.toUpperCase() } });
    await waitFor(() => expect(screen.getByTestId('explorer-count').textContent).toContain(`Showing ${formatCount(expected)} of ${formatCount(items.text.length)} items`));
    for (const row of screen.getAllByTestId('explorer-row')) {
      expect(within(row).getAllByRole('cell')[3]!.textContent!.toLowerCase()).toContain(word.toLowerCase());
    }
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
    const total = result.items!.file.length;
    expect(total).toBeGreaterThan(30);
    const rendered = screen.getAllByTestId('explorer-row').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(total);
    expect(screen.getByTestId('explorer-table').getAttribute('aria-rowcount')).toBe(String(total + 1));
  });

  test('the row index filters and sorts 300,000 items quickly', () => {
    const n = 300_000;
    const big: ExportScan = {
      ...result,
      items: {
        file: Array.from({ length: n }, (_, i) => result.items!.file[i % result.items!.file.length]!),
        day: Array.from({ length: n }, (_, i) => (i % 7 === 0 ? null : 17_000 + (i % 3000))),
        words: Array.from({ length: n }, (_, i) => i % 97),
        text: Array.from({ length: n }, (_, i) => `item ${i} about ${i % 13 === 0 ? 'zebras' : 'work'}`),
      },
    };
    // As in the browser: the worker packs and sorts, the page filters.
    const index = explorerIndex(big, packedItemStore(packItems(big.items!).packed));
    const started = performance.now();
    const rows = explorerRows(index, { category: 'all', search: 'ZEBRAS', sort: 'words', direction: 'descending' });
    const elapsed = performance.now() - started;
    expect(rows.length).toBe(Math.ceil(n / 13));
    expect(big.items!.words[rows[0]!]).toBe(96);
    // Typically ~20 ms; generous for a loaded CI machine.
    expect(elapsed).toBeLessThan(400);
  });
});
