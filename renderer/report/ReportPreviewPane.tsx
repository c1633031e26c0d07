// The export dialog's preview box: the start of the report as it will be saved. A page (HTML,
// PDF) goes into a shadow root, so the report's style sheet and the app's never meet; text
// formats show their first lines as they are.

import { useLayoutEffect, useRef } from 'react';
import { formatCount } from '../../shared/text/format';
import type { ReportPreview } from './reportPreview';

/** The page on white, as printed; the report's own style sheet does the rest. */
const PAGE_FRAME = ':host { display: block; } .report-page { background: #fff; margin: 0; max-width: none; padding: 1rem 1.25rem; }';

function PagePreview({ preview }: { preview: Extract<ReportPreview, { kind: 'page' }> }) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = host.current;
    if (!element) return;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = `${preview.style}\n${PAGE_FRAME}`;
    const page = document.createElement('div');
    page.className = 'report-page';
    page.append(preview.body.cloneNode(true));
    root.replaceChildren(style, page);
  }, [preview]);
  return <div ref={host} className="report-preview-page" data-testid="report-preview-page" />;
}

export interface ReportPreviewPaneProps {
  readonly preview: ReportPreview | null;
  readonly busy: boolean;
  readonly labelId: string;
}

export function ReportPreviewPane({ preview, busy, labelId }: ReportPreviewPaneProps) {
  const extent =
    preview === null
      ? ''
      : preview.kind === 'page'
        ? preview.sections.total > 1
          ? `The opening and the first of its ${formatCount(preview.sections.total)} sections.`
          : 'The whole report.'
        : preview.lines.total > preview.lines.shown
          ? `The first ${formatCount(preview.lines.shown)} of ${formatCount(preview.lines.total)} lines.`
          : `All ${formatCount(preview.lines.total)} lines.`;
  return (
    <div className="report-preview" aria-busy={busy}>
      <p className="report-preview-extent">
        <span className="report-preview-status" role="status" data-testid="report-preview-status">
          {busy ? 'Preparing the preview…' : extent}
        </span>
      </p>
      {/* Scrolls, so it takes focus: the keyboard can scroll it too. */}
      <div className={`report-preview-box${busy ? ' is-stale' : ''}`} role="region" aria-labelledby={labelId} tabIndex={0} data-testid="report-preview">
        {preview?.kind === 'page' && <PagePreview preview={preview} />}
        {preview?.kind === 'text' && <pre className="report-preview-text">{preview.text}</pre>}
      </div>
    </div>
  );
}
