import type { Locale, Localized } from '@mianjing/core';
import { createEffect, createRoot, createSignal } from 'solid-js';
import { pickLocale } from './locale.js';
import { messages } from './messages.js';
import { saved } from './storage.js';

const LOCALE_KEY = 'mianjing.locale';

function initialLocale(): Locale {
  const stored = saved.get(LOCALE_KEY);
  if (stored === 'zh' || stored === 'en') return stored;
  return pickLocale(globalThis.navigator?.languages ?? []);
}

const [locale, setLocaleSignal] = createSignal<Locale>(initialLocale());

createRoot(() => {
  createEffect(() => {
    if (typeof document !== 'undefined') document.documentElement.lang = locale() === 'zh' ? 'zh-CN' : 'en';
  });
});

export { locale };

/** Changes the interface and content language and remembers the choice. */
export function setLocale(next: Locale): void {
  saved.set(LOCALE_KEY, next);
  setLocaleSignal(next);
}

/** The interface strings of the current language (reactive). */
export const t = () => messages[locale()];

/** The current language's side of a text given in both. */
export const loc = (text: Localized | { zh: string; en: string }) => text[locale()];

/** "in 10 minutes", "3 days ago": a time relative to now, in the current language. */
export function relativeTime(iso: string, now = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const format = new Intl.RelativeTimeFormat(locale() === 'zh' ? 'zh-CN' : 'en', { numeric: 'auto' });
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [
    ['second', 60],
    ['minute', 60],
    ['hour', 24],
    ['day', 30],
    ['month', 12],
  ];
  let value = seconds;
  for (const [unit, size] of steps) {
    if (Math.abs(value) < size) return format.format(value, unit);
    value = Math.round(value / size);
  }
  return format.format(value, 'year');
}

/** A date and time in the current language, e.g. "Nov 28, 23:51". */
export function shortDateTime(iso: string): string {
  return new Intl.DateTimeFormat(locale() === 'zh' ? 'zh-CN' : 'en', {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** Milliseconds as m:ss (or h:mm:ss). */
export function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
