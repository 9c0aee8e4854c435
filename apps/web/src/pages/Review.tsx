import type { PublicQuestion } from '@mianjing/core';
import { A } from '@solidjs/router';
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { Async } from '../components/Async.js';
import { Tex } from '../components/Markdown.js';
import { read } from '../lib/api.js';
import { loc, relativeTime, t } from '../lib/i18n.js';
import { Flashcard } from '../questions/Flashcard.js';
import { Table } from '../components/Table.js';
import { tw } from '../writeups/messages.js';
import { type DueReview, ownCardQuestion } from '../writeups/ownCard.js';
import { userText } from '../writeups/text.js';

type Concept = Extract<PublicQuestion, { kind: 'concept' }>;

/** A due card as the flashcard shows it: a catalogue question, or an author's own question keyed by its card key. */
const questionOf = (item: DueReview): Concept => (item.source === 'writeup' ? ownCardQuestion(item.key, item) : (item.question as Concept));

/** Where an own card comes from: the write-up's title and author, linked. */
function OwnCardSource(props: { readonly writeup: { id: string; title: { zh?: string; en?: string }; authorName: string } }) {
  return (
    <p class="card-source muted" data-testid="own-card-source">
      <A href={`/writeups/${props.writeup.id}`}>{tw().fromWriteup(userText(props.writeup.title), props.writeup.authorName)}</A>
    </p>
  );
}

const fetchDue = () => read((api) => api.GET('/reviews/due'));
const fetchCards = () => read((api) => api.GET('/reviews/cards')).then((r) => r.items);
const fetchConcepts = () =>
  read((api) => api.GET('/questions', { params: { query: { kind: 'concept' } } })).then((r) => r.items as PublicQuestion[]);

/** The review session: due cards one at a time, then every reviewed card with its next due time. */
export default function Review() {
  const [due, dueActions] = createResource(fetchDue);
  const [cards, cardsActions] = createResource(fetchCards);
  const [concepts] = createResource(fetchConcepts);
  // Cards rated in this session stay on screen (showing their new due time) until "next".
  const [position, setPosition] = createSignal(0);
  const current = createMemo(() => due.latest?.items[position()]);
  const prompt = (id: string) => {
    const question = concepts.latest?.find((q) => q.id === id);
    return question ? loc(question.prompt) : id;
  };
  const next = () => {
    if (position() + 1 < (due.latest?.items.length ?? 0)) setPosition((p) => p + 1);
    else {
      setPosition(0);
      void dueActions.refetch();
    }
  };
  const [rated, setRated] = createSignal(false);

  return (
    <section class="page narrow">
      <h1>{t().reviewTitle}</h1>
      <Async resource={due} retry={() => void dueActions.refetch()}>
        {(list) => (
          <>
            <p class="due-count" aria-live="polite">
              {t().dueNow(Math.max(0, list().count - position() - (rated() ? 1 : 0)))}
            </p>
            <Show when={current()} keyed fallback={<p>{t().nothingDue}</p>}>
              {(item) => (
                <>
                  <Show when={item.source === 'writeup' && item}>{(own) => <OwnCardSource writeup={own().writeup} />}</Show>
                  <Flashcard
                    question={questionOf(item)}
                    onRated={() => {
                      setRated(true);
                      void cardsActions.refetch();
                    }}
                  />
                  <Show when={rated()}>
                    <button
                      type="button"
                      class="primary next-card"
                      ref={(el) => queueMicrotask(() => el.focus())}
                      onClick={() => {
                        setRated(false);
                        next();
                      }}
                    >
                      {t().nextCard}
                    </button>
                  </Show>
                </>
              )}
            </Show>
          </>
        )}
      </Async>
      <h2>{t().yourCards}</h2>
      <Async resource={cards} retry={() => void cardsActions.refetch()}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p>{t().noCards}</p>}>
            <Table caption={t().yourCards} columns={[t().prompt, t().phase, t().reps, t().dueAt]} class="cards-table">
              <For each={[...list()].sort((a, b) => a.due.localeCompare(b.due))}>
                {(card) => (
                  <tr data-question={card.questionId}>
                    <td>
                      <Show
                        when={card.own}
                        fallback={
                          <A href={`/questions/${card.questionId}`}>
                            <Tex text={prompt(card.questionId)} />
                          </A>
                        }
                      >
                        {(own) => (
                          <>
                            <A href={`/writeups/${own().writeup.id}`}>
                              <Tex text={userText(own().item.prompt)} />
                            </A>{' '}
                            <span class="muted small">{tw().fromWriteup(userText(own().writeup.title), own().writeup.authorName)}</span>
                          </>
                        )}
                      </Show>
                    </td>
                    <td>{t().phases[card.phase] ?? card.phase}</td>
                    <td>{card.reps}</td>
                    <td>
                      <time datetime={card.due}>
                        {new Date(card.due).getTime() <= Date.now() ? t().dueOverdue : relativeTime(card.due)}
                      </time>
                    </td>
                  </tr>
                )}
              </For>
            </Table>
          </Show>
        )}
      </Async>
    </section>
  );
}
