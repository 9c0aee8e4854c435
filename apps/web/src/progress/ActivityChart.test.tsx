import type { Progress } from '@mianjing/core';
import { render } from '@solidjs/testing-library';
import { describe, expect, it } from 'vitest';
import { setLocale } from '../lib/i18n.js';
import { ActivityChart, dailySeries } from './ActivityChart.js';

type Day = Progress['activity'][number];
const today = new Date('2026-11-28T12:00:00Z');

/** `count` consecutive days ending on `last`, each made by `make(index)`. */
function days(last: string, count: number, make: (index: number) => Omit<Day, 'date'>): Day[] {
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(`${last}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() - (count - 1 - index));
    return { date: date.toISOString().slice(0, 10), ...make(index) };
  });
}

const oneDay = days('2026-11-28', 1, () => ({ submissions: 2, solved: 1, reviews: 5, answers: 1 }));
const twoDays = days('2026-11-28', 2, (i) => ({ submissions: 3 - i, solved: 1, reviews: i * 2, answers: 0 }));
// Thirty days, accepted submissions on every third day.
const thirtyDays = days('2026-11-28', 30, (i) => ({ submissions: 1 + (i % 4), solved: i % 3 === 0 ? 1 : 0, reviews: i % 2, answers: 0 }));

const num = (element: Element, name: string) => Number(element.getAttribute(name));

/** What a reader sees of the chart: its box, the bars, the line's points, the markers and the labels. */
function drawn(activity: readonly Day[]) {
  setLocale('en');
  const { container } = render(() => <ActivityChart activity={activity} today={today} />);
  const svg = container.querySelector('svg');
  if (!svg) throw new Error('no chart drawn');
  const [, , width, height] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number) as [number, number, number, number];
  const bars = [...svg.querySelectorAll('rect.bar')].map((bar) => ({
    x: num(bar, 'x'),
    y: num(bar, 'y'),
    width: num(bar, 'width'),
    height: num(bar, 'height'),
  }));
  const d = svg.querySelector('path.solved-line')?.getAttribute('d') ?? '';
  const linePoints = [...d.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
  const markers = [...svg.querySelectorAll('circle')].map((c) => ({ cx: num(c, 'cx'), cy: num(c, 'cy'), r: num(c, 'r') }));
  const labels = [...svg.querySelectorAll('text')].map((text) => text.textContent ?? '');
  return { svg, width, height, bars, linePoints, markers, labels };
}

type Chart = ReturnType<typeof drawn>;

/** Bars that stay inside the chart, side by side without overlapping, each no wider than its day. */
function expectBarsInsideAndApart(chart: Chart) {
  for (const bar of chart.bars) {
    expect(bar.x).toBeGreaterThanOrEqual(0);
    expect(bar.x + bar.width).toBeLessThanOrEqual(chart.width);
    expect(bar.y).toBeGreaterThanOrEqual(0);
    expect(bar.y + bar.height).toBeLessThanOrEqual(chart.height);
  }
  chart.bars.slice(1).forEach((bar, i) => {
    const previous = chart.bars[i]!;
    const slot = bar.x - previous.x; // one day's slot: bars are evenly spaced
    expect(slot).toBeGreaterThan(0);
    expect(previous.width).toBeLessThan(slot);
    expect(bar.width).toBeLessThan(slot);
  });
}

/** A visible marker (r > 0) inside the chart for each day with accepted submissions. */
function expectMarkersInside(chart: Chart, acceptedDays: number) {
  expect(chart.markers).toHaveLength(acceptedDays);
  for (const m of chart.markers) {
    expect(m.r).toBeGreaterThan(0);
    expect(m.cx - m.r).toBeGreaterThanOrEqual(0);
    expect(m.cx + m.r).toBeLessThanOrEqual(chart.width);
    expect(m.cy - m.r).toBeGreaterThanOrEqual(0);
    expect(m.cy + m.r).toBeLessThanOrEqual(chart.height);
  }
}

const dateLabels = (chart: Chart) => chart.labels.filter((label) => /^\d{4}-\d\d-\d\d$/.test(label));

describe('dailySeries', () => {
  it('fills the days between, with a running total of accepted submissions', () => {
    const activity = [
      { date: '2026-11-20', submissions: 3, solved: 1, reviews: 0, answers: 0 },
      { date: '2026-11-28', submissions: 1, solved: 1, reviews: 5, answers: 1 },
    ];
    const series = dailySeries(activity, today);
    expect(series).toHaveLength(9);
    expect(series.map((d) => d.solvedSoFar)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 2]);
    expect(series.map((d) => d.count)).toEqual([3, 0, 0, 0, 0, 0, 0, 0, 7]);
  });
});

describe('ActivityChart', () => {
  it('draws a single day as one narrow bar with a visible marker, not a bar across the chart', () => {
    const chart = drawn(oneDay);
    const visible = chart.bars.filter((bar) => bar.height > 0);
    expect(visible).toHaveLength(1);
    expect(visible[0]!.width).toBeGreaterThan(0);
    expect(visible[0]!.width).toBeLessThanOrEqual(chart.width / 10);
    expectBarsInsideAndApart(chart);
    expectMarkersInside(chart, 1);
    // The marker sits over the day's bar.
    const bar = visible[0]!;
    expect(chart.markers[0]!.cx).toBeCloseTo(bar.x + bar.width / 2, 0);
    // The axis says where the chart starts and ends, not the same date twice; it ends today.
    const dates = dateLabels(chart);
    expect(new Set(dates).size).toBe(dates.length);
    expect(dates.at(-1)).toBe('2026-11-28');
  });

  it('draws two days as two narrow bars and a visible segment of the accepted line', () => {
    const chart = drawn(twoDays);
    expect(chart.bars).toHaveLength(2);
    for (const bar of chart.bars) expect(bar.width).toBeLessThanOrEqual(chart.width / 10);
    expectBarsInsideAndApart(chart);
    expectMarkersInside(chart, 2);
    expect(chart.linePoints).toHaveLength(2);
    for (const p of chart.linePoints) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(chart.width);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(chart.height);
    }
    const [from, to] = chart.linePoints as [{ x: number; y: number }, { x: number; y: number }];
    expect(Math.hypot(to.x - from.x, to.y - from.y)).toBeGreaterThan(20);
    expect(to.y).toBeLessThan(from.y); // the running total rises
    const dates = dateLabels(chart);
    expect(new Set(dates).size).toBe(dates.length);
  });

  it('draws thirty days as thirty bars side by side, the line through them and a marker per accepted day', () => {
    const chart = drawn(thirtyDays);
    expect(chart.bars).toHaveLength(30);
    expectBarsInsideAndApart(chart);
    expectMarkersInside(chart, 10);
    expect(chart.linePoints).toHaveLength(30);
    expect(dateLabels(chart)).toEqual(['2026-10-30', '2026-11-28']);
  });

  it('keeps a long history inside the chart, bars apart', () => {
    const chart = drawn(days('2026-11-28', 400, (i) => ({ submissions: i % 5, solved: i % 4 === 0 ? 1 : 0, reviews: 0, answers: 0 })));
    expect(chart.bars).toHaveLength(400);
    expectBarsInsideAndApart(chart);
    for (const bar of chart.bars) expect(bar.width).toBeGreaterThan(0);
    expect(chart.linePoints).toHaveLength(400);
    expect(dateLabels(chart)).toEqual(['2025-10-25', '2026-11-28']);
  });

  it('keeps its title and description for screen readers', () => {
    const chart = drawn(twoDays);
    expect(chart.svg.getAttribute('role')).toBe('img');
    const labelledBy = (chart.svg.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(labelledBy.map((id) => chart.svg.querySelector(`#${id}`)?.textContent)).toEqual([
      'Over time',
      'Activity per day; Accepted submissions (running total): 2',
    ]);
  });

  it('says so when there is no activity yet', () => {
    setLocale('en');
    const { container } = render(() => <ActivityChart activity={[]} />);
    expect(container.textContent).toContain('No activity yet');
  });
});
