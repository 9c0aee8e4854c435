import type { CollectionItem, Progress } from '@mianjing/core';
import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import { Tex } from '../components/Markdown.js';
import { loc, t } from '../lib/i18n.js';
import { itemHref, itemStatus } from './status.js';

const MARK = { done: '✓', attempted: '•', new: '' } as const;

/** One item of a section: its kind, its title linking to it, how far the person is, and the collection's note. */
export function CollectionItemRow(props: {
  readonly item: CollectionItem;
  readonly title: { readonly zh: string; readonly en: string } | undefined;
  readonly progress: Progress | undefined;
}) {
  const status = () => itemStatus(props.item, props.progress);
  const statusWord = () =>
    (props.item.type === 'problem' ? t().statuses[status().key] : t().questionStatuses[status().key]) ?? status().key;
  return (
    <li class="collection-item" data-status={status().status} data-item={props.item.id}>
      <span class={`collection-item-mark status-${status().status}`}>
        <span aria-hidden="true">{MARK[status().status]}</span>
        <span class="visually-hidden">{statusWord()}</span>
      </span>
      <span class={`badge badge-${props.item.type}`}>{t().itemType[props.item.type]}</span>
      <A class="collection-item-title" href={itemHref(props.item)}>
        <Tex text={props.title ? loc(props.title) : props.item.id} />
      </A>
      <Show when={props.item.note}>{(note) => <p class="item-note muted">{loc(note())}</p>}</Show>
    </li>
  );
}
