import type { PublicProblem } from '@mianjing/core';
import { For, Show } from 'solid-js';
import { Markdown } from '../components/Markdown.js';
import { loc, t } from '../lib/i18n.js';

/** The problem as the candidate saw it: statement, examples, limits and what the write-up says. */
export function Statement(props: { readonly problem: PublicProblem }) {
  return (
    <div class="statement">
      <Markdown text={loc(props.problem.statement)} />
      <h3>{t().examples}</h3>
      <For each={props.problem.examples}>
        {(example, index) => (
          <div class="example">
            <h4>{t().example(index() + 1)}</h4>
            <dl>
              <dt>{t().input}</dt>
              <dd>
                <pre>{JSON.stringify(example.input)}</pre>
              </dd>
              <dt>{t().output}</dt>
              <dd>
                <pre>{JSON.stringify(example.output)}</pre>
              </dd>
              <Show when={example.explanation}>
                {(explanation) => (
                  <>
                    <dt>{t().explanation}</dt>
                    <dd>
                      <Markdown text={loc(explanation())} />
                    </dd>
                  </>
                )}
              </Show>
            </dl>
          </div>
        )}
      </For>
      <p class="muted small">{t().limits(props.problem.limits.timeLimitMs, props.problem.limits.memoryLimitMb)}</p>
      <Show when={props.problem.notes.length > 0}>
        <aside class="writeup-notes" aria-label={t().writeupNotes}>
          <h3>{t().writeupNotes}</h3>
          <For each={props.problem.notes}>{(note) => <Markdown text={loc(note)} />}</For>
        </aside>
      </Show>
    </div>
  );
}
