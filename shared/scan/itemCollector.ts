// Runtime: any. The member's own items (posts, comments, articles, messages they sent...) for
// the explorer: date, words and the text, whole up to ITEM_TEXT_CHARS (LinkedIn's longest own
// item, a message, holds 8,000 characters; an article arrives as its beginning), so a selected
// item can be read in full. It stays in the page and the reports' "full" level; it never leaves
// the machine. A file keeps at most FILE_TEXT_BUDGET characters whole (far above a real member's
// writing); past it, items keep a short excerpt, so a crafted file of millions of long rows
// cannot fill the memory.

import { ITEM_SEPARATOR, type FileItems } from '../items/packedItems';
import { detach } from '../text/detach';
import { excerptOf } from '../text/words';

export const ITEM_TEXT_CHARS = 10_000;
export const FILE_TEXT_BUDGET = 8_000_000;

/** The text as kept: trimmed, cut with "…" past the cap, without the packing's separator. */
export function keptItemText(text: string): string {
  const trimmed = text.trim();
  const cut = trimmed.length > ITEM_TEXT_CHARS ? `${trimmed.slice(0, ITEM_TEXT_CHARS - 1)}…` : trimmed;
  // detach: a fresh string, so the parser's chunk is not kept alive by it.
  return detach(cut.includes(ITEM_SEPARATOR) ? cut.replaceAll(ITEM_SEPARATOR, '') : cut);
}

export class ItemCollector {
  private items: FileItems = { day: [], words: [], text: [] };
  private kept = 0;

  /** Forgets what was added: the file is read again from its start (see readCsvFile). */
  clear(): void {
    this.items = { day: [], words: [], text: [] };
    this.kept = 0;
  }

  add(day: number | null, words: number, text: string): void {
    this.items.day.push(day);
    this.items.words.push(words);
    // detach: an excerpt without white space to collapse is a substring of the parser's chunk.
    const whole = this.kept < FILE_TEXT_BUDGET ? keptItemText(text) : detach(excerptOf(text));
    this.kept += whole.length;
    this.items.text.push(whole);
  }

  result(): FileItems {
    return this.items;
  }
}
