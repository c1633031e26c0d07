// The explorer's virtualized table: only the rows in view exist in the DOM, so 300,000 items
// scroll smoothly. Each row shows the item's exposure (worked out once per settings change with
// the shared rule) and opens the item whole in the detail pane.

import { useRef } from 'react';
import { observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import type { ExposureClass, ItemExposure } from '../../shared/analysis/exposure';
import { catalogEntryById } from '../../shared/catalog/fileCatalog';
import { POSSIBLE_REASON_INFO } from '../../shared/policy/policyModel';
import type { ExportScan } from '../../shared/scan/scanTypes';
import { EXPOSURE_LABELS, type ExposureKey } from '../../charts/exposurePatterns';
import { formatCount, formatDay, type DateStyle } from '../../shared/text/format';
import { excerptOf } from '../../shared/text/words';
import type { ExplorerIndex, SortDirection, SortKey } from './explorerRows';

const ROW_HEIGHT = 52;

const EXPOSURE_KEY: Readonly<Record<ExposureClass, ExposureKey>> = { exposed: 'exposed', 'possibly-exposed': 'possiblyExposed', 'not-exposed': 'notExposed' };

/** "Possibly exposed (undated)": the class in the shared words, and why when only possibly. */
export function exposureText(result: ItemExposure): { key: ExposureKey; label: string; why: string | null } {
  const key = EXPOSURE_KEY[result.cls];
  if (result.cls !== 'possibly-exposed') return { key, label: EXPOSURE_LABELS[key], why: null };
  const info = POSSIBLE_REASON_INFO[result.reason];
  return { key, label: `${EXPOSURE_LABELS[key]} (${info.label})`, why: `Possibly exposed because ${info.explanation}.` };
}

export interface ExplorerTableProps {
  readonly scan: ExportScan;
  readonly index: ExplorerIndex;
  readonly rows: Int32Array;
  readonly exposures: readonly ItemExposure[];
  readonly selected: number | null;
  readonly onSelect: (item: number) => void;
  readonly style: DateStyle;
  readonly sort: SortKey;
  readonly direction: SortDirection;
  readonly onSort: (key: SortKey) => void;
}

/** Where nothing is laid out (tests), assume a window-sized viewport. */
function observeRect(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: { width: number; height: number }) => void) {
  if (typeof ResizeObserver === 'undefined') {
    cb({ width: 900, height: 600 });
    return undefined;
  }
  return observeElementRect(instance, cb);
}

export function ExplorerTable({ scan, index, rows, exposures, selected, onSelect, style, sort, direction, onSort }: ExplorerTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    observeElementRect: observeRect,
  });
  const rules = new Map<number, ReturnType<typeof catalogEntryById>>();
  const entryOf = (file: number) => {
    let entry = rules.get(file);
    if (!entry) {
      entry = catalogEntryById(scan.files[file]!.catalogId!);
      rules.set(file, entry);
    }
    return entry;
  };
  const sortButton = (key: SortKey, label: string) => (
    <button type="button" className="sort-button" onClick={() => onSort(key)} data-testid={`sort-${key}`}>
      {label}
      <span aria-hidden="true">{sort === key ? (direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
    </button>
  );
  const items = index.items;
  return (
    <div className="explorer-table" role="table" aria-label="Your items" aria-rowcount={rows.length + 1} data-testid="explorer-table">
      <div role="rowgroup" className="explorer-head">
        <div role="row" aria-rowindex={1} className="explorer-row">
          <span role="columnheader" className="col-date" aria-sort={sort === 'date' ? direction : 'none'}>
            {sortButton('date', 'Date')}
          </span>
          <span role="columnheader" className="col-kind">
            Kind
          </span>
          <span role="columnheader" className="col-words numeric" aria-sort={sort === 'words' ? direction : 'none'}>
            {sortButton('words', 'Words')}
          </span>
          <span role="columnheader" className="col-text">
            Text (choose one to read it whole)
          </span>
          <span role="columnheader" className="col-exposure">
            Exposure
          </span>
        </div>
      </div>
      {/* The rows' group is the box that scrolls: focusable, so the keyboard scrolls it; inside a table only rows and row groups may have a role. */}
      <div ref={scroller} role="rowgroup" className="explorer-scroll" tabIndex={0} aria-label="Items, scrollable" data-testid="explorer-scroll">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((virtual) => {
            const i = rows[virtual.index]!;
            const file = items.file(i);
            const entry = entryOf(file);
            const day = items.day(i);
            const text = items.text(i);
            const exposure = exposureText(exposures[i]!);
            return (
              <div
                key={virtual.key}
                role="row"
                aria-rowindex={virtual.index + 2}
                className={i === selected ? 'explorer-row is-selected' : 'explorer-row'}
                data-testid="explorer-row"
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${virtual.start}px)` }}
              >
                <span role="cell" className="col-date">
                  {formatDay(day, style)}
                </span>
                <span role="cell" className="col-kind">
                  {entry.label}
                </span>
                <span role="cell" className="col-words numeric">
                  {formatCount(items.words(i))}
                </span>
                <span role="cell" className="col-text">
                  <button type="button" className="item-open" onClick={() => onSelect(i)} aria-controls="explorer-detail" aria-current={i === selected ? 'true' : undefined} data-testid="explorer-open">
                    {excerptOf(text) || <span className="muted">(no text)</span>}
                  </button>
                </span>
                <span role="cell" className={`col-exposure exposure-${exposure.key}`} title={exposure.why ?? undefined}>
                  <span className={`mark mark-${exposure.key}`} aria-hidden="true" /> {exposure.label}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
