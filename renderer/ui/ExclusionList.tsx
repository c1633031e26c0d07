// What the sources say LinkedIn never uses, each statement with its sources (the guide and the
// overview both list them).

import { EXCLUSIONS, STATEMENTS } from '../../shared/policy/policyModel';
import { Cited } from './Citation';

export function ExclusionList({ testId }: { testId?: string }) {
  return (
    <ul className="plain-list" data-testid={testId}>
      {EXCLUSIONS.map((id) => (
        <li key={id}>
          <Cited statement={STATEMENTS[id]} />
        </li>
      ))}
    </ul>
  );
}
