// Theme: follow the system, or always light, or always dark.

import type { ThemeChoice, ThemeState } from '../app/theme';

const CHOICES: readonly { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function ThemePicker({ theme }: { theme: ThemeState }) {
  return (
    <label className="control compact">
      <span className="control-label">Theme</span>
      <select value={theme.choice} onChange={(e) => theme.setChoice(e.target.value as ThemeChoice)} data-testid="theme-select">
        {CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
