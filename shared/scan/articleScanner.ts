// Runtime: any. One article (`Articles/Articles/*.html`): title, created and published dates,
// and the words of its body, counted as the HTML streams past (tags and head skipped).

import { parseDate, type ParsedDate } from '../text/dates';
import { isoOf } from './dateRange';
import type { ArticleInfo } from './scanTypes';

/** Elements whose text is not the article body. */
const SKIPPED = new Set(['head', 'title', 'h1', 'script', 'style']);
const HEAD_CHARS = 65_536;
const MAX_TAG_CHARS = 2_048;
const EXCERPT_SOURCE_CHARS = 1_200;

function isSpace(c: number): boolean {
  return c <= 32 || c === 160 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'");
}

function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

export interface ScannedArticle extends ArticleInfo {
  readonly chars: number;
  /** The date the item existed from: created, else published. */
  readonly date: ParsedDate | null;
  readonly excerpt: string;
}

export class ArticleScanner {
  private head = '';
  private tag: string | null = null;
  private entity: string | null = null;
  private skipping: string | null = null;
  private inWord = false;
  private words = 0;
  private chars = 0;
  private excerpt = '';

  feed(text: string): void {
    if (this.head.length < HEAD_CHARS) this.head += text.slice(0, HEAD_CHARS - this.head.length);
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (this.tag !== null) {
        if (ch === '>') this.closeTag(this.tag);
        else if (this.tag.length < MAX_TAG_CHARS) this.tag += ch;
        continue;
      }
      if (ch === '<') {
        this.tag = '';
        this.inWord = false;
        continue;
      }
      if (this.skipping !== null) continue;
      if (this.entity !== null) {
        if (ch === ';' || this.entity.length > 10) {
          const space = this.entity === 'nbsp' || this.entity === '#160';
          this.entity = null;
          this.bodyChar(space ? ' ' : '&');
        } else this.entity += ch;
        continue;
      }
      if (ch === '&') {
        this.entity = '';
        continue;
      }
      this.bodyChar(ch);
    }
  }

  private bodyChar(ch: string): void {
    const c = ch.charCodeAt(0);
    if (this.excerpt.length < EXCERPT_SOURCE_CHARS) this.excerpt += ch;
    if (isSpace(c)) {
      this.inWord = false;
      return;
    }
    if (c < 0xdc00 || c > 0xdfff) this.chars++;
    if (!this.inWord) {
      this.words++;
      this.inWord = true;
    }
  }

  private closeTag(tag: string): void {
    this.tag = null;
    const closing = tag.startsWith('/');
    const name = /^\/?\s*([a-zA-Z0-9]+)/.exec(tag)?.[1]?.toLowerCase() ?? '';
    if (this.skipping !== null) {
      if (closing && name === this.skipping) this.skipping = null;
      return;
    }
    if (closing) return;
    const dateParagraph = name === 'p' && /class\s*=\s*["']?(created|published)/i.test(tag);
    if (SKIPPED.has(name) || dateParagraph) this.skipping = name;
    if (this.excerpt.length > 0 && this.excerpt.length < EXCERPT_SOURCE_CHARS) this.excerpt += ' ';
  }

  finish(): ScannedArticle {
    const head = this.head;
    const title = textOf(/<title[^>]*>([\s\S]*?)<\/title>/i.exec(head)?.[1] ?? /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(head)?.[1] ?? '');
    const createdText = textOf(/<p[^>]*class=["']?created["']?[^>]*>([\s\S]*?)<\/p>/i.exec(head)?.[1] ?? '');
    const publishedText = textOf(/<p[^>]*class=["']?published["']?[^>]*>([\s\S]*?)<\/p>/i.exec(head)?.[1] ?? '');
    const created = parseDate(createdText.replace(/^Created on\s*/i, ''));
    const published = /^Published on/i.test(publishedText) ? parseDate(publishedText.replace(/^Published on\s*/i, '')) : null;
    return {
      title,
      created: created && isoOf(created),
      published: published && isoOf(published),
      words: this.words,
      chars: this.chars,
      date: created ?? published,
      excerpt: `${title}${title ? ' — ' : ''}${this.excerpt.replace(/\s+/g, ' ').trim()}`,
    };
  }
}
