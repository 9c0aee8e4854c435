import { render } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import { setLocale } from '../lib/i18n.js';
import { calendarDays, Heatmap } from './Heatmap.js';

const activity = [
  { date: '2026-11-20', submissions: 3, solved: 1, reviews: 0, answers: 0 },
  { date: '2026-11-28', submissions: 1, solved: 1, reviews: 5, answers: 1 },
];
const today = new Date('2026-11-28T12:00:00Z');

describe('calendarDays', () => {
  it('gives Monday-first weeks ending today', () => {
    const weeks = calendarDays(today, 2);
    expect(weeks).toHaveLength(2);
    expect(weeks[0]?.[0]).toBe('2026-11-16'); // a Monday
    expect(weeks[1]?.at(-1)).toBe('2026-11-28'); // a Saturday: the week stops at today
    expect(weeks[1]).toHaveLength(6);
  });
});

describe('Heatmap', () => {
  it('colours each day by its activity and labels it', () => {
    setLocale('en');
    const { container } = render(() => <Heatmap activity={activity} today={today} weeks={4} />);
    const busy = container.querySelector('rect[data-date="2026-11-28"]');
    expect(busy?.getAttribute('data-count')).toBe('7');
    expect(busy?.getAttribute('class')).toContain('heat-3');
    expect(busy?.querySelector('title')?.textContent).toBe('2026-11-28: 7 activities');
    expect(container.querySelector('rect[data-date="2026-11-21"]')?.getAttribute('class')).toContain('heat-0');
  });
});
