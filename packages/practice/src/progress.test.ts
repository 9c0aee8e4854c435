import { describe, expect, it } from 'vitest';
import { streakOf } from './progress.js';

describe('streakOf', () => {
  const now = new Date('2026-05-10T12:00:00Z');
  it('counts back from today', () => {
    expect(streakOf(new Set(['2026-05-10', '2026-05-09', '2026-05-08', '2026-05-06']), now)).toBe(3);
  });
  it('still counts from yesterday when today is empty', () => {
    expect(streakOf(new Set(['2026-05-09', '2026-05-08']), now)).toBe(2);
  });
  it('is zero after a missed day', () => {
    expect(streakOf(new Set(['2026-05-08']), now)).toBe(0);
  });
});
