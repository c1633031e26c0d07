// Language preferences, responses and AI-assistant conversations: each panel shows the
// insights and file figures of the scan.

import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import type { ExportScan } from '../../shared/scan/scanTypes';
import { formatCount } from '../../shared/text/format';
import { reactionName } from '../../renderer/responses/reactionNames';
import { analysisOf, generatedScan, renderView } from './fixtures';

let result: ExportScan;
beforeAll(async () => {
  result = await generatedScan(2026);
});
afterEach(cleanup);

const rowsOf = (catalogId: string) => result.files.filter((f) => f.catalogId === catalogId).reduce((sum, f) => sum + f.rows, 0);

describe('panels', () => {
  test('responses: comments, reactions and poll votes, and reactions by type', () => {
    renderView(result, 'responses');
    expect(screen.getByTestId('responses-comments').textContent).toContain(formatCount(rowsOf('comments')));
    expect(screen.getByTestId('responses-reactions').textContent).toContain(formatCount(rowsOf('reactions')));
    expect(screen.getByTestId('responses-votes').textContent).toContain(formatCount(rowsOf('votes')));
    const byType = result.insights.reactionsByType;
    expect(byType.length).toBeGreaterThan(1);
    const rows = within(screen.getByTestId('reactions-table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(byType.length);
    for (const { label, count } of byType) {
      const row = rows.find((r) => within(r).getAllByRole('cell')[0]!.textContent === label)!;
      expect(row.firstElementChild!.textContent).toBe(reactionName(label));
      expect(row.lastElementChild!.textContent).toBe(formatCount(count));
    }
    const category = analysisOf(result).categories.find((c) => c.id === 'responses')!;
    expect(screen.getByTestId('summary-responses').textContent).toContain(`${formatCount(category.items)} items`);
  });

  test('language preferences: profile languages and the interface language', () => {
    renderView(result, 'language');
    const { profileLanguages, interfaceLocales } = result.insights.languages;
    expect(profileLanguages.length).toBeGreaterThan(0);
    const rows = within(screen.getByTestId('profile-languages-table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.firstElementChild!.textContent)).toEqual(profileLanguages.map((l) => l.name));
    if (interfaceLocales.length > 0) expect(screen.getByTestId('interface-locales').textContent).toContain(interfaceLocales[0]);
    expect(screen.getByTestId('summary-language').textContent).toContain('Unclear');
  });

  test('AI-assistant conversations: one row per assistant with the member\'s turns and words', () => {
    renderView(result, 'ai-conversations');
    const assistants = result.insights.aiConversations.filter((a) => a.conversations > 0 || a.memberTurns > 0);
    expect(assistants.length).toBeGreaterThan(0);
    const empty = result.insights.aiConversations.length - assistants.length;
    if (empty > 0) expect(screen.getByTestId('ai-unused').textContent).toMatch(/^Also in your export, with no conversations: /);
    const rows = within(screen.getByTestId('ai-table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(assistants.length);
    const cells = within(rows[0]!).getAllByRole('cell').map((c) => c.textContent);
    expect(cells.slice(0, 4)).toEqual([
      formatCount(assistants[0]!.conversations),
      formatCount(assistants[0]!.memberTurns),
      formatCount(assistants[0]!.assistantTurns),
      formatCount(assistants[0]!.memberWords),
    ]);
    const conversations = assistants.reduce((s, a) => s + a.conversations, 0);
    expect(screen.getByTestId('ai-summary').textContent).toContain(`${formatCount(conversations)} conversation`);
  });
});
