// The first screen: drop or open the export, or try the built-in sample. Says up front that
// nothing leaves the computer.

import { useEffect, useRef } from 'react';
import type { AnalysisHost, ExportSelection } from '../host/analysisHost';
import type { ThemeState } from '../app/theme';
import { ThemePicker } from '../ui/ThemePicker';
import { DropZone } from './DropZone';
import { BrowserFilePickers } from './BrowserFilePickers';

export interface HomeScreenProps {
  readonly host: AnalysisHost;
  readonly notice: string | null;
  readonly onStart: (selection: ExportSelection | null) => void;
  readonly theme: ThemeState;
}

export const PRIVACY_SENTENCE = 'Your export is read on this computer; nothing is uploaded.';

export function HomeScreen({ host, notice, onStart, theme }: HomeScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const openDialog = host.openDialog;
  return (
    <div className="home">
      <header className="home-header">
        <span className="app-name">LinkedIn AI exposure</span>
        <ThemePicker theme={theme} />
      </header>
      <main className="home-main">
        <h1 ref={heading} tabIndex={-1}>
          How much of your LinkedIn data could have trained its AI?
        </h1>
        <p className="lead">
          Open the data export LinkedIn sent you. The app sorts what is in it and shows which parts fall in categories LinkedIn says it uses to train
          generative AI, for your region and opt-out date.
        </p>
        <DropZone onDrop={(items) => void host.selectionFromDrop(items).then(onStart)}>
          <div className="drop-zone-inner">
            <svg className="drop-icon" width="48" height="48" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
              <path d="M24 6v24m0 0-9-9m9 9 9-9M8 32v6a4 4 0 0 0 4 4h24a4 4 0 0 0 4-4v-6" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            <p className="drop-title">Drop your export here</p>
            <p className="drop-hint">The zip files (Basic and Complete together), the folder you unpacked them into, or CSV files from it.</p>
            <div className="drop-actions">
              {openDialog ? (
                <button type="button" className="button primary" onClick={() => void openDialog().then((s) => s && onStart(s))}>
                  Open export…
                </button>
              ) : (
                <BrowserFilePickers host={host} onStart={onStart} />
              )}
              <button type="button" className="button" onClick={() => onStart({ kind: 'sample' })}>
                Try it with sample data
              </button>
            </div>
          </div>
        </DropZone>
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        <p className="privacy">
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M4 7V5a4 4 0 0 1 8 0v2m-9 0h10v7H3z" fill="none" stroke="currentColor" strokeWidth="1.5" />
          </svg>
          {PRIVACY_SENTENCE}
        </p>
        <details className="how-to">
          <summary>Where do I get my export?</summary>
          <p>
            On LinkedIn: Me → Settings &amp; Privacy → Data privacy → Get a copy of your data. LinkedIn e-mails a link to the Basic archive within minutes and to
            the Complete archive (posts, comments, reactions, logins) within about a day. Open both together.
          </p>
        </details>
      </main>
    </div>
  );
}
