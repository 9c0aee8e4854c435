import type { PublicQuestion } from '@mianjing/core';
import { A, useParams } from '@solidjs/router';
import { createResource, For, Match, Show, Switch } from 'solid-js';
import { Async } from '../components/Async.js';
import { t } from '../lib/i18n.js';
import { fetchQuestion } from '../lib/queries.js';
import { Flashcard } from '../questions/Flashcard.js';
import { NumericQuestion } from '../questions/NumericQuestion.js';

/** /questions/:id — a numeric question to answer, or one flashcard to review. */
export default function QuestionPage() {
  const params = useParams<{ id: string }>();
  const [question, { refetch }] = createResource(
    () => params.id,
    (id) => fetchQuestion(id) as Promise<PublicQuestion>,
  );
  return (
    <section class="page narrow">
      <p>
        <A href="/questions">← {t().questionsTitle}</A>
      </p>
      <Async resource={question} retry={() => void refetch()}>
        {(current) => (
          <Show when={current().id} keyed>
            {(_id) => (
              <>
                <h1>{current().kind === 'numeric' ? t().numericQuestions : t().conceptQuestions}</h1>
                <p class="meta">
                  <For each={current().tags}>{(tag) => <span class="tag">{tag}</span>}</For>
                </p>
                <Switch>
                  <Match when={current().kind === 'numeric' && current()}>
                    {(numeric) => <NumericQuestion question={numeric() as Extract<PublicQuestion, { kind: 'numeric' }>} />}
                  </Match>
                  <Match when={current().kind === 'concept' && current()}>
                    {(concept) => <Flashcard question={concept() as Extract<PublicQuestion, { kind: 'concept' }>} />}
                  </Match>
                </Switch>
              </>
            )}
          </Show>
        )}
      </Async>
    </section>
  );
}
