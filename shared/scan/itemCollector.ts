// Runtime: any. The member's own items (posts, comments, articles, messages they sent...) for
// the explorer: date, words and an excerpt, never the whole text.

import { excerptOf } from '../text/words';
import type { ItemIndex } from './scanTypes';

/** One file's items: the export's index adds which file they come from. */
export type FileItems = Omit<ItemIndex, 'file'>;

export class ItemCollector {
  private readonly index: FileItems = { day: [], words: [], text: [] };

  add(day: number | null, words: number, text: string): void {
    this.index.day.push(day);
    this.index.words.push(words);
    // excerptOf builds a new string, so the parser's chunk is not kept alive by it.
    this.index.text.push(excerptOf(text));
  }

  result(): FileItems {
    return this.index;
  }
}
