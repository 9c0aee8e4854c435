import { createResource, Show } from 'solid-js';
import { renderInlineTex, renderMarkdown } from '../lib/markdown.js';

// The only way text becomes HTML in the app: renderMarkdown and renderInlineTex return
// what DOMPurify let through (lib/markdown.ts), so a user's write-up can be shown here.
// Until then the text shows as a plain text node, never as HTML.

/** Markdown with TeX, sanitised; until marked and KaTeX have loaded the plain text shows, never a blank. */
export function Markdown(props: { readonly text: string; readonly class?: string }) {
  const [html] = createResource(() => props.text, renderMarkdown);
  return (
    <Show when={html.latest} fallback={<div class={`markdown pending ${props.class ?? ''}`}>{props.text}</div>}>
      {(rendered) => <div class={`markdown ${props.class ?? ''}`} innerHTML={rendered()} />}
    </Show>
  );
}

/** One line of text with inline TeX, such as a question's prompt in a list; sanitised like Markdown. */
export function Tex(props: { readonly text: string }) {
  const [html] = createResource(() => props.text, renderInlineTex);
  return (
    <Show when={html.latest} fallback={<span>{props.text}</span>}>
      {(rendered) => <span innerHTML={rendered()} />}
    </Show>
  );
}
