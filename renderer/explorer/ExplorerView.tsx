// The member's own items (posts, comments, messages they sent…): filtered by category and by
// exposure class, searchable, sortable by date or words, with each item's exposure; a chosen item
// is shown whole in a detail pane. Says what it counts: the items with text the member wrote, a
// part of what the overview counts.

import { useDeferredValue, useId, useMemo, useState } from 'react';
import { exposureFrame, type ExposureClass } from '../../shared/analysis/exposure';
import { EXPOSURE_LABELS, dateStyleOf } from '../../shared/report/wording';
import { CATEGORIES, type CategoryId } from '../../shared/policy/policyModel';
import type { ViewProps } from '../app/viewProps';
import type { ItemStore } from '../host/itemStore';
import { formatCount } from '../../shared/text/format';
import { EXPOSURE_CLASSES, categoryCounts, classCounts, explorerIndex, explorerRows, itemExposures, type SortDirection, type SortKey } from './explorerRows';
import { ExplorerTable } from './ExplorerTable';
import { ItemDetail } from './ItemDetail';

const CLASS_LABEL: Readonly<Record<ExposureClass, string>> = {
  exposed: EXPOSURE_LABELS.exposed,
  'possibly-exposed': EXPOSURE_LABELS.possiblyExposed,
  'not-exposed': EXPOSURE_LABELS.notExposed,
};

/** The items may still be crossing from the reader when the results show (renderer/host/workerHost.ts). */
export function ExplorerView(props: ViewProps) {
  if (props.items === null) {
    return (
      <p className="view-intro" role="status" data-testid="explorer-loading">
        Loading your items…
      </p>
    );
  }
  return <ItemsExplorer {...props} items={props.items} />;
}

function ItemsExplorer({ scan, items, analysis }: ViewProps & { readonly items: ItemStore }) {
  const searchId = useId();
  const categoryId = useId();
  const exposureId = useId();
  const index = useMemo(() => explorerIndex(scan, items), [scan, items]);
  const counts = useMemo(() => categoryCounts(index), [index]);
  const available = CATEGORIES.filter((c) => counts.has(c.id));
  const [category, setCategory] = useState<CategoryId | 'all'>(() => (counts.has('posts') ? 'posts' : 'all'));
  const [exposure, setExposure] = useState<ExposureClass | 'all'>('all');
  const [selected, setSelected] = useState<number | null>(null);
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<SortKey>('date');
  const [direction, setDirection] = useState<SortDirection>('descending');
  const deferredSearch = useDeferredValue(search);
  const { region, optedOut, adultFrom, asOf, existedBy } = analysis.policy;
  const exposures = useMemo(() => itemExposures(scan, index, exposureFrame({ region, optedOut, adultFrom, asOf }, existedBy)), [scan, index, region, optedOut, adultFrom, asOf, existedBy]);
  const rows = useMemo(
    () => explorerRows(index, { category, exposure, exposures, search: deferredSearch, sort, direction }),
    [index, category, exposure, exposures, deferredSearch, sort, direction],
  );
  const inCategory = category === 'all' ? items.count : (counts.get(category) ?? 0);
  const byClass = useMemo(() => classCounts(exposures, index, category), [exposures, index, category]);
  const categoryLabel = CATEGORIES.find((c) => c.id === category)?.label ?? '';
  const overviewItems = category === 'all' ? analysis.totals.items : (analysis.categories.find((c) => c.id === category)?.items ?? 0);
  const onSort = (key: SortKey) => {
    if (key === sort) setDirection(direction === 'ascending' ? 'descending' : 'ascending');
    else {
      setSort(key);
      setDirection('descending');
    }
  };

  // Private messages whose sender is never the member are not listed as theirs: say why.
  const ownerUnknown = scan.files.flatMap((f) => f.problems).find((p) => p.code === 'message-owner-unknown');
  const ownerNote = ownerUnknown && (
    <p className="view-intro" data-testid="explorer-owner-unknown">
      Private messages: {ownerUnknown.message}
    </p>
  );
  if (items.count === 0) {
    return (
      <>
        <p className="empty">Your export holds none of your own written items (posts, comments, messages you sent) to list here.</p>
        {ownerNote}
      </>
    );
  }
  return (
    <div className="explorer">
      <p className="view-intro">
        What you wrote, as it is in your export: each item's date, words and exposure under your current settings; choose one to read it whole. Nothing
        here leaves this computer.
      </p>
      <p className="view-intro" data-testid="explorer-scope">
        Listed: the {formatCount(items.count)} items with text you wrote yourself (posts, comments, messages you sent…). The overview counts{' '}
        {formatCount(analysis.totals.items)} items in all: it also counts what holds no text of yours (logins, connections, reactions, messages
        others sent, settings), so its figures are larger.
        {category !== 'all' && overviewItems !== inCategory && ` In ${categoryLabel}, the overview counts ${formatCount(overviewItems)}; ${formatCount(inCategory)} hold text of yours.`}
      </p>
      {ownerNote}
      <div className="explorer-controls">
        <div className="control">
          <label htmlFor={categoryId} className="control-label">
            Category
          </label>
          <select id={categoryId} value={category} onChange={(e) => setCategory(e.target.value as CategoryId | 'all')} data-testid="explorer-category">
            <option value="all">All categories ({formatCount(items.count)})</option>
            {available.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label} ({formatCount(counts.get(c.id) ?? 0)})
              </option>
            ))}
          </select>
        </div>
        <div className="control">
          <label htmlFor={exposureId} className="control-label">
            Exposure
          </label>
          <select id={exposureId} value={exposure} onChange={(e) => setExposure(e.target.value as ExposureClass | 'all')} data-testid="explorer-exposure">
            <option value="all">All ({formatCount(inCategory)})</option>
            {EXPOSURE_CLASSES.map((cls) => (
              <option key={cls} value={cls}>
                {CLASS_LABEL[cls]} ({formatCount(byClass[cls])})
              </option>
            ))}
          </select>
        </div>
        <div className="control grow">
          <label htmlFor={searchId} className="control-label">
            Search the text
          </label>
          <input id={searchId} type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Words to find" data-testid="explorer-search" />
        </div>
      </div>
      <p className="explorer-count" role="status" data-testid="explorer-count">
        Showing {formatCount(rows.length)} of {formatCount(inCategory)} items
        {exposure !== 'all' ? ` ${CLASS_LABEL[exposure].toLowerCase()}` : ''}
        {deferredSearch.trim() ? ` containing “${deferredSearch.trim()}”` : ''}
.
      </p>
      <div className="explorer-body">
        <ExplorerTable
          scan={scan}
          index={index}
          rows={rows}
          exposures={exposures}
          selected={selected}
          onSelect={setSelected}
          style={dateStyleOf(region)}
          sort={sort}
          direction={direction}
          onSort={onSort}
        />
        <ItemDetail scan={scan} items={items} item={selected} exposure={selected === null ? null : exposures[selected]!} style={dateStyleOf(region)} />
      </div>
    </div>
  );
}
