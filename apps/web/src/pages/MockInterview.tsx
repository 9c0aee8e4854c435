import type { PublicProblem, PublicQuestion, RoundView } from '@mianjing/core';
import { A, useParams } from '@solidjs/router';
import { createResource, createSignal, For, Match, onCleanup, Show, Switch } from 'solid-js';
import { Async } from '../components/Async.js';
import { itemTitle } from '../components/RoundCard.js';
import { Tex } from '../components/Markdown.js';
import { clock, loc, t } from '../lib/i18n.js';
import { fetchProblem, fetchQuestion, fetchRound, useCompanyNames } from '../lib/queries.js';
import { ProblemView } from '../problem/ProblemView.js';
import { Flashcard } from '../questions/Flashcard.js';
import { NumericQuestion } from '../questions/NumericQuestion.js';
import { Table } from '../components/Table.js';

type Item = RoundView['items'][number];
type Outcome = 'solved' | 'attempted' | 'correct' | 'wrong' | 'rated' | 'skipped' | 'done';

/** One item of the round, loaded and shown the way its page shows it; reports how it went. */
function MockItem(props: { readonly item: Item; readonly onOutcome: (outcome: Outcome) => void }) {
  const item = props.item;
  if (item.type === 'talk') {
    props.onOutcome('done');
    return (
      <div class="card talk-item">
        <h2>{t().talkTopic[item.topic] ?? item.topic}</h2>
        <p>{loc(item.note)}</p>
        <p class="muted">{t().mockTalkDone}</p>
      </div>
    );
  }
  if (item.type === 'problem') {
    const [reveal, setReveal] = createSignal(false);
    // The source is an object: a bare `false` would mean "do not fetch yet".
    const [problem, { refetch }] = createResource(
      () => ({ reveal: reveal() }),
      (source) => fetchProblem(item.id, source.reveal) as Promise<PublicProblem>,
    );
    return (
      <Async resource={problem} retry={() => void refetch()}>
        {(current) => (
          <ProblemView
            problem={current()}
            headingLevel={2}
            onRevealEditorial={() => setReveal(true)}
            onJudged={(submission) => {
              if (submission.mode !== 'submit') return;
              props.onOutcome(submission.result?.verdict === 'Accepted' ? 'solved' : 'attempted');
              if (submission.result?.verdict === 'Accepted') void refetch();
            }}
          />
        )}
      </Async>
    );
  }
  const [question, { refetch }] = createResource(() => fetchQuestion(item.id) as Promise<PublicQuestion>);
  return (
    <Async resource={question} retry={() => void refetch()}>
      {(current) => (
        <Switch>
          <Match when={current().kind === 'numeric' && current()}>
            {(numeric) => (
              <NumericQuestion
                question={numeric() as Extract<PublicQuestion, { kind: 'numeric' }>}
                onAnswered={(grade) => props.onOutcome(grade.correct ? 'correct' : 'wrong')}
              />
            )}
          </Match>
          <Match when={current().kind === 'concept' && current()}>
            {(concept) => (
              <Flashcard question={concept() as Extract<PublicQuestion, { kind: 'concept' }>} onRated={() => props.onOutcome('rated')} />
            )}
          </Match>
        </Switch>
      )}
    </Async>
  );
}

/** The summary at the end: what was solved and answered, and the time spent on each item. */
function Summary(props: {
  readonly round: RoundView;
  readonly outcomes: readonly Outcome[];
  readonly times: readonly number[];
  readonly onRestart: () => void;
}) {
  const count = (type: Item['type'], good: (o: Outcome) => boolean) => {
    const indices = props.round.items.map((item, i) => (item.type === type ? i : -1)).filter((i) => i >= 0);
    return { done: indices.filter((i) => good(props.outcomes[i] ?? 'skipped')).length, total: indices.length };
  };
  const problems = () => count('problem', (o) => o === 'solved');
  const numeric = () => count('numeric', (o) => o === 'correct');
  const concepts = () => count('concept', (o) => o === 'rated');
  return (
    <section class="card mock-summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading" tabindex="-1" ref={(el) => queueMicrotask(() => el.focus())}>
        {t().mockSummary}
      </h2>
      <ul>
        <li>
          {t().mockTotalTime}: <strong>{clock(props.times.reduce((a, b) => a + b, 0))}</strong>
        </li>
        <Show when={problems().total > 0}>
          <li>{t().mockSolved(problems().done, problems().total)}</li>
        </Show>
        <Show when={numeric().total > 0}>
          <li>{t().mockAnswered(numeric().done, numeric().total)}</li>
        </Show>
        <Show when={concepts().total > 0}>
          <li>{t().mockReviewed(concepts().done, concepts().total)}</li>
        </Show>
      </ul>
      <Table caption={t().mockSummary} columns={['#', t().mockItemHeader, t().mockOutcomeHeader, t().mockTimeSpent]}>
        <For each={props.round.items}>
          {(item, index) => (
            <tr>
              <td>{index() + 1}</td>
              <td>
                <span class={`badge badge-${item.type}`}>{t().itemType[item.type]}</span> <Tex text={itemTitle(props.round, item)} />
              </td>
              <td>{t().mockOutcome[props.outcomes[index()] ?? 'skipped']}</td>
              <td>{clock(props.times[index()] ?? 0)}</td>
            </tr>
          )}
        </For>
      </Table>
      <button type="button" onClick={() => props.onRestart()}>
        {t().mockRestart}
      </button>
    </section>
  );
}

/** /mock/:roundId — the round's items in order with a running timer, then a summary. */
export default function MockInterview() {
  const params = useParams<{ roundId: string }>();
  const [round, { refetch }] = createResource(() => params.roundId, fetchRound);
  const companyName = useCompanyNames();
  const [index, setIndex] = createSignal(0);
  const [finished, setFinished] = createSignal(false);
  const [startedAt, setStartedAt] = createSignal(Date.now());
  const [itemStartedAt, setItemStartedAt] = createSignal(Date.now());
  const [now, setNow] = createSignal(Date.now());
  const [times, setTimes] = createSignal<number[]>([]);
  const [outcomes, setOutcomes] = createSignal<Outcome[]>([]);
  const timer = setInterval(() => !finished() && setNow(Date.now()), 500);
  onCleanup(() => clearInterval(timer));

  const record = (outcome: Outcome) => {
    const i = index();
    setOutcomes((all) => {
      const next = [...all];
      // A solved problem stays solved even if a later submission fails.
      if (next[i] !== 'solved') next[i] = outcome;
      return next;
    });
  };
  const advance = (total: number) => {
    const at = Date.now();
    setTimes((all) => {
      const next = [...all];
      next[index()] = at - itemStartedAt();
      return next;
    });
    setItemStartedAt(at);
    setNow(at);
    if (index() + 1 >= total) setFinished(true);
    else setIndex((i) => i + 1);
  };
  const restart = () => {
    setIndex(0);
    setTimes([]);
    setOutcomes([]);
    setFinished(false);
    setStartedAt(Date.now());
    setItemStartedAt(Date.now());
  };

  return (
    <section class="page wide">
      <Async resource={round} retry={() => void refetch()}>
        {(current) => (
          <>
            <header class="mock-head">
              <div>
                <h1>
                  {t().mockTitle}: {companyName(current().company)} · {t().roundLabel[current().label] ?? current().label}
                </h1>
                <p class="muted">{loc(current().track)}</p>
              </div>
              <div class="mock-timer" role="timer" aria-live="off">
                <span>
                  {t().mockElapsed} <strong>{clock((finished() ? itemStartedAt() : now()) - startedAt())}</strong>
                </span>
                <Show when={!finished()}>
                  <span>
                    {t().mockThisItem} <strong>{clock(now() - itemStartedAt())}</strong>
                  </span>
                </Show>
              </div>
            </header>
            <Show when={!finished()} fallback={<Summary round={current()} outcomes={outcomes()} times={times()} onRestart={restart} />}>
              <nav class="mock-progress" aria-label={t().mockTitle}>
                <p>{t().mockItemOf(index() + 1, current().items.length)}</p>
                <ol>
                  <For each={current().items}>
                    {(item, i) => (
                      <li aria-current={i() === index() ? 'step' : undefined} class={i() < index() ? 'done' : ''}>
                        {t().itemType[item.type]}
                      </li>
                    )}
                  </For>
                </ol>
              </nav>
              <Show when={current().items[index()]} keyed>
                {(item) => <MockItem item={item} onOutcome={record} />}
              </Show>
              <div class="actions mock-actions">
                <button type="button" class="primary" onClick={() => advance(current().items.length)}>
                  {index() + 1 >= current().items.length ? t().mockFinish : t().mockNext}
                </button>
              </div>
            </Show>
          </>
        )}
      </Async>
      <p>
        <A href="/">← {t().timelineTitle}</A>
      </p>
    </section>
  );
}
