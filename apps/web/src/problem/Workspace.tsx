import type { JudgeMode, PublicProblem } from '@mianjing/core';
import { createEffect, createMemo, createResource, createSignal, For, Index, lazy, on, onCleanup, Show, Suspense } from 'solid-js';
import { ErrorNotice, Loading } from '../components/Async.js';
import { t } from '../lib/i18n.js';
import { fetchLanguages } from '../lib/queries.js';
import { codeKey, saved } from '../lib/storage.js';
import { theme } from '../lib/theme.js';
import { judgeCode, parseCustomInputs, type SubmissionView } from './judging.js';
import { ResultPanel } from './ResultPanel.js';

const CodeEditor = lazy(() => import('../editor/CodeEditor.js'));

const LANGUAGE_KEY = 'mianjing.language';
const inputsKey = (problemId: string) => `mianjing.inputs.${problemId}`;

/** The editor with language choice, custom inputs, Run and Submit, and the result of the last judging. */
export function Workspace(props: {
  readonly problem: PublicProblem;
  /** A submission to show (picked from the history); its code is not loaded unless asked. */
  readonly shown?: SubmissionView | undefined;
  readonly loadCode?: { readonly code: string; readonly language: string; readonly nonce: number } | undefined;
  readonly onJudged?: (submission: SubmissionView) => void;
}) {
  const [languages, languagesActions] = createResource(fetchLanguages);
  const [language, setLanguage] = createSignal(saved.get(LANGUAGE_KEY) ?? 'typescript');
  const [revision, setRevision] = createSignal(0);
  const usable = createMemo(() => (languages.latest ?? []).filter((l) => l.available));
  // Fall back to the first available language when the saved one is not offered here.
  createEffect(() => {
    const list = usable();
    if (list.length > 0 && !list.some((l) => l.id === language())) setLanguage(list[0]?.id ?? 'typescript');
  });

  const starter = () => props.problem.starter[language() as keyof PublicProblem['starter']] ?? '';
  const storedCode = () => saved.get(codeKey(props.problem.id, language())) ?? starter();
  let code = storedCode();
  createEffect(
    on([() => props.problem.id, language], () => {
      code = storedCode();
    }),
  );
  createEffect(
    on(
      () => props.loadCode,
      (load) => {
        if (!load) return;
        setLanguage(load.language);
        saved.set(codeKey(props.problem.id, load.language), load.code);
        code = load.code;
        setRevision((r) => r + 1);
      },
      { defer: true },
    ),
  );
  const onChange = (next: string) => {
    code = next;
    saved.set(codeKey(props.problem.id, language()), next);
  };
  const resetCode = () => {
    if (!globalThis.confirm(t().resetConfirm)) return;
    saved.remove(codeKey(props.problem.id, language()));
    code = starter();
    setRevision((r) => r + 1);
  };

  const [inputs, setInputs] = createSignal<string[]>(JSON.parse(saved.get(inputsKey(props.problem.id)) ?? '[]') as string[]);
  const updateInputs = (next: string[]) => {
    setInputs(next);
    saved.set(inputsKey(props.problem.id), JSON.stringify(next));
  };
  const exampleInput = () => JSON.stringify(props.problem.examples[0]?.input ?? {});

  const [phase, setPhase] = createSignal<'idle' | 'sending' | 'queued' | 'running'>('idle');
  const [startedAt, setStartedAt] = createSignal(0);
  const [now, setNow] = createSignal(Date.now());
  const [latest, setLatest] = createSignal<SubmissionView>();
  const [error, setError] = createSignal<unknown>();
  const [lastMode, setLastMode] = createSignal<JudgeMode>('run');
  const timer = setInterval(() => phase() !== 'idle' && setNow(Date.now()), 100);
  onCleanup(() => clearInterval(timer));
  const busy = () => phase() !== 'idle';

  // Picking a past submission in the history shows its result here.
  createEffect(
    on(
      () => props.shown,
      (submission) => submission && setLatest(submission),
      { defer: true },
    ),
  );

  async function judge(mode: JudgeMode) {
    if (busy()) return;
    setLastMode(mode);
    setError(undefined);
    const parsed = parseCustomInputs(mode === 'run' ? inputs() : []);
    if ('error' in parsed) {
      setError(new Error(t().invalidCustomInput(parsed.error.index + 1, parsed.error.why)));
      return;
    }
    setPhase('sending');
    setStartedAt(Date.now());
    setNow(Date.now());
    try {
      const submission = await judgeCode(
        { problemId: props.problem.id, language: language(), code, mode, ...(mode === 'run' ? { customInputs: parsed.inputs } : {}) },
        (status) => setPhase(status === 'done' ? 'idle' : status),
      );
      setLatest(submission);
      props.onJudged?.(submission);
    } catch (failure) {
      setError(failure);
    } finally {
      setPhase('idle');
    }
  }

  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    void judge(event.shiftKey ? 'submit' : 'run');
  };
  document.addEventListener('keydown', onKey);
  onCleanup(() => document.removeEventListener('keydown', onKey));

  const result = () => latest()?.result ?? undefined;
  const errorLine = () => result()?.compileError?.line ?? result()?.runtimeError?.line;
  const languageName = () => languages.latest?.find((l) => l.id === language())?.name ?? language();

  return (
    <div class="workspace">
      <div class="workspace-bar">
        <div class="field inline">
          <label for="language">{t().language}</label>
          <Show
            when={languages.state !== 'errored'}
            fallback={<ErrorNotice error={languages.error} onRetry={() => void languagesActions.refetch()} />}
          >
            {/* Rendered once the options are there, so the saved language is what the select shows. */}
            <Show when={languages.latest} fallback={<Loading />}>
              <select
                id="language"
                value={language()}
                onChange={(event) => {
                  setLanguage(event.currentTarget.value);
                  saved.set(LANGUAGE_KEY, event.currentTarget.value);
                }}
              >
                <For each={languages.latest ?? []}>
                  {(option) => (
                    <option value={option.id} disabled={!option.available} title={option.reason ?? undefined}>
                      {option.name}
                      {option.available ? '' : ` (${t().unavailable}${option.reason ? `: ${option.reason}` : ''})`}
                    </option>
                  )}
                </For>
              </select>
            </Show>
          </Show>
        </div>
        <button type="button" class="ghost" onClick={resetCode}>
          {t().resetCode}
        </button>
      </div>
      <Suspense fallback={<Loading label={t().loadingEditor} />}>
        <CodeEditor
          value={storedCode()}
          documentKey={`${props.problem.id}:${language()}:${revision()}`}
          language={language()}
          dark={theme() === 'dark'}
          label={t().editorLabel(languageName())}
          errorLine={errorLine()}
          onChange={onChange}
          onRun={() => void judge('run')}
          onSubmit={() => void judge('submit')}
        />
      </Suspense>
      <p class="muted small">{t().editorHint}</p>

      <details class="custom-inputs">
        <summary>
          {t().customInputs} ({inputs().filter((text) => text.trim()).length})
        </summary>
        <p class="muted small">{t().customInputHelp}</p>
        {/* Index, not For: a box keeps its element (and focus) while its text changes. */}
        <Index each={inputs()}>
          {(text, index) => (
            <div class="custom-input">
              <label for={`custom-input-${index}`}>{t().customInputLabel(index + 1)}</label>
              <textarea
                id={`custom-input-${index}`}
                rows="2"
                spellcheck={false}
                value={text()}
                onInput={(event) => updateInputs(inputs().map((old, i) => (i === index ? event.currentTarget.value : old)))}
              />
              <button type="button" class="ghost" onClick={() => updateInputs(inputs().filter((_, i) => i !== index))}>
                {t().removeCustomInput(index + 1)}
              </button>
            </div>
          )}
        </Index>
        <Show when={inputs().length < 10}>
          <button type="button" class="ghost" onClick={() => updateInputs([...inputs(), exampleInput()])}>
            {t().addCustomInput}
          </button>
        </Show>
      </details>

      <div class="actions">
        <button type="button" title={t().runTitle} disabled={busy()} onClick={() => void judge('run')}>
          {t().run}
        </button>
        <button type="button" class="primary" title={t().submitTitle} disabled={busy()} onClick={() => void judge('submit')}>
          {t().submit}
        </button>
        <span role="status" class="judge-status">
          <Show when={busy()}>
            <span class="spinner" aria-hidden="true" />
            {phase() === 'running' ? t().running : t().queued} {t().judgingFor(((now() - startedAt()) / 1000).toFixed(1))}
            <span class="visually-hidden"> ({t().modes[lastMode()]})</span>
          </Show>
        </span>
      </div>
      <Show when={error()}>{(failure) => <ErrorNotice error={failure()} onRetry={() => void judge(lastMode())} />}</Show>
      <Show when={result()}>{(judged) => <ResultPanel result={judged()} />}</Show>
    </div>
  );
}
