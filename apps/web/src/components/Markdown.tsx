import { createResource, type Resource, Show } from 'solid-js';
import { renderInlineTex, renderMarkdown } from '../lib/markdown.js';

// The only way text becomes HTML in the app: renderMarkdown and renderInlineTex return
// what DOMPurify let through (lib/markdown.ts), so a user's write-up can be shown here.
// Until then the text shows as a plain text node, never as HTML.

/**
 * The HTML once there is some, without suspending: `latest` suspends the
 * nearest <Suspense> on a resource's first load (the whole page would blink to
 * "Loading…" while one new formula is typeset), so it is read only once the
 * resource has resolved; errors leave the plain text.
 */
const rendered = (html: Resource<string>) => (html.state === 'ready' || html.state === 'refreshing' ? html.latest : undefined);

/** Markdown with TeX, sanitised; until marked and KaTeX have loaded the plain text shows, never a blank. */
export function Markdown(props: { readonly text: string; readonly class?: string }) {
  const [html] = createResource(() => props.text, renderMarkdown);
  return (
    <Show when={rendered(html)} fallback={<div class={`markdown pending ${props.class ?? ''}`}>{props.text}</div>}>
      {(inner) => <div class={`markdown ${props.class ?? ''}`} innerHTML={inner()} />}
    </Show>
  );
}

/** One line of text with inline TeX, such as a question's prompt in a list; sanitised like Markdown. */
export function Tex(props: { readonly text: string }) {
  const [html] = createResource(() => props.text, renderInlineTex);
  return (
    <Show when={rendered(html)} fallback={<span>{props.text}</span>}>
      {(inner) => <span innerHTML={inner()} />}
    </Show>
  );
}
