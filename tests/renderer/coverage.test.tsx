// What was read: every file with its status, the inputs, and the scan's notes in plain words.

import { afterEach, describe, expect, test } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import { FILE_STATUS_TEXT } from '../../renderer/coverage/fileStatus';
import { formatCount } from '../../shared/text/format';
import { analysisOf, generatedScan, renderView } from './fixtures';

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
      expect(cells[2]).toBe(FILE_STATUS_TEXT[file.status]);
      expect(cells[3]).toBe(formatCount(file.rows));
    }
    const { totals } = analysisOf(result);
    expect(screen.getByTestId('coverage-summary').textContent).toBe(
      `${formatCount(totals.files)} files found: ${formatCount(totals.parsed)} read, ${formatCount(totals.empty)} empty, ${formatCount(totals.unknown)} not known to this app, ${formatCount(totals.errors)} could not be read.`,
    );
    expect(screen.getByTestId('inputs').textContent).toContain(result.inputs[0]!.name);
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
