// The member's own items (posts, comments, messages they sent…) per category: searchable,
// sortable by date or words, with each item's exposure.

import { useDeferredValue, useId, useMemo, useState } from 'react';
import { exposureFrame } from '../../shared/analysis/exposure';
import { dateStyleOf } from '../../shared/report/wording';
import { CATEGORIES, type CategoryId } from '../../shared/policy/policyModel';
import type { ViewProps } from '../app/viewProps';
import { formatCount } from '../../shared/text/format';
import { categoryCounts, explorerIndex, explorerRows, type SortDirection, type SortKey } from './explorerRows';
import { ExplorerTable } from './ExplorerTable';

export function ExplorerView({ scan, items, analysis }: ViewProps) {
  const searchId = useId();
  const categoryId = useId();
  const index = useMemo(() => explorerIndex(scan, items), [scan, items]);
  const counts = useMemo(() => categoryCounts(index), [index]);
  const available = CATEGORIES.filter((c) => counts.has(c.id));
  const [category, setCategory] = useState<CategoryId | 'all'>(() => (counts.has('posts') ? 'posts' : 'all'));
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<SortKey>('date');
  const [direction, setDirection] = useState<SortDirection>('descending');
  const deferredSearch = useDeferredValue(search);
  const rows = useMemo(() => explorerRows(index, { category, search: deferredSearch, sort, direction }), [index, category, deferredSearch, sort, direction]);
  const { region, optedOut, adultFrom, asOf, existedBy } = analysis.policy;
  const frame = useMemo(() => exposureFrame({ region, optedOut, adultFrom, asOf }, existedBy), [region, optedOut, adultFrom, asOf, existedBy]);
  const inCategory = category === 'all' ? items.count : (counts.get(category) ?? 0);
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
        What you wrote, as it is in your export: the first words of each item, its date and its exposure under your current settings. Nothing here leaves
        this computer.
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
        <div className="control grow">
          <label htmlFor={searchId} className="control-label">
            Search the text
          </label>
          <input id={searchId} type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Words to find" data-testid="explorer-search" />
        </div>
      </div>
      <p className="explorer-count" role="status" data-testid="explorer-count">
        Showing {formatCount(rows.length)} of {formatCount(inCategory)} items
        {deferredSearch.trim() ? ` containing “${deferredSearch.trim()}”` : ''}.
      </p>
      <ExplorerTable scan={scan} index={index} rows={rows} frame={frame} style={dateStyleOf(region)} sort={sort} direction={direction} onSort={onSort} />
    </div>
  );
}
