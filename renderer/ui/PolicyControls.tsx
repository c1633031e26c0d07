// The region selector and the opt-out date: in the toolbar and again in the opt-out guide.
// Both edit the same app state, so the figures everywhere change at once.

import { useEffect, useId, useState } from 'react';
import { REGIONS, type RegionId } from '../../shared/policy/policyModel';
import { parseOptOut, type PolicySettings } from '../app/policySettings';

export interface PolicyControlsProps {
  readonly policy: PolicySettings;
  readonly onChange: (policy: PolicySettings) => void;
  readonly asOf: string;
  readonly compact?: boolean;
}

export function RegionSelect({ policy, onChange, compact }: PolicyControlsProps) {
  const id = useId();
  return (
    <div className={`control${compact ? ' compact' : ''}`}>
      <label htmlFor={id} className="control-label">
        Your region
      </label>
      <select id={id} value={policy.region} onChange={(e) => onChange({ ...policy, region: e.target.value as RegionId })} data-testid="region-select">
        {REGIONS.map((r) => (
          <option key={r.id} value={r.id}>
            {r.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function OptOutInput({ policy, onChange, asOf, compact }: PolicyControlsProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const [text, setText] = useState(policy.optedOut ?? '');
  const [error, setError] = useState<string | null>(null);
  // Another copy of this control (toolbar or guide) may have changed the date.
  useEffect(() => {
    setText(policy.optedOut ?? '');
    setError(null);
  }, [policy.optedOut]);
  const apply = (value: string) => {
    setText(value);
    const parsed = parseOptOut(value, asOf);
    if (parsed.ok) {
      setError(null);
      if (parsed.optedOut !== policy.optedOut) onChange({ ...policy, optedOut: parsed.optedOut });
    } else {
      setError(parsed.message);
    }
  };
  return (
    <div className={`control${compact ? ' compact' : ''}`}>
      <label htmlFor={id} className="control-label">
        Opted out on
      </label>
      <span className="control-row">
        <input
          id={id}
          type="date"
          value={text}
          max={asOf}
          min="2000-01-01"
          onChange={(e) => apply(e.target.value)}
          aria-describedby={hintId}
          aria-invalid={error !== null}
          data-testid="optout-input"
        />
        {policy.optedOut !== null && (
          <button type="button" className="button small" onClick={() => apply('')} aria-label="Clear the opt-out date (not opted out)">
            Clear
          </button>
        )}
      </span>
      <span id={hintId} className={error ? 'control-error' : 'control-hint'}>
        {error ?? (policy.optedOut === null ? 'Empty: not opted out yet' : 'Counted up to this day')}
      </span>
    </div>
  );
}
