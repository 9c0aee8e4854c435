import type { Progress } from '@mianjing/core';
import { createMemo, For, Show } from 'solid-js';
import { t } from '../lib/i18n.js';
import { activityCount } from './Heatmap.js';

type Day = Progress['activity'][number];
/** One day of the chart: everything done (`count`), accepted submissions that day and so far. */
export interface ChartDay {
  readonly date: string;
  readonly count: number;
  readonly solved: number;
  readonly solvedSoFar: number;
}

const WIDTH = 600;
const HEIGHT = 180;
const PAD = 28;
const PLOT_WIDTH = WIDTH - 2 * PAD;
const PLOT_HEIGHT = HEIGHT - 2 * PAD;
/** The chart always spans at least a week, so one or two days of activity get a day's width, not the whole chart. */
const MIN_DAYS = 7;
/** Wider bars read as blocks rather than days. */
const MAX_BAR_WIDTH = 28;
/** Below this slot width (about ten weeks of days) the markers would merge into a beaded line: the line alone shows the steps. */
const MIN_SLOT_FOR_MARKERS = 8;
/** About half a date label's width at the axis font size, to keep the first and last labels inside the chart. */
const HALF_LABEL = 34;

const shiftDate = (date: string, days: number) => {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
};

/** Every date from the first active day to `today`, with the activity of each (zero where none). */
export function dailySeries(activity: readonly Day[], today: Date): ChartDay[] {
  const first = activity[0];
  if (!first) return [];
  const byDate = new Map(activity.map((day) => [day.date, day]));
  const out: ChartDay[] = [];
  const end = today.toISOString().slice(0, 10);
  let solvedSoFar = 0;
  for (let offset = 0; offset < 3660; offset++) {
    const date = shiftDate(first.date, offset);
    const day = byDate.get(date);
    const solved = day?.solved ?? 0;
    solvedSoFar += solved;
    out.push({ date, count: activityCount(day), solved, solvedSoFar });
    if (date >= end) break;
  }
  return out;
}

/**
 * Activity over time: a bar per day and the running count of accepted
 * submissions as a line, with a marker on each day that added to it (while
 * days are wide enough for markers to stay apart).
 * (`solved` per day counts accepted submissions, so the line can pass the
 * number of distinct problems solved.) Short histories are drawn at the right
 * end of a week-wide axis that ends today, so a single day is one day wide.
 */
export function ActivityChart(props: { readonly activity: readonly Day[]; readonly today?: Date }) {
  // Memos: every bar reads these, and recomputing the series per bar made long histories take seconds.
  const series = createMemo(() => dailySeries(props.activity, props.today ?? new Date()));
  const slots = () => Math.max(MIN_DAYS, series().length);
  const emptySlots = () => slots() - series().length;
  const slot = () => PLOT_WIDTH / slots();
  const barWidth = () => Math.max(1, Math.min(MAX_BAR_WIDTH, slot() * 0.7));
  const markerRadius = () => Math.min(4.5, Math.max(2.5, slot() * 0.3));
  const maxCount = createMemo(() => Math.max(1, ...series().map((d) => d.count)));
  const maxSolved = createMemo(() => Math.max(1, ...series().map((d) => d.solvedSoFar)));
  /** The centre of day `i` of the series. */
  const x = (i: number) => PAD + (emptySlots() + i + 0.5) * slot();
  const ySolved = (solvedSoFar: number) => HEIGHT - PAD - (solvedSoFar / maxSolved()) * PLOT_HEIGHT;
  const line = () =>
    series()
      .map((d, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${ySolved(d.solvedSoFar).toFixed(1)}`)
      .join(' ');
  const axisStart = () => shiftDate(series()[0]?.date ?? '', -emptySlots());
  const labelX = (centre: number) => Math.min(WIDTH - HALF_LABEL, Math.max(HALF_LABEL, centre));
  const firstX = () => PAD + slot() / 2;
  const lastX = () => WIDTH - PAD - slot() / 2;
  return (
    <Show when={series().length > 0} fallback={<p class="muted">{t().noActivity}</p>}>
      <figure class="chart">
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-labelledby="chart-title chart-desc">
          <title id="chart-title">{t().overTime}</title>
          <desc id="chart-desc">
            {t().dailyActivity}; {t().cumulativeSolved}: {series().at(-1)?.solvedSoFar ?? 0}
          </desc>
          <line x1={PAD} y1={PAD} x2={WIDTH - PAD} y2={PAD} class="grid" />
          <line x1={PAD} y1={HEIGHT - PAD} x2={WIDTH - PAD} y2={HEIGHT - PAD} class="axis" />
          <For each={series()}>
            {(day, i) => {
              const h = () => (day.count / maxCount()) * PLOT_HEIGHT;
              return (
                <rect x={x(i()) - barWidth() / 2} y={HEIGHT - PAD - h()} width={barWidth()} height={h()} rx="1.5" class="bar">
                  <title>{t().activityCell(day.date, day.count)}</title>
                </rect>
              );
            }}
          </For>
          <path d={line()} class="solved-line" fill="none" />
          <For each={series()}>
            {(day, i) => (
              <Show when={day.solved > 0 && slot() >= MIN_SLOT_FOR_MARKERS}>
                <circle cx={x(i())} cy={ySolved(day.solvedSoFar)} r={markerRadius()} class="solved-point">
                  <title>
                    {day.date}: {t().cumulativeSolved} {day.solvedSoFar}
                  </title>
                </circle>
              </Show>
            )}
          </For>
          <line x1={firstX()} y1={HEIGHT - PAD} x2={firstX()} y2={HEIGHT - PAD + 4} class="axis" />
          <line x1={lastX()} y1={HEIGHT - PAD} x2={lastX()} y2={HEIGHT - PAD + 4} class="axis" />
          <text x={labelX(firstX())} y={HEIGHT - 8} text-anchor="middle" class="axis-label">
            {axisStart()}
          </text>
          <text x={labelX(lastX())} y={HEIGHT - 8} text-anchor="middle" class="axis-label">
            {series().at(-1)?.date}
          </text>
          <text x={PAD} y={PAD - 8} class="axis-label">
            {maxCount()}
          </text>
          <text x={WIDTH - PAD} y={PAD - 8} text-anchor="end" class="axis-label solved-label">
            {maxSolved()}
          </text>
        </svg>
        <figcaption class="chart-legend muted small">
          <span class="legend-bar" aria-hidden="true" /> {t().dailyActivity} <span class="legend-line" aria-hidden="true" />{' '}
          {t().cumulativeSolved}
        </figcaption>
      </figure>
    </Show>
  );
}
