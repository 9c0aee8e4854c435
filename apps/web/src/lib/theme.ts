import { createEffect, createRoot, createSignal } from 'solid-js';
import { saved } from './storage.js';

export type Theme = 'light' | 'dark';
const THEME_KEY = 'mianjing.theme';

function initialTheme(): Theme {
  const stored = saved.get(THEME_KEY);
  if (stored === 'light' || stored === 'dark') return stored;
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

const [theme, setThemeSignal] = createSignal<Theme>(initialTheme());

createRoot(() => {
  createEffect(() => {
    if (typeof document !== 'undefined') document.documentElement.dataset.theme = theme();
  });
});

export { theme };

/** Switches light/dark and remembers the choice. */
export function toggleTheme(): void {
  const next: Theme = theme() === 'dark' ? 'light' : 'dark';
  saved.set(THEME_KEY, next);
  setThemeSignal(next);
}
