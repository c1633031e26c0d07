// The sources behind a section, listed in full (title, publisher, date, reference, link).

import { useContext } from 'react';
import { SOURCES, type SourceId } from '../../shared/policy/policyModel';
import { formatDate, type DateStyle } from '../../shared/text/format';
import { SourceOpener } from './Citation';

export function SourceList({ sources, style, label = 'Sources' }: { sources: readonly SourceId[]; style: DateStyle; label?: string }) {
  const open = useContext(SourceOpener);
  if (sources.length === 0) return null;
  return (
    <div className="sources" data-testid="source-list">
      <span className="sources-label">{label}:</span>
      <ul>
        {[...new Set(sources)].map((id) => {
          const source = SOURCES[id];
          return (
            <li key={id}>
              {source.title} — {source.publisher}, {formatDate(source.date, style)}{' '}
              {source.url ? (
                <a
                  href={source.url}
                  onClick={(event) => {
                    event.preventDefault();
                    open(source.url!);
                  }}
                >
                  ({source.reference})
                </a>
              ) : (
                <span className="muted">({source.reference})</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
