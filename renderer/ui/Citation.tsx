// A statement about LinkedIn's practice with its sources beside it: the reference the policy doc
// gives, a link where it gives the address (opened through the host, on a click).

import { createContext, useContext } from 'react';
import { SOURCES, type SourceId } from '../../shared/policy/policyModel';
import type { ReportStatement } from '../../shared/report/reportJson';

/** How a source's address is opened: the host's openLinkedIn (LinkedIn pages only, on a click). */
export const SourceOpener = createContext<(url: string) => void>(() => undefined);

export function Citation({ sources }: { sources: readonly SourceId[] }) {
  const open = useContext(SourceOpener);
  if (sources.length === 0) return null;
  return (
    <span className="cite" data-testid="citation">
      {' ['}
      {sources.map((id, i) => {
        const source = SOURCES[id];
        return (
          <span key={id}>
            {i > 0 && '; '}
            {source.url ? (
              <a
                href={source.url}
                title={source.title}
                onClick={(event) => {
                  event.preventDefault();
                  open(source.url!);
                }}
              >
                {source.reference}
              </a>
            ) : (
              <span title={`${source.title} (${source.publisher})`}>{source.reference}</span>
            )}
          </span>
        );
      })}
      {']'}
    </span>
  );
}

/** A sentence and its sources. */
export function Cited({ statement }: { statement: ReportStatement }) {
  return (
    <>
      {statement.text}
      <Citation sources={statement.sources} />
    </>
  );
}
