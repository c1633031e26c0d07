// The member's settings: region, opt-out ("I have not opted out", "I opted out today", or a
// day) and, for members who were under 18 for part of the time, the day they turned 18. In the
// toolbar and again in the opt-out guide and the overview; every copy edits the same app state,
// so the figures everywhere change at once. Days are typed and shown in the region's own form.

import { useEffect, useId, useState } from 'react';
import { REGIONS, regionById, type RegionId } from '../../shared/policy/policyModel';
import { formatDate } from '../../shared/text/format';
import { dayExample, parseDayText, parseOptOut, type PolicySettings } from '../app/policySettings';

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

type OptOutChoice = 'none' | 'today' | 'date';

function choiceOf(optedOut: string | null, asOf: string): OptOutChoice {
  if (optedOut === null) return 'none';
  return optedOut === asOf ? 'today' : 'date';
}

/** A day typed in a text field, checked as it is typed; the day as the region writes it beside it. */
function DayField({
  value,
  style,
  parse,
  onDay,
  label,
  testId,
}: {
  value: string | null;
  style: ReturnType<typeof regionById>['dateStyle'];
  parse: (text: string) => ReturnType<typeof parseDayText>;
  onDay: (iso: string) => void;
  label: string;
  testId: string;
}) {
  const id = useId();
  const [text, setText] = useState(value === null ? '' : formatDate(value, style));
  const [error, setError] = useState<string | null>(null);
  // Another copy of this control, or the region's date style, may have changed.
  useEffect(() => {
    setText(value === null ? '' : formatDate(value, style));
    setError(null);
  }, [value, style]);
  const edit = (next: string) => {
    setText(next);
    if (next.trim() === '') return setError(null);
    const parsed = parse(next);
    if (parsed.ok) {
      setError(null);
      if (parsed.iso !== value) onDay(parsed.iso);
    } else setError(parsed.message);
  };
  return (
    <span className="day-field">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="text"
        autoComplete="off"
        value={text}
        placeholder={dayExample(style)}
        onChange={(e) => edit(e.target.value)}
        aria-invalid={error !== null}
        aria-describedby={`${id}-hint`}
        data-testid={testId}
      />
      <span id={`${id}-hint`} className={error ? 'control-error' : 'control-hint'} data-testid={`${testId}-hint`}>
        {error ?? (value === null ? `For example ${dayExample(style)}` : formatDate(value, style))}
      </span>
    </span>
  );
}

export function OptOutControl({ policy, onChange, asOf, compact }: PolicyControlsProps) {
  const id = useId();
  const style = regionById(policy.region).dateStyle;
  const [choice, setChoice] = useState<OptOutChoice>(() => choiceOf(policy.optedOut, asOf));
  useEffect(() => {
    // A day entered elsewhere shows here; "on a day" stays chosen while one is being typed.
    setChoice((current) => (current === 'date' && policy.optedOut === null ? current : choiceOf(policy.optedOut, asOf)));
  }, [policy.optedOut, asOf]);
  const choose = (next: OptOutChoice) => {
    setChoice(next);
    if (next === 'none') onChange({ ...policy, optedOut: null });
    if (next === 'today') onChange({ ...policy, optedOut: asOf });
  };
  return (
    <div className={`control${compact ? ' compact' : ''}`}>
      <label htmlFor={id} className="control-label">
        Opting out
      </label>
      <span className="control-row">
        <select id={id} value={choice} onChange={(e) => choose(e.target.value as OptOutChoice)} data-testid="optout-choice">
          <option value="none">I have not opted out</option>
          <option value="today">I opted out today</option>
          <option value="date">I opted out on…</option>
        </select>
        {choice === 'date' && (
          <DayField
            value={policy.optedOut}
            style={style}
            parse={(text) => parseOptOut(text, asOf, style)}
            onDay={(day) => onChange({ ...policy, optedOut: day })}
            label="The day you opted out"
            testId="optout-input"
          />
        )}
      </span>
    </div>
  );
}

/** "I was under 18 until…": training before that day is not counted. */
export function AdultFromControl({ policy, onChange }: PolicyControlsProps) {
  const style = regionById(policy.region).dateStyle;
  const [minor, setMinor] = useState(policy.adultFrom !== null);
  useEffect(() => {
    if (policy.adultFrom !== null) setMinor(true);
  }, [policy.adultFrom]);
  const toggle = (checked: boolean) => {
    setMinor(checked);
    if (!checked && policy.adultFrom !== null) onChange({ ...policy, adultFrom: null });
  };
  return (
    <div className="control adult-control">
      <label className="check">
        <input type="checkbox" checked={minor} onChange={(e) => toggle(e.target.checked)} data-testid="minor-toggle" /> I was under 18 during part of this time
      </label>
      {minor && (
        <span className="control-row">
          <span className="control-label">I turned 18 on</span>
          <DayField
            value={policy.adultFrom}
            style={style}
            parse={(text) => parseDayText(text, style)}
            onDay={(day) => onChange({ ...policy, adultFrom: day })}
            label="The day you turned 18"
            testId="adult-from-input"
          />
        </span>
      )}
    </div>
  );
}
