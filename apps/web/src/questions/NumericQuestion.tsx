import type { PublicQuestion } from '@mianjing/core';
import { createSignal, Show } from 'solid-js';
import { ErrorNotice } from '../components/Async.js';
import { Markdown } from '../components/Markdown.js';
import { createAction } from '../lib/action.js';
import { call } from '../lib/api.js';
import { loc, locale, t } from '../lib/i18n.js';

type Numeric = Extract<PublicQuestion, { kind: 'numeric' }>;
type Grade = {
  correct: boolean;
  given: number;
  expected: number;
  unit: { zh: string; en: string };
  explanation: { zh: string; en: string };
};

/** A question answered with one number: the prompt, an answer field, then the grade and the worked explanation. */
export function NumericQuestion(props: { readonly question: Numeric; readonly onAnswered?: (grade: Grade) => void }) {
  const [value, setValue] = createSignal('');
  const [invalid, setInvalid] = createSignal(false);
  const [grade, setGrade] = createSignal<Grade>();
  const inputId = () => `answer-${props.question.id}`;

  const grading = createAction(async (number: number) => {
    const graded = await call((api) =>
      api.POST('/questions/{id}/answer', { params: { path: { id: props.question.id } }, body: { value: number } }),
    );
    setGrade(graded);
    props.onAnswered?.(graded);
  });

  function answer(event: Event) {
    event.preventDefault();
    const number = Number(value().trim().replace(/,/g, ''));
    const valid = value().trim() !== '' && Number.isFinite(number);
    setInvalid(!valid);
    if (valid) void grading.run(number);
  }

  return (
    <div class="question numeric">
      <Markdown text={loc(props.question.prompt)} class="prompt" />
      <form class="answer-form" onSubmit={answer}>
        <label for={inputId()}>{t().yourAnswer}</label>
        <div class="answer-row">
          <input
            id={inputId()}
            inputmode="decimal"
            autocomplete="off"
            value={value()}
            aria-invalid={invalid()}
            aria-describedby={invalid() ? `${inputId()}-error` : undefined}
            onInput={(event) => setValue(event.currentTarget.value)}
          />
          <span class="unit">{loc(props.question.unit)}</span>
          <button type="submit" class="primary" disabled={grading.pending()}>
            {t().answer}
          </button>
        </div>
        <Show when={invalid()}>
          <p id={`${inputId()}-error`} class="field-error">
            {t().notANumber}
          </p>
        </Show>
      </form>
      <Show when={grading.error()}>{(failure) => <ErrorNotice error={failure()} />}</Show>
      <Show when={grade()}>
        {(graded) => (
          <div class={`grade ${graded().correct ? 'grade-ok' : 'grade-bad'}`} role="status">
            <p class="grade-verdict">
              <strong>{graded().correct ? t().correct : t().incorrect}</strong> —{' '}
              {t().expectedValue(graded().expected.toLocaleString(locale() === 'zh' ? 'zh-CN' : 'en'), loc(graded().unit))}
            </p>
            <h3>{t().workedExplanation}</h3>
            <Markdown text={loc(graded().explanation)} />
          </div>
        )}
      </Show>
    </div>
  );
}
