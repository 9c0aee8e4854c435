import type { TestResult } from '@mianjing/core';
import { For, Show } from 'solid-js';
import { diffJson, type Segment } from '../lib/diff.js';
import { t } from '../lib/i18n.js';

function Marked(props: { readonly segments: readonly Segment[] }) {
  return <For each={props.segments}>{(segment) => (segment.changed ? <mark class="diff">{segment.text}</mark> : segment.text)}</For>;
}

/** Pretty JSON when it parses (and fits), the text as given otherwise. */
function pretty(json: string): string {
  if (json.length > 4000) return json;
  try {
    const text = JSON.stringify(JSON.parse(json));
    return text ?? json;
  } catch {
    return json;
  }
}

/** The input, expected and actual values of one test, side by side, with the difference marked. */
export function FailedCase(props: { readonly test: TestResult }) {
  const diff = () => {
    const expected = props.test.expected;
    const actual = props.test.actual;
    if (!expected || !actual) return undefined;
    return diffJson(pretty(expected.json), pretty(actual.json));
  };
  return (
    <div class="case">
      <Show when={props.test.input}>
        {(input) => (
          <div class="case-value">
            <h5>{t().input}</h5>
            <pre>
              {input().json}
              {input().truncated ? ` ${t().truncated}` : ''}
            </pre>
          </div>
        )}
      </Show>
      <Show
        when={diff()}
        fallback={
          <Show when={props.test.expected}>
            {(expected) => (
              <div class="case-value">
                <h5>{t().expected}</h5>
                <pre>{expected().json}</pre>
              </div>
            )}
          </Show>
        }
      >
        {(segments) => (
          <div class="side-by-side" aria-describedby="diff-legend">
            <div class="case-value">
              <h5>{t().expected}</h5>
              <pre data-testid="expected">
                <Marked segments={segments().expected} />
                {props.test.expected?.truncated ? ` ${t().truncated}` : ''}
              </pre>
            </div>
            <div class="case-value">
              <h5>{t().actual}</h5>
              <pre data-testid="actual">
                <Marked segments={segments().actual} />
                {props.test.actual?.truncated ? ` ${t().truncated}` : ''}
              </pre>
            </div>
          </div>
        )}
      </Show>
      <Show when={props.test.message}>
        {(message) => (
          <div class="case-value">
            <h5>{t().message}</h5>
            <pre>{message()}</pre>
          </div>
        )}
      </Show>
      <Show when={props.test.stdout}>
        {(stdout) => (
          <div class="case-value">
            <h5>{t().stdout}</h5>
            <pre class="stdout">{stdout()}</pre>
          </div>
        )}
      </Show>
    </div>
  );
}
