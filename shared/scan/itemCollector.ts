// Runtime: any. The member's own items (posts, comments, articles, messages they sent...) for
// the explorer: date, words and an excerpt, never the whole text.

import type { FileItems } from '../items/packedItems';
import { excerptOf } from '../text/words';

export class ItemCollector {
  private readonly items: FileItems = { day: [], words: [], text: [] };

  add(day: number | null, words: number, text: string): void {
    this.items.day.push(day);
    this.items.words.push(words);
    // excerptOf builds a new string, so the parser's chunk is not kept alive by it.
    this.items.text.push(excerptOf(text));
  }

  result(): FileItems {
    return this.items;
  }
}
