import type { PublicProblem } from '@mianjing/core';
import { A } from '@solidjs/router';
import { createSignal, For, Match, Show, Switch } from 'solid-js';
import { Markdown } from '../components/Markdown.js';
import { Tabs } from '../components/Tabs.js';
import { loc, t } from '../lib/i18n.js';
import type { SubmissionView } from './judging.js';
import { Statement } from './Statement.js';
import { SubmissionHistory } from './SubmissionHistory.js';
import { Workspace } from './Workspace.js';

/**
 * A problem to solve: statement, editorial and past submissions beside the
 * editor. Used by the problem page and by each coding item of a mock interview.
 */
export function ProblemView(props: {
  readonly problem: PublicProblem;
  /** Asks for the problem again with its editorial (`?reveal=editorial`). */
  readonly onRevealEditorial: () => void;
  /** After every judging: the page refetches the problem (an Accepted submit unlocks the editorial). */
  readonly onJudged?: (submission: SubmissionView) => void;
  readonly headingLevel?: 1 | 2;
}) {
  const [tab, setTab] = createSignal('statement');
  const [historyVersion, setHistoryVersion] = createSignal(0);
  const [shown, setShown] = createSignal<SubmissionView>();
  const [loadCode, setLoadCode] = createSignal<{ code: string; language: string; nonce: number }>();
  const onJudged = (submission: SubmissionView) => {
    setHistoryVersion((v) => v + 1);
    props.onJudged?.(submission);
  };
  const title = () => loc(props.problem.title);
  return (
    <div class="problem-layout">
      <div class="problem-side">
        <header class="problem-head">
          <Show when={(props.headingLevel ?? 1) === 1} fallback={<h2>{title()}</h2>}>
            <h1>{title()}</h1>
          </Show>
          <p class="meta">
            <span class={`difficulty difficulty-${props.problem.difficulty}`}>{t().difficulties[props.problem.difficulty]}</span>
            <For each={props.problem.tags}>
              {(tag) => (
                <A class="tag" href={`/problems?tag=${tag}`}>
                  {tag}
                </A>
              )}
            </For>
            <Show when={props.problem.source.url}>
              {(url) => (
                <a href={url()} target="_blank" rel="noreferrer noopener">
                  {t().source}:{' '}
                  {props.problem.source.platform === 'leetcode' ? `LeetCode ${props.problem.source.ref ?? ''}` : props.problem.source.ref}
                </a>
              )}
            </Show>
          </p>
        </header>
        <Tabs
          label={title()}
          tabs={[
            { id: 'statement', label: t().statement },
            { id: 'editorial', label: t().editorial },
            { id: 'submissions', label: t().submissions },
          ]}
          selected={tab()}
          onSelect={setTab}
        >
          <Switch>
            <Match when={tab() === 'statement'}>
              <Statement problem={props.problem} />
            </Match>
            <Match when={tab() === 'editorial'}>
              <Show
                when={props.problem.editorial}
                fallback={
                  <div class="locked">
                    <p>{t().editorialLocked}</p>
                    <button type="button" onClick={() => props.onRevealEditorial()}>
                      {t().showEditorial}
                    </button>
                  </div>
                }
              >
                {(editorial) => <Markdown text={loc(editorial())} class="editorial" />}
              </Show>
            </Match>
            <Match when={tab() === 'submissions'}>
              <SubmissionHistory
                problemId={props.problem.id}
                version={historyVersion()}
                onShow={setShown}
                onLoadCode={(submission) => setLoadCode({ code: submission.code, language: submission.language, nonce: Date.now() })}
              />
            </Match>
          </Switch>
        </Tabs>
      </div>
      <div class="problem-main">
        <Workspace problem={props.problem} shown={shown()} loadCode={loadCode()} onJudged={onJudged} />
      </div>
    </div>
  );
}
