// Runtime: Electron main. The "open your export" dialog. macOS's dialog takes files and folders
// at once; on Windows and Linux a dialog is one or the other (asking for both shows a folder
// picker, where a zip cannot be chosen), so there it picks zips (or CSV files taken out of an
// export) and folders have their own item.

import type { OpenDialogOptions } from 'electron';

export type OpenTarget = 'zip-or-folder' | 'folder';

export function openDialogOptions(platform: NodeJS.Platform, target: OpenTarget): OpenDialogOptions {
  const zips = { name: 'LinkedIn data export (zip, or CSV files from it)', extensions: ['zip', 'csv'] };
  if (target === 'folder') {
    return { title: 'Open your unpacked LinkedIn data export', properties: ['openDirectory', 'multiSelections'] };
  }
  const properties: OpenDialogOptions['properties'] = platform === 'darwin' ? ['openFile', 'openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'];
  return { title: 'Open your LinkedIn data export', properties, filters: [zips] };
}

/** The chosen paths, or null when the member closed the dialog. */
export function chosenPaths(result: { canceled: boolean; filePaths: string[] }): string[] | null {
  return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
}
