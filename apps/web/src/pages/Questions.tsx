import type { PublicQuestion } from '@mianjing/core';
import { A } from '@solidjs/router';
import { createResource, For } from 'solid-js';
import { Async } from '../components/Async.js';
import { Tex } from '../components/Markdown.js';
import { read } from '../lib/api.js';
import { loc, t } from '../lib/i18n.js';

const fetchQuestions = () => read((api) => api.GET('/questions')).then((r) => r.items as PublicQuestion[]);

/** Every numeric question and flashcard, each linking to its page. */
export default function Questions() {
  const [questions, { refetch }] = createResource(fetchQuestions);
  const list = (kind: PublicQuestion['kind']) => (items: PublicQuestion[]) => (
    <ul class="question-list">
      <For each={items.filter((q) => q.kind === kind)}>
        {(question) => (
          <li>
            <A href={`/questions/${question.id}`}>
              <Tex text={loc(question.prompt)} />
            </A>
          </li>
        )}
      </For>
    </ul>
  );
  return (
    <section class="page">
      <h1>{t().questionsTitle}</h1>
      <Async resource={questions} retry={() => void refetch()}>
        {(items) => (
          <>
            <h2>{t().numericQuestions}</h2>
            {list('numeric')(items())}
            <h2>{t().conceptQuestions}</h2>
            <p>
              <A class="button" href="/review">
                {t().navReview}
              </A>
            </p>
            {list('concept')(items())}
          </>
        )}
      </Async>
    </section>
  );
}
