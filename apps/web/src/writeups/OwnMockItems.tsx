import type { OwnConceptItem, OwnProblemItem } from '@mianjing/core';
import { createSignal, Show } from 'solid-js';
import { ErrorNotice } from '../components/Async.js';
import { Markdown, Tex } from '../components/Markdown.js';
import { createAction } from '../lib/action.js';
import { t } from '../lib/i18n.js';
import { markPractised } from './api.js';
import { tw } from './messages.js';
import { OwnAnswer } from './OwnAnswer.js';
import { userText } from './text.js';
import { safeUrl } from './UserRoundCard.js';

/** A button that marks one of the author's own items practised by the reader. */
function PractisedButton(props: { readonly writeupId: string; readonly itemKey: string; readonly onDone: () => void }) {
  const [done, setDone] = createSignal(false);
  const mark = createAction(async () => {
    await markPractised(props.writeupId, props.itemKey, true);
    setDone(true);
    props.onDone();
  });
  return (
    <>
      <button
        type="button"
        class="primary"
        data-testid="mock-practised"
        disabled={done() || mark.pending()}
        onClick={() => void mark.run()}
      >
        {done() ? `✓ ${tw().practised}` : tw().markPractised}
      </button>
      <Show when={mark.error()}>{(error) => <ErrorNotice error={error()} />}</Show>
    </>
  );
}

/** The author's own coding question in a mock interview: not judged, marked practised by hand. */
export function OwnProblemMock(props: { readonly item: OwnProblemItem; readonly writeupId: string; readonly onDone: () => void }) {
  return (
    <article class="card own-problem" data-testid="mock-own-problem">
      <h2>
        <Tex text={userText(props.item.title)} />
      </h2>
      <p class="muted">
        <Show when={props.item.leetcode}>{(ref) => <>{tw().leetcodeNo(ref())} · </>}</Show>
        <Show when={safeUrl(props.item.url)}>
          {(url) => (
            <a href={url()} rel="noopener noreferrer nofollow" target="_blank">
              {tw().url}
            </a>
          )}
        </Show>
      </p>
      <Show when={props.item.note}>{(note) => <Markdown text={userText(note())} />}</Show>
      <p>{tw().notJudged}</p>
      <PractisedButton writeupId={props.writeupId} itemKey={props.item.id} onDone={props.onDone} />
    </article>
  );
}

/** The author's own question as a flashcard: the prompt, then their answer, key points and what they said. */
export function OwnConceptMock(props: { readonly item: OwnConceptItem; readonly writeupId: string; readonly onDone: () => void }) {
  const [revealed, setRevealed] = createSignal(false);
  return (
    <article class="card flashcard" data-testid="mock-own-concept" aria-label={tw().ownConcept}>
      <Markdown text={userText(props.item.prompt)} class="prompt" />
      <Show
        when={revealed()}
        fallback={
          <button type="button" class="primary" onClick={() => setRevealed(true)}>
            {t().reveal}
          </button>
        }
      >
        <h3>{tw().showAnswer}</h3>
        <OwnAnswer item={props.item} heading="h3" keyPointsTitle />
        <PractisedButton writeupId={props.writeupId} itemKey={props.item.id} onDone={props.onDone} />
      </Show>
    </article>
  );
}
