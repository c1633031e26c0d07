// In a browser, "Open" is two file inputs: zips or CSV files taken out of an export (several at
// once), or one unpacked folder.

import { useEffect, useRef, type ChangeEvent } from 'react';
import type { AnalysisHost, ExportSelection } from '../host/analysisHost';

export interface BrowserFilePickersProps {
  readonly host: AnalysisHost;
  readonly onStart: (selection: ExportSelection | null) => void;
}

export function BrowserFilePickers({ host, onStart }: BrowserFilePickersProps) {
  const zipInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Not in React's attribute types; Chromium, Firefox and Safari all support it.
    folderInput.current?.setAttribute('webkitdirectory', '');
  }, []);
  const picked = (as: 'files' | 'folder') => (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length > 0) onStart(host.selectionFromPicked(files, as));
  };
  return (
    <>
      <button type="button" className="button primary" onClick={() => zipInput.current?.click()}>
        Open zip or CSV files…
      </button>
      <button type="button" className="button" onClick={() => folderInput.current?.click()}>
        Open a folder…
      </button>
      <input ref={zipInput} type="file" accept=".zip,application/zip,.csv,text/csv" multiple hidden onChange={picked('files')} data-testid="zip-input" />
      <input ref={folderInput} type="file" hidden onChange={picked('folder')} data-testid="folder-input" />
    </>
  );
}
