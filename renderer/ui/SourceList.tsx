// The sources behind a statement, as the policy model names them.

import { SOURCES, type SourceId } from '../../shared/policy/policyModel';
import { formatDate } from '../../shared/text/format';

export function SourceList({ sources, label = 'Sources' }: { sources: readonly SourceId[]; label?: string }) {
  if (sources.length === 0) return null;
  return (
    <div className="sources">
      <span className="sources-label">{label}:</span>
      <ul>
        {sources.map((id) => {
          const source = SOURCES[id];
          return (
            <li key={id}>
              {source.title} — {source.publisher}, {formatDate(source.date)} <span className="muted">({source.reference})</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
