import type { Locale } from '@mianjing/core';

const LOCALES: readonly Locale[] = ['zh', 'en'];

/**
 * The interface language for a browser's preferred languages: the first
 * Chinese or English one, English otherwise.
 *
 * @example pickLocale(['zh-CN', 'en-US']) // 'zh'
 */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    const match = LOCALES.find((locale) => locale === primary);
    if (match) return match;
  }
  return 'en';
}
