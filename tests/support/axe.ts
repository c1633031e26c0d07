// Test support: axe-core's accessibility rules at WCAG 2.2 AA, run in a playwright page. The
// app's CSP refuses injected <script> tags, so axe's source is evaluated in the page instead
// (once per document) and then `axe.run` is called.
//   const violations = await axeViolations(page);
//   expect(violations, describeViolations(violations)).toEqual([]);

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  /** Each failing element: its selector and what axe says is wrong. */
  readonly nodes: readonly { readonly target: string; readonly summary: string }[];
}

export interface AxeOptions {
  /** A selector for the part of the page to check; the whole document by default. */
  readonly include?: string;
  /** Open every <details> first, so content behind a disclosure (a chart's table) is checked too. */
  readonly openDetails?: boolean;
}

let source: Promise<string> | null = null;

function axeSource(): Promise<string> {
  source ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await axeSource());
  if (options.openDetails) {
    // Opened, laid out, and what the page does about the new size (a ResizeObserver, a render) done.
    await page.evaluate(async () => {
      document.querySelectorAll('details').forEach((d) => (d.open = true));
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      await frame();
      await new Promise((resolve) => setTimeout(resolve, 0));
      await frame();
    });
  }
  return page.evaluate(
    async ({ include, tags }) => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
      const result = await axe.run(include ?? document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim() })),
      }));
    },
    { include: options.include ?? null, tags: [...WCAG_22_AA] },
  );
}

/** The violations in plain lines, for an assertion's message. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target}: ${n.summary}`).join('\n')}`)
    .join('\n');
}
