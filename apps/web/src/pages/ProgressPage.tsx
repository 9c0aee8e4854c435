import type { Progress } from '@mianjing/core';
import { A } from '@solidjs/router';
import { createResource, For } from 'solid-js';
import { Async } from '../components/Async.js';
import { Table } from '../components/Table.js';
import { t } from '../lib/i18n.js';
import { fetchProgress, useCompanyNames } from '../lib/queries.js';
import { ActivityChart } from '../progress/ActivityChart.js';
import { Heatmap } from '../progress/Heatmap.js';

type Counts = Progress['problems']['byCompany'];

function CountTable(props: {
  readonly caption: string;
  readonly keyLabel: string;
  readonly counts: Counts;
  readonly name: (key: string) => string;
}) {
  return (
    <Table
      caption={props.caption}
      showCaption
      columns={[props.keyLabel, t().solved, t().attempted, { hidden: t().solved }]}
      class="count-table"
    >
      <For each={Object.entries(props.counts).sort(([, a], [, b]) => b.total - a.total)}>
        {([key, count]) => (
          <tr>
            <th scope="row">{props.name(key)}</th>
            <td>{t().solvedOf(count.solved, count.total)}</td>
            <td>{count.attempted}</td>
            <td class="bar-cell" aria-hidden="true">
              <span class="meter">
                <span style={{ width: `${count.total ? (100 * count.solved) / count.total : 0}%` }} />
              </span>
            </td>
          </tr>
        )}
      </For>
    </Table>
  );
}

/** /progress — solved per company and kind, acceptance, reviews, and activity over time. */
export default function ProgressPage() {
  const [progress, { refetch }] = createResource(fetchProgress);
  const companyName = useCompanyNames();
  return (
    <section class="page">
      <h1>{t().progressTitle}</h1>
      <Async resource={progress} retry={() => void refetch()}>
        {(p) => (
          <>
            <dl class="stats">
              <div class="stat" data-testid="stat-solved">
                <dt>{t().solved}</dt>
                <dd>
                  <strong>{t().solvedOf(p().problems.solved, p().problems.total)}</strong>
                  <span class="muted">
                    {t().attempted}: {p().problems.attempted}
                  </span>
                </dd>
              </div>
              <div class="stat" data-testid="stat-acceptance">
                <dt>{t().acceptance}</dt>
                <dd>
                  <strong>{Math.round(p().submissions.acceptanceRate * 100)}%</strong>
                  <span class="muted">{t().acceptanceDetail(p().submissions.accepted, p().submissions.total)}</span>
                </dd>
              </div>
              <div class="stat">
                <dt>{t().reviewsDue}</dt>
                <dd>
                  <strong>
                    <A href="/review">{p().reviews.due}</A>
                  </strong>
                  <span class="muted">{t().reviewsDone(p().reviews.done)}</span>
                </dd>
              </div>
              <div class="stat">
                <dt>{t().numericAnswered}</dt>
                <dd>
                  <strong>{p().numeric.answered}</strong>
                  <span class="muted">{t().numericDetail(p().numeric.correct, p().numeric.answered)}</span>
                </dd>
              </div>
              <div class="stat">
                <dt>{t().streak}</dt>
                <dd>
                  <strong>{t().streakDays(p().streak)}</strong>
                </dd>
              </div>
            </dl>
            <div class="two-columns">
              <CountTable caption={t().byCompany} keyLabel={t().company} counts={p().problems.byCompany} name={companyName} />
              <CountTable caption={t().byKind} keyLabel={t().kind} counts={p().problems.byKind} name={(kind) => t().kinds[kind] ?? kind} />
            </div>
            <h2>{t().activityTitle}</h2>
            <Heatmap activity={p().activity} />
            <h2>{t().overTime}</h2>
            <ActivityChart activity={p().activity} />
          </>
        )}
      </Async>
    </section>
  );
}
