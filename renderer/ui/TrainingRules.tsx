// What the sources say about a category's data in the member's region: each rule with its
// status and period, its statement and the statement's sources.

import type { TrainingBasis } from '../../shared/analysis/buildAnalysis';
import { STATEMENTS } from '../../shared/policy/policyModel';
import { ruleHeading } from '../../shared/report/citations';
import type { DateStyle } from '../../shared/text/format';
import { Cited } from './Citation';

export function TrainingRules({ training, style }: { training: TrainingBasis; style: DateStyle }) {
  return (
    <ul className="rules" data-testid="training-rules">
      {training.rules.map((rule) => (
        <li key={`${rule.statement}-${rule.from ?? ''}`}>
          <strong>{ruleHeading(rule, style)}:</strong> <Cited statement={STATEMENTS[rule.statement]} />
          {rule.note && (
            <>
              {' '}
              <Cited statement={STATEMENTS[rule.note]} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
