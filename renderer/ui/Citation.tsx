// A statement about LinkedIn's practice with its sources beside it: the reference the policy doc
// gives, a link where it gives the address (opened through the host, on a click).

import { createContext, useContext } from 'react';
import { SOURCES, type SourceId } from '../../shared/policy/policyModel';
import type { ReportStatement } from '../../shared/report/reportJson';

/** How a source's address is opened: the host's openLinkedIn (LinkedIn pages only, on a click). */
export const SourceOpener = createContext<(url: string) => void>(() => undefined);

/** A source by the reference the policy doc gives: a link where it gives the address. */
export function SourceLink({ id }: { id: SourceId }) {
  const open = useContext(SourceOpener);
  const source = SOURCES[id];
  if (!source.url) return <span title={`${source.title} (${source.publisher})`}>{source.reference}</span>;
  const url = source.url;
  return (
    <a
      href={url}
      title={source.title}
      onClick={(event) => {
        event.preventDefault();
        open(url);
      }}
    >
      {source.reference}
    </a>
  );
}

export function Citation({ sources }: { sources: readonly SourceId[] }) {
  if (sources.length === 0) return null;
  return (
    <span className="cite" data-testid="citation">
      {' ['}
      {sources.map((id, i) => (
        <span key={id}>
          {i > 0 && '; '}
          <SourceLink id={id} />
        </span>
      ))}
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
