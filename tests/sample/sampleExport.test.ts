import { describe, expect, it } from 'vitest';
import { sampleExport } from '../../shared/sample';
import { column, fileAt, fileNamed, parseCsv } from './readBack';

describe('sampleExport', () => {
  const exp = sampleExport();
  const rows = (catalogId: string): number =>
    exp.expected.files.filter((f) => f.catalogId === catalogId).reduce((sum, f) => sum + f.rows, 0);

  it('is a Complete 2026 export with a fixed seed', () => {
    expect(exp.era).toBe(2026);
    expect(exp.archive).toBe('complete');
    expect(sampleExport().expected).toEqual(exp.expected);
  });

  it('has the activity of a believable active member', () => {
    expect(rows('shares')).toBeGreaterThanOrEqual(120);
    expect(rows('comments')).toBeGreaterThanOrEqual(350);
    expect(rows('reactions')).toBeGreaterThanOrEqual(1200);
    expect(rows('votes')).toBeGreaterThanOrEqual(50);
    expect(rows('articles')).toBeGreaterThanOrEqual(5);
    expect(rows('messages')).toBeGreaterThanOrEqual(800);
    expect(rows('logins')).toBeGreaterThanOrEqual(1500);
    expect(rows('connections')).toBeGreaterThanOrEqual(600);
    expect(rows('coach-messages')).toBeGreaterThan(10);
    const conversations = new Set(column(parseCsv(fileAt(exp, 'messages.csv')), 'CONVERSATION ID'));
    expect(conversations.size).toBeGreaterThanOrEqual(100);
    expect(conversations.size).toBeLessThanOrEqual(140);
  });

  it('spreads logins over years, denser recently', () => {
    const logins = exp.expected.files.find((f) => f.catalogId === 'logins')!;
    expect(logins.firstDay! <= '2017-01-01').toBe(true);
    expect(logins.lastDay!.startsWith('2026-')).toBe(true);
    const years = column(parseCsv(fileNamed(exp, 'Logins')), 'Login Date').map((d) => Number(d.slice(-4)));
    const early = years.filter((y) => y <= 2019).length;
    const late = years.filter((y) => y >= 2023).length;
    expect(late).toBeGreaterThan(early * 1.5);
  });

  it('dates posts and messages from about 2016 to the export', () => {
    for (const id of ['shares', 'comments', 'messages']) {
      const file = exp.expected.files.find((f) => f.catalogId === id)!;
      expect(file.firstDay! < '2018-01-01', id).toBe(true);
      expect(file.lastDay! >= '2026-01-01', id).toBe(true);
    }
  });
});
