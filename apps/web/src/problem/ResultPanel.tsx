import type { JudgeResult, TestResult } from '@mianjing/core';
import { verdictLabels } from '@mianjing/core/labels';
import { For, Show } from 'solid-js';
import { locale, t } from '../lib/i18n.js';
import { FailedCase } from './FailedCase.js';

const statusLabel = (status: TestResult['status']) => (status === 'Skipped' ? t().skipped : verdictLabels[status][locale()]);
const hasDetails = (test: TestResult) => Boolean(test.input || test.expected || test.actual || test.stdout || test.message);
const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(0));

/**
 * The judge's answer: verdict, tests passed, compile or runtime error, and a
 * row per test; the first failing test opens with its input, expected and
 * actual values and console output.
 */
export function ResultPanel(props: { readonly result: JudgeResult }) {
  const firstFailing = () => props.result.tests.find((test) => test.status !== 'Accepted' && test.status !== 'Skipped')?.index;
  return (
    <section class="result-panel" aria-labelledby="result-heading" data-verdict={props.result.verdict}>
      <h3 id="result-heading" class="visually-hidden">
        {t().result}
      </h3>
      <p class={`verdict verdict-${props.result.verdict === 'Accepted' ? 'ok' : 'bad'}`} data-testid="verdict">
        {verdictLabels[props.result.verdict][locale()]}
      </p>
      <p class="result-stats">
        <span>{t().testsPassed(props.result.passed, props.result.total)}</span>
        <span>{t().maxTime(ms(props.result.maxTimeMs))}</span>
        <span>{t().peakHeap(props.result.peakHeapMb.toFixed(1))}</span>
        <span>{t().modes[props.result.mode]}</span>
      </p>
      <Show when={props.result.compileError}>
        {(error) => (
          <div class="error-box">
            <p>{t().compileErrorAt(error().line, error().column)}</p>
            <pre>{error().message}</pre>
          </div>
        )}
      </Show>
      <Show when={props.result.runtimeError}>
        {(error) => (
          <div class="error-box">
            <p>
              <strong>
                {error().name}: {error().message}
              </strong>
            </p>
            <Show when={error().line}>{(line) => <p>{t().runtimeErrorAt(line())}</p>}</Show>
            <Show when={error().stack}>
              <pre>{error().stack}</pre>
            </Show>
          </div>
        )}
      </Show>
      <Show when={props.result.internalMessage}>{(message) => <p class="error-box">{message()}</p>}</Show>
      <Show when={props.result.tests.length > 0}>
        <p id="diff-legend" class="visually-hidden">
          {t().diffLegend}
        </p>
        <ol class="test-rows">
          <For each={props.result.tests}>
            {(test) => {
              const summary = (
                <>
                  <span class="test-marker" aria-hidden="true" />
                  <span class="test-index">
                    {t().test} {test.index + 1}
                  </span>
                  <span class="test-group">{t().groups[test.group] ?? test.group}</span>
                  <span class={`test-status status-${test.status === 'Accepted' ? 'ok' : test.status === 'Skipped' ? 'skip' : 'bad'}`}>
                    {statusLabel(test.status)}
                  </span>
                  <span class="test-time">{ms(test.timeMs)} ms</span>
                </>
              );
              return (
                <li class="test-row" data-status={test.status}>
                  <Show when={hasDetails(test)} fallback={<div class="test-summary">{summary}</div>}>
                    <details open={test.index === firstFailing()}>
                      <summary class="test-summary">{summary}</summary>
                      <FailedCase test={test} />
                    </details>
                  </Show>
                </li>
              );
            }}
          </For>
        </ol>
      </Show>
    </section>
  );
}
