// The sources behind a view, listed in full: title, publisher, date, and the reference (a link
// where the policy doc gives the address).

import { SOURCES, type SourceId } from '../../shared/policy/policyModel';
import { formatDate, type DateStyle } from '../../shared/text/format';
import { SourceLink } from './Citation';

export function SourceList({ sources, style, label = 'Sources' }: { sources: readonly SourceId[]; style: DateStyle; label?: string }) {
  if (sources.length === 0) return null;
  return (
    <div className="sources" data-testid="source-list">
      <span className="sources-label">{label}:</span>
      <ul>
        {[...new Set(sources)].map((id) => (
          <li key={id}>
            {SOURCES[id].title} — {SOURCES[id].publisher}, {formatDate(SOURCES[id].date, style)} (<SourceLink id={id} />)
          </li>
        ))}
      </ul>
    </div>
  );
}
