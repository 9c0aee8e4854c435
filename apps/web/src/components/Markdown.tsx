import { createResource, Show } from 'solid-js';
import { renderInlineTex, renderMarkdown } from '../lib/markdown.js';

/** Markdown with TeX; until marked and KaTeX have loaded the plain text shows, never a blank. */
export function Markdown(props: { readonly text: string; readonly class?: string }) {
  const [html] = createResource(() => props.text, renderMarkdown);
  return (
    <Show when={html.latest} fallback={<div class={`markdown pending ${props.class ?? ''}`}>{props.text}</div>}>
      {(rendered) => <div class={`markdown ${props.class ?? ''}`} innerHTML={rendered()} />}
    </Show>
  );
}

/** One line of text with inline TeX, such as a question's prompt in a list. */
export function Tex(props: { readonly text: string }) {
  const [html] = createResource(() => props.text, renderInlineTex);
  return (
    <Show when={html.latest} fallback={<span>{props.text}</span>}>
      {(rendered) => <span innerHTML={rendered()} />}
    </Show>
  );
}
