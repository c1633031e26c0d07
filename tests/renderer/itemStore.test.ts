// The explorer's item store reads the packed items the workers make, exactly as collected per file.

import { describe, expect, test } from 'vitest';
import { ITEM_SEPARATOR, itemsView, packItems, textChunks, type FileItems } from '../../shared/items/packedItems';
import { packedItemStore } from '../../renderer/host/itemStore';

/** Items of files 1, 3, 4, 5 and 9 (the others hold none), in file order. */
const perFile: (FileItems | null)[] = [null, { day: [null, 19_000], words: [3, 3], text: ['thanks!', 'road'] }, null, { day: [19_000], words: [12], text: ['Launch day for the new Roadmap'] }, { day: [18_500], words: [40], text: ['A long post about hiring and roadmaps'] }, { day: [null], words: [0], text: [''] }, null, null, null, { day: [20_000], words: [7], text: ['map the roads'] }];
const expected = [
  { file: 1, day: null, words: 3, text: 'thanks!' },
  { file: 1, day: 19_000, words: 3, text: 'road' },
  { file: 3, day: 19_000, words: 12, text: 'Launch day for the new Roadmap' },
  { file: 4, day: 18_500, words: 40, text: 'A long post about hiring and roadmaps' },
  { file: 5, day: null, words: 0, text: '' },
  { file: 9, day: 20_000, words: 7, text: 'map the roads' },
];

describe('item store', () => {
  const store = packedItemStore(structuredClone(packItems(perFile)));

  test('gives back every field of every item, files in order', () => {
    expect(store.count).toBe(expected.length);
    for (const [i, item] of expected.entries()) {
      expect({ file: store.file(i), day: store.day(i), words: store.words(i), text: store.text(i) }).toEqual(item);
    }
    const view = itemsView(store.packed);
    expect(expected.map((_, i) => view.text(i))).toEqual(expected.map((e) => e.text));
    // Every excerpt followed by the separator, the last one too.
    expect(store.packed.text).toBe(expected.map((e) => e.text + ITEM_SEPARATOR).join(''));
  });

  test('sorts undated first, ties in export order', () => {
    expect([...store.byDate]).toEqual([0, 4, 3, 1, 2, 5]);
    expect([...store.byWords]).toEqual([4, 0, 1, 5, 2, 3]);
  });

  test('orders as a comparison sort does: counted days and words, or sorted past a wide range or a fraction', () => {
    // A seeded generator: the same cases every run.
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const cases: [(i: number) => number | null, (i: number) => number][] = [
      [(i) => (i % 13 === 0 ? null : 19_000 + Math.floor(next() * 900)), () => Math.floor(next() * 90)],
      [(i) => (i % 5 === 0 ? null : -400 + Math.floor(next() * 50)), () => Math.floor(next() * 3)],
      [() => Math.floor(next() * 1e9), () => Math.floor(next() * 2 ** 30)],
      [() => 19_000 + next(), () => 0],
      [() => null, () => 5],
    ];
    for (const [dayOf, wordsOf] of cases) {
      const items: FileItems = { day: [], words: [], text: [] };
      for (let i = 0; i < 3_000; i++) {
        items.day.push(dayOf(i));
        items.words.push(wordsOf(i));
        items.text.push('');
      }
      const packed = packItems([items]);
      const key = (d: number | null) => d ?? -Infinity;
      const indexes = items.day.map((_, i) => i);
      expect([...packed.byDate]).toEqual([...indexes].sort((a, b) => key(items.day[a]!) - key(items.day[b]!) || a - b));
      expect([...packed.byWords]).toEqual([...indexes].sort((a, b) => items.words[a]! - items.words[b]! || a - b));
    }
  });

  test('search ignores case, needs every term, and never matches across two items', () => {
    expect([...store.matching(['ROADMAP'])]).toEqual([0, 0, 1, 1, 0, 0]);
    expect([...store.matching(['road', 'hiring'])]).toEqual([0, 0, 0, 1, 0, 0]);
    // "road" and "Launch day…" are neighbours in the packed text.
    expect([...store.matching(['roadlaunch'])]).toEqual([0, 0, 0, 0, 0, 0]);
    expect([...store.matching(['a.b'])]).toEqual([0, 0, 0, 0, 0, 0]);
    expect([...store.matching([])]).toEqual([1, 1, 1, 1, 1, 1]);
  });

  test('an export with no items packs to an empty store', () => {
    const empty = packedItemStore(packItems([null, null]));
    expect(empty.count).toBe(0);
    expect(empty.packed.text).toBe('');
    expect([...empty.matching(['x'])]).toEqual([]);
  });
});

describe('text pieces', () => {
  test('are cut between excerpts and join back to the packed text', () => {
    const packed = packItems(perFile);
    const chunks = textChunks(packed.text, 10);
    expect(chunks.join('')).toBe(packed.text);
    for (const chunk of chunks) expect(chunk.endsWith('\u0000')).toBe(true);
    expect(chunks.length).toBeGreaterThan(2);
  });
});
