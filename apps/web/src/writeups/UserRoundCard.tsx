import './writeups.css';
import type { UserRound, WriteupPracticeState } from '@mianjing/core';
import { A } from '@solidjs/router';
import { For, Match, Show, Switch } from 'solid-js';
import { Markdown, Tex } from '../components/Markdown.js';
import { t } from '../lib/i18n.js';
import { type Catalogue, catalogueTitle } from './catalogue.js';
import { tw } from './messages.js';
import { OwnAnswer } from './OwnAnswer.js';
import { userText } from './text.js';

type Item = UserRound['items'][number];

/** Only web links become links: an author's `javascript:` or `data:` URL stays text. */
export const safeUrl = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

/** Marks one of the author's own items practised by the reader, or unmarks it. */
function PractisedToggle(props: { readonly practised: boolean; readonly onToggle: (practised: boolean) => void }) {
  return (
    <button
      type="button"
      class="small"
      data-testid="item-practised"
      aria-pressed={props.practised}
      onClick={() => props.onToggle(!props.practised)}
    >
      {props.practised ? `✓ ${tw().practised}` : tw().markPractised}
    </button>
  );
}

/** The reader's state on a catalogue item, as a small badge. */
function StatusBadge(props: { readonly status: string | undefined }) {
  return (
    <Show when={props.status && props.status !== 'new' && props.status}>
      {(status) => <span class={`badge status-${status()}`}>{tw().statusOf[status()] ?? status()}</span>}
    </Show>
  );
}

function ItemLine(props: {
  readonly item: Item;
  readonly catalogue: Catalogue | undefined;
  readonly practice: WriteupPracticeState | null | undefined;
  readonly onPractised: ((itemKey: string, practised: boolean) => void) | undefined;
}) {
  const practisedAt = (key: string) => props.practice?.practised[key];
  return (
    <Switch>
      <Match when={props.item.type === 'problem' && props.item}>
        {(item) => (
          <>
            <span class="badge badge-problem">{t().itemType.problem}</span>{' '}
            <A href={`/problems/${item().id}`}>
              <Tex text={catalogueTitle(props.catalogue, 'problem', item().id)} />
            </A>{' '}
            <StatusBadge status={props.practice?.problems[item().id]} />
          </>
        )}
      </Match>
      <Match when={(props.item.type === 'numeric' || props.item.type === 'concept') && props.item}>
        {(item) => (
          <>
            <span class={`badge badge-${item().type}`}>{t().itemType[item().type]}</span>{' '}
            <A href={`/questions/${'id' in item() ? (item() as { id: string }).id : ''}`}>
              <Tex text={catalogueTitle(props.catalogue, item().type as 'numeric' | 'concept', (item() as { id: string }).id)} />
            </A>{' '}
            <StatusBadge status={props.practice?.questions[(item() as { id: string }).id]} />
          </>
        )}
      </Match>
      <Match when={props.item.type === 'talk' && props.item}>
        {(item) => (
          <>
            <span class="badge badge-talk">{t().itemType.talk}</span>{' '}
            {t().talkTopic[(item() as { topic: string }).topic] ?? (item() as { topic: string }).topic}
          </>
        )}
      </Match>
      <Match when={props.item.type === 'own-problem' && (props.item as Extract<Item, { type: 'own-problem' }>)}>
        {(item) => (
          <>
            <span class="badge badge-problem">{tw().ownProblem}</span> <Tex text={userText(item().title)} />
            <Show when={item().leetcode}>{(ref) => <span class="muted"> · {tw().leetcodeNo(ref())}</span>}</Show>
            <Show when={safeUrl(item().url)}>
              {(url) => (
                <>
                  {' '}
                  ·{' '}
                  <a href={url()} rel="noopener noreferrer nofollow" target="_blank">
                    {tw().url}
                  </a>
                </>
              )}
            </Show>
            <Show when={props.onPractised}>
              {(toggle) => (
                <>
                  {' '}
                  <PractisedToggle practised={Boolean(practisedAt(item().id))} onToggle={(next) => toggle()(item().id, next)} />
                </>
              )}
            </Show>
          </>
        )}
      </Match>
      <Match when={props.item.type === 'own-concept' && (props.item as Extract<Item, { type: 'own-concept' }>)}>
        {(item) => (
          <>
            <span class="badge badge-concept">{tw().ownConcept}</span> <Tex text={userText(item().prompt)} />
            <details class="own-answer">
              <summary>{tw().showAnswer}</summary>
              <OwnAnswer item={item()} heading="h4" />
            </details>
            <Show when={props.onPractised}>
              {(toggle) => <PractisedToggle practised={Boolean(practisedAt(item().id))} onToggle={(next) => toggle()(item().id, next)} />}
            </Show>
          </>
        )}
      </Match>
    </Switch>
  );
}

/** The note of an item, any kind; talk items always have one. */
const itemNote = (item: Item) => item.note;

/**
 * One round of a user's write-up, drawn like the timeline's: company, round,
 * date, track and outcome, then its items in order and the author's notes.
 * With `mockHref` it offers a mock interview; with `onPractised`, a reader's
 * toggle on the author's own items.
 */
export function UserRoundCard(props: {
  readonly round: UserRound;
  readonly index: number;
  readonly companyName: string;
  readonly catalogue: Catalogue | undefined;
  readonly practice?: WriteupPracticeState | null | undefined;
  readonly mockHref?: string | undefined;
  readonly onPractised?: ((itemKey: string, practised: boolean) => void) | undefined;
}) {
  const headingId = () => `wround-${props.round.id}`;
  const label = () => (props.round.label ? (t().roundLabel[props.round.label] ?? props.round.label) : tw().roundN(props.index + 1));
  return (
    <article class="card round-card" aria-labelledby={headingId()} data-testid="writeup-round">
      <header class="round-head">
        <h3 id={headingId()}>
          {props.companyName ? `${props.companyName} · ` : ''}
          {label()}
        </h3>
        <p class="muted">
          <Show when={props.round.date}>
            {(date) => (
              <>
                <time>{t().dateOf(date().month, date().day, date().year)}</time> ·{' '}
              </>
            )}
          </Show>
          <Show when={props.round.track}>{(track) => <>{userText(track())} · </>}</Show>
          <span class={`outcome outcome-${props.round.outcome}`}>{t().roundOutcome[props.round.outcome] ?? props.round.outcome}</span>
        </p>
      </header>
      <Show when={props.round.summary}>{(summary) => <Markdown text={userText(summary())} />}</Show>
      <ol class="round-items">
        <For each={props.round.items}>
          {(item) => (
            <li data-testid="writeup-item">
              <ItemLine item={item} catalogue={props.catalogue} practice={props.practice} onPractised={props.onPractised} />
              <Show when={itemNote(item)}>{(note) => <Markdown class="item-note muted" text={userText(note())} />}</Show>
            </li>
          )}
        </For>
      </ol>
      <Show when={props.round.notes.length > 0}>
        <div class="round-notes">
          <For each={props.round.notes}>{(note) => <Markdown class="muted" text={userText(note)} />}</For>
        </div>
      </Show>
      <Show when={props.mockHref && props.round.items.length > 0 && props.mockHref}>
        {(href) => (
          <A class="button" href={href()} data-testid="writeup-mock">
            {tw().mock}
          </A>
        )}
      </Show>
    </article>
  );
}
