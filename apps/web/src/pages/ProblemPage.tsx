import type { PublicProblem } from '@mianjing/core';
import { useParams } from '@solidjs/router';
import { createResource, createSignal, Show } from 'solid-js';
import { Async } from '../components/Async.js';
import { fetchProblem } from '../lib/queries.js';
import { ProblemView } from '../problem/ProblemView.js';

/** /problems/:id — the problem with its editor. */
export default function ProblemPage() {
  const params = useParams<{ id: string }>();
  const [reveal, setReveal] = createSignal(false);
  const [problem, { refetch }] = createResource(
    () => ({ id: params.id, reveal: reveal() }),
    ({ id, reveal: withEditorial }) => fetchProblem(id, withEditorial) as Promise<PublicProblem>,
  );
  return (
    <section class="page wide">
      <Async resource={problem} retry={() => void refetch()}>
        {(current) => (
          // Keyed on the id: another problem gets a fresh editor, inputs and result.
          <Show when={current().id} keyed>
            {(_id) => (
              <ProblemView
                problem={current()}
                onRevealEditorial={() => setReveal(true)}
                onJudged={(submission) => {
                  if (submission.mode === 'submit' && submission.result?.verdict === 'Accepted') void refetch();
                }}
              />
            )}
          </Show>
        )}
      </Async>
    </section>
  );
}
