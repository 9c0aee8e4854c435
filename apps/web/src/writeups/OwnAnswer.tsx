import type { OwnConceptItem } from '@mianjing/core';
import { For, Show } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { Markdown } from '../components/Markdown.js';
import { t } from '../lib/i18n.js';
import { tw } from './messages.js';
import { userText } from './text.js';

/**
 * The back of an author's own question: their answer (or that there is none
 * yet), its key points and what they said in the interview. `heading` is the
 * level its headings take where it is shown.
 */
export function OwnAnswer(props: { readonly item: OwnConceptItem; readonly heading: 'h3' | 'h4'; readonly keyPointsTitle?: boolean }) {
  return (
    <>
      <Show when={props.item.answer} fallback={<p class="muted">{tw().noAnswer}</p>}>
        {(answer) => <Markdown text={userText(answer())} />}
      </Show>
      <Show when={props.item.keyPoints.length > 0}>
        <Show when={props.keyPointsTitle}>
          <Dynamic component={props.heading}>{t().keyPoints}</Dynamic>
        </Show>
        <ul class="key-points">
          <For each={props.item.keyPoints}>
            {(point) => (
              <li>
                <Markdown text={userText(point)} />
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.item.said}>
        {(said) => (
          <>
            <Dynamic component={props.heading}>{tw().said}</Dynamic>
            <Markdown text={userText(said())} />
          </>
        )}
      </Show>
    </>
  );
}
