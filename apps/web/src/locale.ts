import { Locale } from '@mianjing/core';

/**
 * The interface language for a browser's preferred languages: the first
 * Chinese or English one, English otherwise.
 *
 * @example pickLocale(['zh-CN', 'en-US']) // 'zh'
 */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    const parsed = Locale.safeParse(primary);
    if (parsed.success) return parsed.data;
  }
  return 'en';
}
