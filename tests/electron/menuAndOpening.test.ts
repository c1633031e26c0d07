import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { PRIVACY_ITEM_LABEL, aboutText, menuTemplate } from '../../electron/menu';
import type { AnalysisRequest } from '../../shared/contract/desktopApi';
import { OpenRequestQueue, mergeWaiting, pathsFromArgv } from '../../electron/openRequests';
import { chosenPaths, openDialogOptions } from '../../electron/openDialog';

function actions() {
  return { open: vi.fn(), openFolder: vi.fn(), openSample: vi.fn(), about: vi.fn(), privacy: vi.fn() };
}

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function click(item: MenuItemConstructorOptions | undefined) {
  (item!.click as () => void)();
}

describe('menu', () => {
  it('has File, Edit, View and Help; File opens an export, the sample, and quits', () => {
    const a = actions();
    const template = menuTemplate({ isMac: false, isPackaged: true, productName: 'LinkedIn AI Exposure' }, a);
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    const items = flatten(template);
    const open = items.find((i) => i.label === 'Open…');
    expect(open?.accelerator).toBe('CmdOrCtrl+O');
    click(open);
    expect(a.open).toHaveBeenCalled();
    click(items.find((i) => i.label === 'Open sample data'));
    expect(a.openSample).toHaveBeenCalled();
    click(items.find((i) => i.label === 'Open folder…'));
    expect(a.openFolder).toHaveBeenCalled();
    expect(items.some((i) => i.role === 'quit')).toBe(true);
    expect(items.map((i) => i.role)).toEqual(expect.arrayContaining(['copy', 'paste', 'cut', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']));
    click(items.find((i) => i.label === PRIVACY_ITEM_LABEL));
    expect(a.privacy).toHaveBeenCalled();
    click(items.find((i) => i.label === 'About LinkedIn AI Exposure'));
    expect(a.about).toHaveBeenCalled();
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isPackaged: boolean) => flatten(menuTemplate({ isMac: false, isPackaged, productName: 'x' }, actions())).map((i) => i.role);
    expect(roles(true)).not.toEqual(expect.arrayContaining(['reload']));
    expect(roles(true)).not.toContain('forceReload');
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });

  it('on macOS has the app menu and one Open for files and folders', () => {
    const template = menuTemplate({ isMac: true, isPackaged: true, productName: 'x' }, actions());
    expect(template[0]!.role).toBe('appMenu');
    expect(flatten(template).some((i) => i.label === 'Open folder…')).toBe(false);
  });

  it('says the version in About', () => {
    expect(aboutText('LinkedIn AI Exposure', '0.1.0').message).toBe('LinkedIn AI Exposure 0.1.0');
  });
});

describe('open dialog', () => {
  it('takes zips and folders together on macOS; zips elsewhere, with folders on their own', () => {
    expect(openDialogOptions('darwin', 'zip-or-folder').properties).toEqual(['openFile', 'openDirectory', 'multiSelections']);
    expect(openDialogOptions('linux', 'zip-or-folder').properties).toEqual(['openFile', 'multiSelections']);
    expect(openDialogOptions('win32', 'zip-or-folder').filters).toEqual([{ name: 'LinkedIn data export (zip, or CSV files from it)', extensions: ['zip', 'csv'] }]);
    expect(openDialogOptions('linux', 'folder').properties).toEqual(['openDirectory', 'multiSelections']);
    expect(chosenPaths({ canceled: true, filePaths: ['/x'] })).toBeNull();
    expect(chosenPaths({ canceled: false, filePaths: [] })).toBeNull();
    expect(chosenPaths({ canceled: false, filePaths: ['/a.zip', '/b.zip'] })).toEqual(['/a.zip', '/b.zip']);
  });
});

describe('opened exports', () => {
  it('reads paths from a command line, skipping the app and switches', () => {
    expect(pathsFromArgv(['/usr/bin/electron', '.', 'export.zip', '--inspect', '/abs/b.zip'], '/home/me', true)).toEqual(['/home/me/export.zip', '/abs/b.zip']);
    expect(pathsFromArgv(['/opt/LinkedIn AI Exposure/app', '/home/me/e.zip', '--no-sandbox'], '/', false)).toEqual(['/home/me/e.zip']);
    expect(pathsFromArgv(['/opt/app'], '/', false)).toEqual([]);
  });

  it('queues requests until the UI is ready, merging paths into one; then sends at once; holds again while it reloads', () => {
    const queue = new OpenRequestQueue();
    const delivered: AnalysisRequest[] = [];
    queue.push({ kind: 'paths', paths: ['/a.zip'] });
    queue.push({ kind: 'paths', paths: [] });
    queue.push({ kind: 'paths', paths: ['/b.zip'] });
    expect(delivered).toEqual([]);
    queue.ready((request) => delivered.push(request));
    expect(delivered).toEqual([{ kind: 'paths', paths: ['/a.zip', '/b.zip'] }]);
    queue.push({ kind: 'paths', paths: ['/c.zip'] });
    expect(delivered.at(-1)).toEqual({ kind: 'paths', paths: ['/c.zip'] });
    queue.notReady();
    queue.push({ kind: 'paths', paths: ['/d.zip'] });
    expect(delivered).toHaveLength(2);
    queue.ready((request) => delivered.push(request));
    expect(delivered.at(-1)).toEqual({ kind: 'paths', paths: ['/d.zip'] });
  });

  it('sends File > Open sample data through the same queue: at once when ready, else when the UI loads', () => {
    const queue = new OpenRequestQueue();
    const delivered: AnalysisRequest[] = [];
    queue.push({ kind: 'sample' });
    queue.ready((request) => delivered.push(request));
    expect(delivered).toEqual([{ kind: 'sample' }]);
    queue.push({ kind: 'sample' });
    expect(delivered).toEqual([{ kind: 'sample' }, { kind: 'sample' }]);
  });

  it('keeps only the latest of waiting requests, except that paths add to waiting paths', () => {
    expect(mergeWaiting(null, { kind: 'sample' })).toEqual({ kind: 'sample' });
    expect(mergeWaiting({ kind: 'paths', paths: ['/a.zip'] }, { kind: 'paths', paths: ['/b.zip'] })).toEqual({ kind: 'paths', paths: ['/a.zip', '/b.zip'] });
    expect(mergeWaiting({ kind: 'paths', paths: ['/a.zip'] }, { kind: 'sample' })).toEqual({ kind: 'sample' });
    expect(mergeWaiting({ kind: 'sample' }, { kind: 'paths', paths: ['/b.zip'] })).toEqual({ kind: 'paths', paths: ['/b.zip'] });
  });
});
