import { describe, expect, it } from 'vitest';
import { pickLocale } from './locale.js';

describe('pickLocale', () => {
  it('takes the first supported language', () => {
    expect(pickLocale(['zh-CN', 'en-US'])).toBe('zh');
    expect(pickLocale(['fr-FR', 'en-GB', 'zh-TW'])).toBe('en');
    expect(pickLocale(['ZH-hant'])).toBe('zh');
  });

  it('falls back to English', () => {
    expect(pickLocale([])).toBe('en');
    expect(pickLocale(['de'])).toBe('en');
  });
});
