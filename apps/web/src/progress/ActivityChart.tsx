import type { Progress } from '@mianjing/core';
import { For, Show } from 'solid-js';
import { t } from '../lib/i18n.js';
import { activityCount } from './Heatmap.js';

type Day = Progress['activity'][number];
const WIDTH = 600;
const HEIGHT = 180;
const PAD = 28;

/** Every date from the first active day to `today`, with the activity of each (zero where none). */
export function dailySeries(activity: readonly Day[], today: Date): { date: string; count: number; solvedSoFar: number }[] {
  const first = activity[0];
  if (!first) return [];
  const byDate = new Map(activity.map((day) => [day.date, day]));
  const out: { date: string; count: number; solvedSoFar: number }[] = [];
  const cursor = new Date(`${first.date}T00:00:00Z`);
  const end = today.toISOString().slice(0, 10);
  let solved = 0;
  for (let guard = 0; guard < 3660; guard++) {
    const date = cursor.toISOString().slice(0, 10);
    const day = byDate.get(date);
    solved += day?.solved ?? 0;
    out.push({ date, count: activityCount(day), solvedSoFar: solved });
    if (date >= end) break;
    cursor.setUTCDate(cursor.getUTCDate() + 1);
  }
  return out;
}

/**
 * Activity over time: a bar per day and the running count of accepted
 * problems as a line. (`solved` per day counts accepted submissions, so the
 * line can pass the number of distinct problems solved.)
 */
export function ActivityChart(props: { readonly activity: readonly Day[]; readonly today?: Date }) {
  const series = () => dailySeries(props.activity, props.today ?? new Date());
  const maxCount = () => Math.max(1, ...series().map((d) => d.count));
  const maxSolved = () => Math.max(1, ...series().map((d) => d.solvedSoFar));
  const step = () => (WIDTH - 2 * PAD) / Math.max(1, series().length);
  const x = (i: number) => PAD + i * step() + step() / 2;
  const line = () => series().map((d, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${(HEIGHT - PAD - (d.solvedSoFar / maxSolved()) * (HEIGHT - 2 * PAD)).toFixed(1)}`).join(' ');
  return (
    <Show when={series().length > 0} fallback={<p class="muted">{t().noActivity}</p>}>
      <figure class="chart">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-labelledby="chart-title chart-desc">
          <title id="chart-title">{t().overTime}</title>
          <desc id="chart-desc">
            {t().dailyActivity}; {t().cumulativeSolved}: {series().at(-1)?.solvedSoFar ?? 0}
          </desc>
          <line x1={PAD} y1={HEIGHT - PAD} x2={WIDTH - PAD} y2={HEIGHT - PAD} class="axis" />
          <For each={series()}>
            {(day, i) => {
              const h = () => (day.count / maxCount()) * (HEIGHT - 2 * PAD);
              return (
                <rect x={x(i()) - step() * 0.35} y={HEIGHT - PAD - h()} width={Math.max(1, step() * 0.7)} height={h()} class="bar">
                  <title>{t().activityCell(day.date, day.count)}</title>
                </rect>
              );
            }}
          </For>
          <path d={line()} class="solved-line" fill="none" />
          <text x={PAD} y={HEIGHT - 8} class="axis-label">
            {series()[0]?.date}
          </text>
          <text x={WIDTH - PAD} y={HEIGHT - 8} text-anchor="end" class="axis-label">
            {series().at(-1)?.date}
          </text>
          <text x={PAD} y={PAD - 10} class="axis-label">
            {maxSolved()}
          </text>
        </svg>
        <figcaption class="chart-legend muted small">
          <span class="legend-bar" aria-hidden="true" /> {t().dailyActivity} <span class="legend-line" aria-hidden="true" /> {t().cumulativeSolved}
        </figcaption>
      </figure>
    </Show>
  );
}
