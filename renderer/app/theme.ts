// Light and dark themes: follow the system (prefers-color-scheme) unless the member picks one.
// The choice is kept in localStorage (a preference, nothing about the export).

import { useEffect, useState } from 'react';
import { DARK_PALETTE, LIGHT_PALETTE, type ChartPalette } from '../../charts/palette';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

const STORAGE_KEY = 'theme';

function storedChoice(): ThemeChoice {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

function systemTheme(): Theme {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export interface ThemeState {
  readonly choice: ThemeChoice;
  readonly theme: Theme;
  readonly palette: ChartPalette;
  readonly setChoice: (choice: ThemeChoice) => void;
}

export function useTheme(): ThemeState {
  const [choice, setChoiceState] = useState<ThemeChoice>(storedChoice);
  const [system, setSystem] = useState<Theme>(systemTheme);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia('(prefers-color-scheme: dark)');
    const update = () => setSystem(query.matches ? 'dark' : 'light');
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  const theme = choice === 'system' ? system : choice;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  const setChoice = (next: ThemeChoice) => {
    setChoiceState(next);
    try {
      if (next === 'system') localStorage.removeItem(STORAGE_KEY);
      else localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage may be off; the choice still holds for this session.
    }
  };
  return { choice, theme, palette: theme === 'dark' ? DARK_PALETTE : LIGHT_PALETTE, setChoice };
}
