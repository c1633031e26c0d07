// Downloads the web app starts (reports, the objection letter), caught by playwright-core and read back.

import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/** Clicks `click` and returns the download it starts, with its saved content. */
export async function downloadOf(page: Page, click: () => Promise<void>): Promise<{ name: string; content: string }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  return { name: download.suggestedFilename(), content: await readFile((await download.path())!, 'utf8') };
}
