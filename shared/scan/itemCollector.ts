// Runtime: any. The member's own items (posts, comments, articles, messages they sent...) for
// the explorer: date, words and an excerpt, never the whole text.

import { excerptOf } from '../text/words';
import type { ItemIndex } from './scanTypes';

export class ItemCollector {
  private readonly index: ItemIndex = { file: [], day: [], words: [], text: [] };

  add(file: number, day: number | null, words: number, text: string): void {
    this.index.file.push(file);
    this.index.day.push(day);
    this.index.words.push(words);
    // excerptOf builds a new string, so the parser's chunk is not kept alive by it.
    this.index.text.push(excerptOf(text));
  }

  result(): ItemIndex {
    return this.index;
  }
}
