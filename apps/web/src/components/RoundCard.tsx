import type { RoundView } from '@mianjing/core';
import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { loc, t } from '../lib/i18n.js';
import { Tex } from './Markdown.js';

/** Where a round item leads: problems to their page, questions to theirs; talk items nowhere. */
export function itemHref(item: RoundView['items'][number]): string | undefined {
  if (item.type === 'problem') return `/problems/${item.id}`;
  if (item.type === 'numeric' || item.type === 'concept') return `/questions/${item.id}`;
  return undefined;
}

/** The title of a round item in the current language. */
export function itemTitle(round: RoundView, item: RoundView['items'][number]): string {
  if (item.type === 'talk') return t().talkTopic[item.topic] ?? item.topic;
  const title = round.itemTitles[item.id];
  return title ? loc(title) : item.id;
}

/** One round of the timeline: company, date, outcome, the write-up's summary and its items in order. */
export function RoundCard(props: { readonly round: RoundView; readonly companyName: string }) {
  const headingId = () => `round-${props.round.id}`;
  return (
    <article class="card round-card" aria-labelledby={headingId()}>
      <header class="round-head">
        <h3 id={headingId()}>
          {props.companyName} · {t().roundLabel[props.round.label] ?? props.round.label}
        </h3>
        <p class="muted">
          <time>{t().dateOf(props.round.date.month, props.round.date.day, props.round.date.year)}</time> · {loc(props.round.track)} ·{' '}
          <span class={`outcome outcome-${props.round.outcome}`}>{t().roundOutcome[props.round.outcome] ?? props.round.outcome}</span>
        </p>
      </header>
      <Show when={props.round.summary}>{(summary) => <p>{loc(summary())}</p>}</Show>
      <ol class="round-items">
        <For each={props.round.items}>
          {(item) => (
            <li>
              <span class={`badge badge-${item.type}`}>{t().itemType[item.type]}</span>{' '}
              <Show when={itemHref(item)} fallback={<span>{itemTitle(props.round, item)}</span>}>
                {(href) => (
                  <A href={href()}>
                    <Tex text={itemTitle(props.round, item)} />
                  </A>
                )}
              </Show>
              <Show when={item.note}>{(note) => <p class="item-note muted">{loc(note())}</p>}</Show>
            </li>
          )}
        </For>
      </ol>
      <A class="button" href={`/mock/${props.round.id}`}>
        {t().startMock}
      </A>
    </article>
  );
}
