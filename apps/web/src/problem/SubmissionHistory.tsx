import { verdictLabels } from '@mianjing/core/labels';
import { createResource, For, Show } from 'solid-js';
import { Async } from '../components/Async.js';
import { read } from '../lib/api.js';
import { locale, relativeTime, shortDateTime, t } from '../lib/i18n.js';
import type { SubmissionView } from './judging.js';
import { Table } from '../components/Table.js';

const fetchHistory = (problemId: string) =>
  read((api) => api.GET('/submissions', { params: { query: { problemId, limit: 50 } } })).then((page) => page.items as SubmissionView[]);

/** This person's past submissions of one problem, newest first; refetched when `version` changes. */
export function SubmissionHistory(props: {
  readonly problemId: string;
  readonly version: number;
  readonly onShow: (submission: SubmissionView) => void;
  readonly onLoadCode: (submission: SubmissionView) => void;
}) {
  const [history, { refetch }] = createResource(
    () => ({ id: props.problemId, version: props.version }),
    ({ id }) => fetchHistory(id),
  );
  return (
    <Async resource={history} retry={() => void refetch()}>
      {(items) => (
        <Show when={items().length > 0} fallback={<p>{t().noSubmissions}</p>}>
          <Table
            caption={t().submissions}
            columns={[t().when, t().mode, t().language, t().verdict, { hidden: t().showResult }]}
            class="history"
          >
            <For each={items()}>
              {(submission) => (
                <tr>
                  <td>
                    <time datetime={submission.createdAt} title={shortDateTime(submission.createdAt)}>
                      {relativeTime(submission.createdAt)}
                    </time>
                  </td>
                  <td>{t().modes[submission.mode]}</td>
                  <td>{submission.language}</td>
                  <td>
                    <Show when={submission.result} fallback={t().pendingStatus[submission.status]}>
                      {(result) => (
                        <span class={result().verdict === 'Accepted' ? 'status-ok' : 'status-bad'}>
                          {verdictLabels[result().verdict][locale()]} ({result().passed}/{result().total})
                        </span>
                      )}
                    </Show>
                  </td>
                  <td class="row-actions">
                    <button type="button" class="ghost small" disabled={!submission.result} onClick={() => props.onShow(submission)}>
                      {t().showResult}
                    </button>
                    <button type="button" class="ghost small" onClick={() => props.onLoadCode(submission)}>
                      {t().loadCode}
                    </button>
                  </td>
                </tr>
              )}
            </For>
          </Table>
        </Show>
      )}
    </Async>
  );
}
