// The explorer's item stores: the worker's packed form answers exactly as the scan's arrays.

import { describe, expect, test } from 'vitest';
import type { ItemIndex } from '../../shared/scan/scanTypes';
import { packItems, textChunks } from '../../shared/items/packedItems';
import { arrayItemStore, packedItemStore } from '../../renderer/host/itemStore';

const items: ItemIndex = {
  file: [3, 1, 4, 1, 5, 9],
  day: [19_000, null, 18_500, 19_000, null, 20_000],
  words: [12, 3, 40, 3, 0, 7],
  text: ['Launch day for the new Roadmap', 'thanks!', 'A long post about hiring and roadmaps', 'road', '', 'map the roads'],
};

describe('item stores', () => {
  const array = arrayItemStore(items);
  const packed = packedItemStore(structuredClone(packItems(items).packed));

  test('the packed store gives back every field of every item', () => {
    expect(packed.count).toBe(6);
    for (let i = 0; i < 6; i++) {
      expect([packed.file(i), packed.day(i), packed.words(i), packed.text(i)]).toEqual([items.file[i], items.day[i], items.words[i], items.text[i]]);
    }
    expect(packed.toItemIndex()).toEqual(items);
  });

  test('both stores sort the same: undated first, ties in export order', () => {
    expect([...packed.byDate]).toEqual([1, 4, 2, 0, 3, 5]);
    expect([...array.byDate]).toEqual([...packed.byDate]);
    expect([...packed.byWords]).toEqual([4, 1, 3, 5, 0, 2]);
    expect([...array.byWords]).toEqual([...packed.byWords]);
  });

  test('search ignores case, needs every term, and never matches across two items', () => {
    for (const store of [array, packed]) {
      expect([...store.matching(['ROADMAP'])]).toEqual([1, 0, 1, 0, 0, 0]);
      expect([...store.matching(['road', 'hiring'])]).toEqual([0, 0, 1, 0, 0, 0]);
      // "road" + "map the roads" are neighbours in the packed text.
      expect([...store.matching(['roadmap the'])]).toEqual([0, 0, 0, 0, 0, 0]);
      expect([...store.matching(['a.b'])]).toEqual([0, 0, 0, 0, 0, 0]);
      expect([...store.matching([])]).toEqual([1, 1, 1, 1, 1, 1]);
    }
  });
});

describe('text pieces', () => {
  test('are cut between excerpts and join back to the packed text', () => {
    const { packed } = packItems(items);
    const chunks = textChunks(packed.text, 10);
    expect(chunks.join('')).toBe(packed.text);
    for (const chunk of chunks) expect(chunk.endsWith('\u0000')).toBe(true);
    expect(chunks.length).toBeGreaterThan(2);
  });
});
