import type { PublicProblem, PublicQuestion } from '@mianjing/core';
import { A, useParams } from '@solidjs/router';
import { createResource, createSignal, For, Match, onCleanup, Show, Switch } from 'solid-js';
import { Async } from '../components/Async.js';
import { Tex } from '../components/Markdown.js';
import { clock, t } from '../lib/i18n.js';
import { fetchProblem, fetchQuestion, fetchRound, useCompanyNames } from '../lib/queries.js';
import { ProblemView } from '../problem/ProblemView.js';
import { Flashcard } from '../questions/Flashcard.js';
import { NumericQuestion } from '../questions/NumericQuestion.js';
import { Table } from '../components/Table.js';
import { fetchWriteup } from '../writeups/api.js';
import { loadCatalogue } from '../writeups/catalogue.js';
import { fromCatalogueRound, fromWriteupRound, type MockRound, type MockStep } from '../writeups/mockRound.js';
import { OwnConceptMock, OwnProblemMock } from '../writeups/OwnMockItems.js';

type Item = MockStep;
type Outcome = 'solved' | 'attempted' | 'correct' | 'wrong' | 'rated' | 'skipped' | 'done' | 'practised';

/** One item of the round, loaded and shown the way its page shows it; reports how it went. */
function MockItem(props: { readonly item: Item; readonly onOutcome: (outcome: Outcome) => void }) {
  const item = props.item;
  if (item.type === 'talk') {
    props.onOutcome('done');
    return (
      <div class="card talk-item">
        <h2>{item.title}</h2>
        <p>{item.note}</p>
        <p class="muted">{t().mockTalkDone}</p>
      </div>
    );
  }
  if (item.type === 'own-problem')
    return <OwnProblemMock item={item.item} writeupId={item.writeupId} onDone={() => props.onOutcome('practised')} />;
  if (item.type === 'own-concept')
    return <OwnConceptMock item={item.item} writeupId={item.writeupId} onDone={() => props.onOutcome('practised')} />;
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
  const id = item.id;
  const [question, { refetch }] = createResource(() => fetchQuestion(id) as Promise<PublicQuestion>);
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
  readonly round: MockRound;
  readonly outcomes: readonly Outcome[];
  readonly times: readonly number[];
  readonly onRestart: () => void;
}) {
  const count = (types: readonly Item['type'][], good: (o: Outcome) => boolean) => {
    const indices = props.round.steps.map((item, i) => (types.includes(item.type) ? i : -1)).filter((i) => i >= 0);
    return { done: indices.filter((i) => good(props.outcomes[i] ?? 'skipped')).length, total: indices.length };
  };
  const problems = () => count(['problem'], (o) => o === 'solved');
  const numeric = () => count(['numeric'], (o) => o === 'correct');
  const concepts = () => count(['concept'], (o) => o === 'rated');
  const own = () => count(['own-problem', 'own-concept'], (o) => o === 'practised');
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
        <Show when={own().total > 0}>
          <li>{t().mockPractised(own().done, own().total)}</li>
        </Show>
      </ul>
      <Table caption={t().mockSummary} columns={['#', t().mockItemHeader, t().mockOutcomeHeader, t().mockTimeSpent]}>
        <For each={props.round.steps}>
          {(item, index) => (
            <tr>
              <td>{index() + 1}</td>
              <td>
                <span class={`badge badge-${item.type}`}>{t().itemType[item.type]}</span> <Tex text={item.title} />
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

/** The round to play: the catalogue's (/mock/:roundId) or one of a user's write-up (/writeups/:id/mock/:roundId). */
async function loadMockRound(source: { id: string | undefined; roundId: string }, companyName: (id: string) => string): Promise<MockRound> {
  if (source.id === undefined) return fromCatalogueRound(await fetchRound(source.roundId), companyName);
  const [view, catalogue] = await Promise.all([fetchWriteup(source.id), loadCatalogue()]);
  const round = fromWriteupRound(view, source.roundId, companyName, catalogue);
  if (!round) throw new Error(t().notFound);
  return round;
}

/**
 * /mock/:roundId and /writeups/:id/mock/:roundId — the round's items in order
 * with a running timer, then a summary. Catalogue problems are judged,
 * questions answered or reviewed; the author's own problems are marked
 * practised and their own questions are flashcards with their answers.
 */
export default function MockInterview() {
  const params = useParams<{ id?: string; roundId: string }>();
  const companyName = useCompanyNames();
  const [round, { refetch }] = createResource(
    () => ({ id: params.id, roundId: params.roundId }),
    (source) => loadMockRound(source, companyName),
  );
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
                  {t().mockTitle}: {current().heading()}
                </h1>
                <p class="muted">{current().track}</p>
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
                <p>{t().mockItemOf(index() + 1, current().steps.length)}</p>
                <ol>
                  <For each={current().steps}>
                    {(item, i) => (
                      <li aria-current={i() === index() ? 'step' : undefined} class={i() < index() ? 'done' : ''}>
                        {t().itemType[item.type]}
                      </li>
                    )}
                  </For>
                </ol>
              </nav>
              <Show when={current().steps[index()]} keyed>
                {(item) => <MockItem item={item} onOutcome={record} />}
              </Show>
              <div class="actions mock-actions">
                <button type="button" class="primary" onClick={() => advance(current().steps.length)}>
                  {index() + 1 >= current().steps.length ? t().mockFinish : t().mockNext}
                </button>
              </div>
            </Show>
          </>
        )}
      </Async>
      <p>
        <Show when={round.latest} fallback={<A href="/">← {t().timelineTitle}</A>}>
          {(current) => <A href={current().back.href}>← {current().back.label}</A>}
        </Show>
      </p>
    </section>
  );
}
