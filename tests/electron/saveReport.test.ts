// Saving writes the document to the path the member chose, and nowhere else (real files).
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveDialogOptions } from 'electron';
import { saveDialogOptions, saveReport, type SaveReportDeps } from '../../electron/saveReport';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lae-save-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function deps(choice: { canceled: boolean; filePath?: string }, pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46])) {
  const seen: SaveDialogOptions[] = [];
  const d: SaveReportDeps = {
    showSaveDialog: vi.fn(async (options: SaveDialogOptions) => {
      seen.push(options);
      return choice;
    }),
    renderPdf: vi.fn(async () => pdf),
    defaultDirectory: '/home/me/Documents',
  };
  return { d, seen };
}

describe('save report', () => {
  it('writes exactly the content to the chosen path, and nothing else', async () => {
    const target = join(dir, 'chosen.md');
    const { d, seen } = deps({ canceled: false, filePath: target });
    const result = await saveReport({ format: 'md', suggestedName: 'linkedin-ai-exposure', content: '# Report\nÄ é 😀\n' }, d);
    expect(result).toEqual({ saved: true, path: target });
    expect(await readFile(target, 'utf8')).toBe('# Report\nÄ é 😀\n');
    expect(await readdir(dir)).toEqual(['chosen.md']);
    expect(seen[0]).toMatchObject({ defaultPath: join('/home/me/Documents', 'linkedin-ai-exposure.md'), filters: [{ extensions: ['md'] }] });
  });

  it('writes nothing when the member cancels', async () => {
    const { d } = deps({ canceled: true });
    expect(await saveReport({ format: 'html', suggestedName: 'report.html', content: '<p>x</p>' }, d)).toEqual({ saved: false, reason: 'cancelled' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('prints a PDF from the HTML on the chosen paper and writes its bytes', async () => {
    const target = join(dir, 'report.pdf');
    const { d } = deps({ canceled: false, filePath: target });
    const result = await saveReport({ format: 'pdf', suggestedName: 'report', content: '<h1>Report</h1>', paper: 'letter' }, d);
    expect(result).toEqual({ saved: true, path: target });
    expect(d.renderPdf).toHaveBeenCalledWith('<h1>Report</h1>', 'letter');
    expect([...(await readFile(target))]).toEqual([0x25, 0x50, 0x44, 0x46]);
  });

  it('refuses an invalid request without asking', async () => {
    const { d } = deps({ canceled: false, filePath: join(dir, 'x') });
    for (const bad of [null, { format: 'exe', suggestedName: 'x', content: '' }, { format: 'md', suggestedName: '../../.bashrc', content: '' }, { format: 'md', suggestedName: 'x', content: 1 }]) {
      expect(await saveReport(bad, d)).toMatchObject({ saved: false, reason: 'failed' });
    }
    expect(d.showSaveDialog).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
  });

  it('says plainly when the file cannot be written', async () => {
    const { d } = deps({ canceled: false, filePath: join(dir, 'no-such-folder', 'report.md') });
    const result = await saveReport({ format: 'md', suggestedName: 'report', content: 'x' }, d);
    expect(result).toMatchObject({ saved: false, reason: 'failed' });
    expect(result.saved === false && result.message).toBe(`The report was not written: the folder ${join(dir, 'no-such-folder')} does not exist. Choose a folder that exists.`);
  });

  it('checks where a PDF goes before printing it: a folder chosen as the file is refused, nothing printed', async () => {
    await mkdir(join(dir, 'reports.pdf'));
    const { d } = deps({ canceled: false, filePath: join(dir, 'reports.pdf') });
    const result = await saveReport({ format: 'pdf', suggestedName: 'r', content: '<p/>' }, d);
    expect(result.saved === false && result.message).toMatch(/is a folder\. Give a file name/);
    expect(d.renderPdf).not.toHaveBeenCalled();
  });

  it('says plainly when the PDF cannot be made, and leaves the file it would replace as it was', async () => {
    await writeFile(join(dir, 'r.pdf'), 'the report saved last week');
    const { d } = deps({ canceled: false, filePath: join(dir, 'r.pdf') });
    vi.mocked(d.renderPdf).mockRejectedValueOnce(new Error('printing failed'));
    const result = await saveReport({ format: 'pdf', suggestedName: 'r', content: '<p/>' }, d);
    expect(result).toMatchObject({ saved: false, reason: 'failed' });
    expect(await readdir(dir)).toEqual(['r.pdf']);
    expect(await readFile(join(dir, 'r.pdf'), 'utf8')).toBe('the report saved last week');
  });

  it('on a full disk says so, and leaves nothing (a device is written as it is)', async () => {
    const { d } = deps({ canceled: false, filePath: '/dev/full' });
    const result = await saveReport({ format: 'md', suggestedName: 'r', content: 'x'.repeat(100_000) }, d);
    expect(result.saved === false && result.message).toMatch(/^The report was not written: the disk is full \(ENOSPC\)/);
  });

  it('offers a filter for each format and keeps an extension already given', () => {
    expect(saveDialogOptions({ format: 'csv', suggestedName: 'files.csv', content: '' }, '/d').defaultPath).toBe(join('/d', 'files.csv'));
    expect(saveDialogOptions({ format: 'json', suggestedName: 'r', content: '' }, '/d').filters).toEqual([{ name: 'JSON data', extensions: ['json'] }]);
    expect(saveDialogOptions({ format: 'pdf', suggestedName: 'r', content: '' }, '/d').properties).toContain('showOverwriteConfirmation');
  });
});
