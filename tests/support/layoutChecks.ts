// Test support: sideways overflow, measured in a playwright page. The page must not scroll
// sideways, and no element inside `root` may stick out of the box that holds it: the nearest
// ancestor that clips (overflow hidden or clip) or `root` itself. Content of a box that scrolls
// (overflow auto or scroll: a wide table, the explorer's list) is that box's business.

import type { Page } from 'playwright-core';

/** Empty when nothing overflows; else one line per offender (the page, then elements). */
export function horizontalOverflow(page: Page, root = 'main'): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = [];
    const { scrollWidth } = document.documentElement;
    if (scrollWidth > window.innerWidth) found.push(`the page is ${scrollWidth} px wide in a ${window.innerWidth} px window`);
    const top = document.querySelector(selector);
    if (!top) return [...found, `no ${selector}`];
    const name = (el: Element) => `${el.localName}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    for (const el of top.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      let holder: Element = top;
      let scrolls = false;
      for (let up = el.parentElement; up && up !== top; up = up.parentElement) {
        const overflow = getComputedStyle(up).overflowX;
        if (overflow === 'visible') continue;
        scrolls = overflow === 'auto' || overflow === 'scroll';
        holder = up;
        break;
      }
      if (scrolls) continue;
      const bounds = holder.getBoundingClientRect();
      // Half a pixel for sub-pixel layout.
      if (box.right > bounds.right + 0.5 || box.left < bounds.left - 0.5) {
        found.push(`${name(el)} spans ${Math.round(box.left)}–${Math.round(box.right)} px, outside ${name(holder)} (${Math.round(bounds.left)}–${Math.round(bounds.right)} px)`);
      }
    }
    return found;
  }, root);
}

/** Empty when no two text labels of a chart (an SVG inside `root`) overlap; else one line per pair. */
export function overlappingLabels(page: Page, root = 'main'): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = [];
    for (const svg of document.querySelectorAll(`${selector} svg`)) {
      const labels = [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() })).filter((l) => l.box.width > 0 && l.text.trim() !== '');
      labels.forEach((a, i) => {
        for (const b of labels.slice(i + 1)) {
          // One pixel of tolerance for glyph boxes that merely touch.
          const across = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
          const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
          if (across > 1 && down > 1) found.push(`“${a.text}” and “${b.text}” overlap`);
        }
      });
    }
    return found;
  }, root);
}

/**
 * Empty when no box inside `root` has content wider than itself spilling out (overflow visible):
 * text over its neighbour, as in a grid column squeezed to nothing. Inline boxes are not boxes
 * of their own here; SVG is measured by overlappingLabels.
 */
export function spilledContent(page: Page, root = 'main'): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = [];
    for (const el of document.querySelectorAll(`${selector} *`)) {
      if (!(el instanceof HTMLElement)) continue;
      const style = getComputedStyle(el);
      if (style.display === 'inline' || style.display === 'contents' || style.display === 'none' || style.overflowX !== 'visible') continue;
      if (el.scrollWidth > el.clientWidth + 1) found.push(`${el.localName}.${el.className.trim().split(/\s+/).join('.')} is ${el.clientWidth} px wide, its content ${el.scrollWidth} px: “${(el.textContent ?? '').slice(0, 40)}”`);
    }
    return found;
  }, root);
}

/**
 * Empty when the view's panel shows something in every part: text in the panel, and every chart
 * drawn (an SVG with a size, and marks in it) or, where there is nothing to draw, a sentence
 * saying so (`.chart-empty`); else one line per empty part.
 */
export function emptyPanels(page: Page, root = 'main'): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = [];
    const top = document.querySelector(selector);
    if (!top || (top.textContent ?? '').trim().length < 40) found.push(`${selector} is (nearly) empty`);
    for (const area of document.querySelectorAll(`${selector} .chart-area`)) {
      if ((area.querySelector('.chart-empty')?.textContent ?? '').trim().length > 20) continue;
      // The chart is the largest SVG in its area (legends hold small swatch SVGs).
      const area2 = (el: Element) => el.getBoundingClientRect().width * el.getBoundingClientRect().height;
      const svg = [...area.querySelectorAll('svg')].sort((a, b) => area2(b) - area2(a))[0];
      const box = svg?.getBoundingClientRect();
      const title = area.closest('figure')?.querySelector('figcaption')?.textContent ?? 'a chart';
      if (!svg || !box || box.width < 50 || box.height < 50) found.push(`${title}: no chart drawn`);
      else if (svg.querySelectorAll('rect, path').length === 0) found.push(`${title}: a chart without marks`);
    }
    return found;
  }, root);
}

/** The timeline's marker labels (the text of each policy or opt-out line), as drawn. */
export function markerLabels(page: Page, root = 'main'): Promise<string[]> {
  return page.evaluate((selector) => [...document.querySelectorAll(`${selector} .recharts-reference-line text`)].map((t) => t.textContent ?? ''), root);
}
