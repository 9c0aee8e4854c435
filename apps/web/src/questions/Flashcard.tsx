import type { PublicQuestion, ReviewCard, ReviewRating } from '@mianjing/core';
import { createSignal, For, onCleanup, Show } from 'solid-js';
import { ErrorNotice } from '../components/Async.js';
import { Markdown } from '../components/Markdown.js';
import { createAction } from '../lib/action.js';
import { call } from '../lib/api.js';
import { loc, relativeTime, t } from '../lib/i18n.js';

type Concept = Extract<PublicQuestion, { kind: 'concept' }>;
const RATINGS: readonly ReviewRating[] = ['again', 'hard', 'good', 'easy'];

/**
 * One flashcard: the prompt, then (Space or the button) the reference answer,
 * key points and the candidate's answer, then a rating (1–4) that FSRS turns
 * into the next due time.
 */
export function Flashcard(props: { readonly question: Concept; readonly onRated?: (card: ReviewCard) => void }) {
  const [revealed, setRevealed] = createSignal(false);
  const [rated, setRated] = createSignal<ReviewCard>();
  let answerHeading: HTMLHeadingElement | undefined;

  const reveal = () => {
    setRevealed(true);
    queueMicrotask(() => answerHeading?.focus());
  };

  const rating = createAction(async (value: ReviewRating) => {
    const card = await call((api) => api.POST('/reviews', { body: { questionId: props.question.id, rating: value } }));
    setRated(card);
    props.onRated?.(card);
  });
  const rate = (value: ReviewRating) => {
    if (!rated()) void rating.run(value);
  };

  const onKey = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
    if (!revealed() && event.key === ' ' && target?.tagName !== 'BUTTON') {
      event.preventDefault();
      reveal();
    } else if (revealed() && ['1', '2', '3', '4'].includes(event.key)) {
      const value = RATINGS[Number(event.key) - 1];
      if (value) rate(value);
    }
  };
  document.addEventListener('keydown', onKey);
  onCleanup(() => document.removeEventListener('keydown', onKey));

  return (
    <article class="card flashcard" aria-label={t().reviewTitle}>
      <Markdown text={loc(props.question.prompt)} class="prompt" />
      <Show
        when={revealed()}
        fallback={
          <div class="reveal-row">
            <button type="button" class="primary" onClick={reveal}>
              {t().reveal}
            </button>
            <span class="muted small">{t().revealHint}</span>
          </div>
        }
      >
        <h3 tabindex="-1" ref={answerHeading}>
          {t().referenceAnswer}
        </h3>
        <Markdown text={loc(props.question.answer)} />
        <h3>{t().keyPoints}</h3>
        <ul class="key-points">
          <For each={props.question.keyPoints}>
            {(point) => (
              <li>
                <Markdown text={loc(point)} />
              </li>
            )}
          </For>
        </ul>
        <Show when={props.question.candidate}>
          {(candidate) => (
            <div class="candidate">
              <h3>{t().candidateSaid}</h3>
              <Markdown text={loc(candidate().said)} />
              <h3>{t().assessment}</h3>
              <Markdown text={loc(candidate().assessment)} />
            </div>
          )}
        </Show>
        <Show
          when={rated()}
          fallback={
            <div class="rating" role="group" aria-label={t().rateLabel}>
              <p>{t().rateLabel}</p>
              <For each={RATINGS}>
                {(value, index) => (
                  <button type="button" class={`rate rate-${value}`} disabled={rating.pending()} onClick={() => rate(value)}>
                    <kbd aria-hidden="true">{index() + 1}</kbd> {t().ratings[value]}
                  </button>
                )}
              </For>
            </div>
          }
        >
          {(card) => (
            <p class="rescheduled" role="status">
              {t().rescheduled(relativeTime(card().due))}
            </p>
          )}
        </Show>
        <Show when={rating.error()}>{(failure) => <ErrorNotice error={failure()} />}</Show>
      </Show>
    </article>
  );
}
