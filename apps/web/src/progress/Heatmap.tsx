import type { Progress } from '@mianjing/core';
import { For } from 'solid-js';
import { t } from '../lib/i18n.js';

type Day = Progress['activity'][number];
const CELL = 12;
const GAP = 3;

/** Everything done on a day, for the colour scale. */
export const activityCount = (day: Day | undefined) => (day ? day.submissions + day.reviews + day.answers : 0);

/** The UTC dates of the last `weeks` weeks, Monday-first columns ending with today's week. */
export function calendarDays(today: Date, weeks: number): string[][] {
  const end = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
  const weekday = (end.getUTCDay() + 6) % 7; // Monday = 0
  const start = new Date(end);
  start.setUTCDate(end.getUTCDate() - weekday - (weeks - 1) * 7);
  const columns: string[][] = [];
  for (let w = 0; w < weeks; w++) {
    const column: string[] = [];
    for (let d = 0; d < 7; d++) {
      const date = new Date(start);
      date.setUTCDate(start.getUTCDate() + w * 7 + d);
      if (date <= end) column.push(date.toISOString().slice(0, 10));
    }
    columns.push(column);
  }
  return columns;
}

const level = (count: number) => (count === 0 ? 0 : count < 3 ? 1 : count < 6 ? 2 : count < 10 ? 3 : 4);

/** A calendar of daily activity (submissions, reviews and answers) over the last weeks. */
export function Heatmap(props: { readonly activity: readonly Day[]; readonly today?: Date; readonly weeks?: number }) {
  const byDate = () => new Map(props.activity.map((day) => [day.date, day]));
  const columns = () => calendarDays(props.today ?? new Date(), props.weeks ?? 26);
  const width = () => columns().length * (CELL + GAP);
  return (
    <figure class="heatmap">
      <svg viewBox={`0 0 ${width()} ${7 * (CELL + GAP)}`} width="100%" role="img" aria-labelledby="heatmap-title">
        <title id="heatmap-title">{t().activityTitle}</title>
        <For each={columns()}>
          {(column, w) => (
            <For each={column}>
              {(date, d) => {
                const count = () => activityCount(byDate().get(date));
                return (
                  <rect
                    x={w() * (CELL + GAP)}
                    y={d() * (CELL + GAP)}
                    width={CELL}
                    height={CELL}
                    rx="2"
                    class={`heat heat-${level(count())}`}
                    data-date={date}
                    data-count={count()}
                  >
                    <title>{t().activityCell(date, count())}</title>
                  </rect>
                );
              }}
            </For>
          )}
        </For>
      </svg>
      <figcaption class="heat-legend muted small">
        {t().less}
        <For each={[0, 1, 2, 3, 4]}>
          {(l) => (
            <svg width={CELL} height={CELL} aria-hidden="true">
              <rect width={CELL} height={CELL} rx="2" class={`heat heat-${l}`} />
            </svg>
          )}
        </For>
        {t().more}
      </figcaption>
    </figure>
  );
}
