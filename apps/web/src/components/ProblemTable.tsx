import type { ProblemStatus, ProblemSummary, Progress } from '@mianjing/core';
import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { loc, t } from '../lib/i18n.js';
import { Table } from '../components/Table.js';

export type { ProblemStatus };

/** A problem's status from the progress map; problems not listed are new. */
export const statusOf = (progress: Pick<Progress, 'problemStatus'> | undefined, id: string): ProblemStatus =>
  progress?.problemStatus[id] ?? 'new';

const STATUS_MARK: Record<ProblemStatus, string> = { solved: '✓', attempted: '•', new: '' };

/** The problem list as a table: status, title, difficulty, kind, tags and companies. */
export function ProblemTable(props: {
  readonly problems: readonly ProblemSummary[];
  readonly status: (id: string) => ProblemStatus;
  readonly companyName: (id: string) => string;
}) {
  return (
    <Show when={props.problems.length > 0} fallback={<p>{t().noProblems}</p>}>
      <Table
        caption={t().problemsTitle}
        columns={[t().status, t().title, t().difficulty, t().kind, t().tags, t().companies]}
        class="problem-table"
      >
        <For each={props.problems}>
          {(problem) => (
            <tr data-status={props.status(problem.id)}>
              <td class={`status status-${props.status(problem.id)}`}>
                <span aria-hidden="true">{STATUS_MARK[props.status(problem.id)]}</span>
                <span class="visually-hidden">{t().statuses[props.status(problem.id)]}</span>
              </td>
              <td>
                <A href={`/problems/${problem.id}`}>{loc(problem.title)}</A>
              </td>
              <td>
                <span class={`difficulty difficulty-${problem.difficulty}`}>{t().difficulties[problem.difficulty]}</span>
              </td>
              <td>{t().kinds[problem.kind]}</td>
              <td class="tags">{problem.tags.join(', ')}</td>
              <td>{problem.companies.map(props.companyName).join(', ')}</td>
            </tr>
          )}
        </For>
      </Table>
    </Show>
  );
}
