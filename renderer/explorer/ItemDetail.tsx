// The item chosen in the explorer, whole: its date, kind, words, exposure (and why, when only
// possibly) and its full text, line breaks kept. Shown in the page only.

import { useEffect, useRef } from 'react';
import type { ItemExposure } from '../../shared/analysis/exposure';
import { catalogEntryById } from '../../shared/catalog/fileCatalog';
import type { ExportScan } from '../../shared/scan/scanTypes';
import { formatCount, formatDay, type DateStyle } from '../../shared/text/format';
import type { ItemStore } from '../host/itemStore';
import { exposureText } from './ExplorerTable';

export interface ItemDetailProps {
  readonly scan: ExportScan;
  readonly items: ItemStore;
  readonly item: number | null;
  readonly exposure: ItemExposure | null;
  readonly style: DateStyle;
}

export function ItemDetail({ scan, items, item, exposure, style }: ItemDetailProps) {
  const pane = useRef<HTMLElement>(null);
  // The pane is under the list: bring it into view when an item is chosen (jsdom has no scrolling).
  useEffect(() => {
    if (item !== null && typeof pane.current?.scrollIntoView === 'function') pane.current.scrollIntoView({ block: 'nearest' });
  }, [item]);
  if (item === null || exposure === null) {
    return (
      <section ref={pane} id="explorer-detail" className="item-detail" aria-label="The chosen item" data-testid="explorer-detail">
        <p className="muted">Choose an item&rsquo;s text in the list to read it here in full.</p>
      </section>
    );
  }
  const file = scan.files[items.file(item)]!;
  const entry = catalogEntryById(file.catalogId!);
  const shown = exposureText(exposure);
  const text = items.text(item);
  return (
    <section ref={pane} id="explorer-detail" className="item-detail" aria-label="The chosen item" aria-live="polite" data-testid="explorer-detail">
      <dl className="item-facts">
        <div>
          <dt>Date</dt>
          <dd>{formatDay(items.day(item), style)}</dd>
        </div>
        <div>
          <dt>Kind</dt>
          <dd>
            {entry.label} <span className="muted">({file.path})</span>
          </dd>
        </div>
        <div>
          <dt>Words</dt>
          <dd>{formatCount(items.words(item))}</dd>
        </div>
        <div>
          <dt>Exposure</dt>
          <dd>
            <span className={`mark mark-${shown.key}`} aria-hidden="true" /> {shown.label}
            {shown.why && <span className="muted"> {shown.why}</span>}
          </dd>
        </div>
      </dl>
      <div className="item-text" role="region" tabIndex={0} aria-label="The item's text" data-testid="explorer-detail-text">
        {text || <span className="muted">(no text)</span>}
      </div>
    </section>
  );
}
