// The verdict's opening, as the overview states it: the sample note, the headline and the
// verdict's lines, each with its sources. The reading screen shows the same, from the partial
// analysis, under its own test ids (`idPrefix`), while the rest of the export is read.

import type { Verdict } from '../../shared/report/verdict';
import { VERDICT_LINES } from '../../shared/report/verdict';
import { Citation } from '../ui/Citation';

export interface VerdictStatementProps {
  readonly verdict: Verdict;
  /** Prefixes every test id: '' on the overview. */
  readonly idPrefix?: string;
}

export function VerdictStatement({ verdict, idPrefix = '' }: VerdictStatementProps) {
  return (
    <>
      {verdict.sample && (
        <p className="sample-note" data-testid={`${idPrefix}sample-note`}>
          {verdict.sample.text}
        </p>
      )}
      <p className="headline" data-testid={`${idPrefix}headline`}>
        <span data-testid={`${idPrefix}headline-text`}>{verdict.headline.text}</span>
        <Citation sources={verdict.headline.sources} />
      </p>
      <ul className="verdict-lines">
        {VERDICT_LINES.filter((key) => key !== 'sample' && key !== 'minors' && key !== 'cannotKnow').map((key) => {
          const line = verdict[key];
          return line ? (
            <li key={key} data-testid={`${idPrefix}verdict-${key}`}>
              <span data-testid={`${idPrefix}verdict-text`}>{line.text}</span>
              <Citation sources={line.sources} />
            </li>
          ) : null;
        })}
      </ul>
    </>
  );
}
